/**
 * Debian's Chromium as the browser tests and the web bench drive it through
 * playwright-core (which downloads no browser of its own here).
 */
export const CHROMIUM_PATH = process.env['CROSSCHECK_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Headless, as root, with everything that would reach out to the network off:
 * the machines have no network, and background requests only add failures.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
