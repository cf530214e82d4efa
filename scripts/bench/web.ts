/**
 * Responsiveness of the web app with ten reports of about 2,000 words each
 * (`npm run bench:web`): the time the server takes to analyse and compare
 * them, the time from pressing Compare to the findings and highlighted columns
 * on screen, how long selecting a finding takes to mark and scroll every
 * report, and the delay per keystroke while editing. Runs Debian's Chromium
 * (/usr/bin/chromium, or CROSSCHECK_CHROMIUM_PATH) headless.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildWeb } from '../web-build.mjs';
import { startServer } from '../../src/node/server/start.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/node/chromium.js';
import { loadWebAssets } from '../../src/node/server/web-assets.js';
import { loadBenchCorpus } from './corpus.js';
import { countWords, reportsFromCorpus } from './lib/reports.js';

const REPORTS = 10;
const WORDS = 2000;

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: install it with "apt-get install chromium"`);
  process.exit(1);
}

const corpus = loadBenchCorpus();
const reports = reportsFromCorpus(corpus, REPORTS, WORDS);
const work = mkdtempSync(join(tmpdir(), 'crosscheck-web-bench-'));
await buildWeb({ outdir: join(work, 'web') });
const server = await startServer({
  host: '127.0.0.1',
  port: 0,
  assets: loadWebAssets(join(work, 'web')),
});
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
});

try {
  const documents = reports.map((text, i) => ({ id: `report-${i + 1}.txt`, text }));
  const body = JSON.stringify({ documents });
  const post = () =>
    fetch(new URL('api/compare', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
  await post(); // loads the models
  const t0 = performance.now();
  const answer = await (await post()).text();
  const serverMs = performance.now() - t0;

  const page = context.pages()[0] ?? (await context.newPage());
  // Notes when the compare answer arrives in the page, to time the drawing alone.
  await page.addInitScript(() => {
    const json = Response.prototype.json;
    Response.prototype.json = function (this: Response) {
      (window as unknown as { answerAt: number }).answerAt = performance.now();
      return json.call(this);
    };
  });
  await page.goto(server.url);
  // Fill the editors directly: typing 140 KB through the keyboard would time the test, not the app.
  for (let i = 2; i < REPORTS; i++)
    await page.getByRole('button', { name: 'Add a report' }).click();
  const areas = page.locator('textarea');
  for (let i = 0; i < REPORTS; i++) await areas.nth(i).fill(reports[i]!);

  const keystrokes = 40;
  const k0 = performance.now();
  await areas.nth(REPORTS - 1).press('End');
  await areas
    .nth(REPORTS - 1)
    .pressSequentially(' Weitere Angaben folgen.'.repeat(2).slice(0, keystrokes));
  const keystrokeMs = (performance.now() - k0) / keystrokes;

  const c0 = performance.now();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.locator(`.report-body[data-doc="${REPORTS - 1}"]`).waitFor();
  await page.locator('button.finding').first().waitFor();
  // Time from the answer's arrival to the next frame: parsing, rendering, layout.
  const drawMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(
            () => resolve(performance.now() - (window as unknown as { answerAt: number }).answerAt),
            0,
          ),
        ),
      ),
  );
  const compareMs = performance.now() - c0;

  // Selecting a finding, timed inside the page: click → rendered → next frame.
  const selectTimes = await page.evaluate(async () => {
    const buttons = [
      ...document.querySelectorAll<HTMLButtonElement>(
        '.findings-conflicts button.finding, .findings-agreements button.finding',
      ),
    ].slice(0, 20);
    const times: number[] = [];
    for (const button of buttons) {
      const t0 = performance.now();
      button.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (!document.querySelector('.hl-sel')) throw new Error('nothing marked');
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  });
  const count = selectTimes.length;
  const stats = await page.evaluate(() => ({
    elements: document.querySelectorAll('*').length,
    marks: document.querySelectorAll('.report-body span').length,
    findings: document.querySelectorAll('button.finding').length,
  }));

  console.log(
    `${REPORTS} reports, ${countWords(reports).toLocaleString('en-US')} words in all; node ${process.version}; ${(await context.browser()?.version()) ?? 'chromium'}`,
  );
  console.log(
    `compare answer: ${(answer.length / 1e6).toFixed(1)} MB JSON; page: ${stats.elements.toLocaleString('en-US')} elements, ${stats.marks.toLocaleString('en-US')} highlight spans, ${stats.findings} findings listed\n`,
  );
  console.log('| step | ms |');
  console.log('|---|---:|');
  console.log(`| server: analyse + compare (POST /api/compare, warm) | ${serverMs.toFixed(0)} |`);
  console.log(`| UI: press Compare → findings and all columns drawn | ${compareMs.toFixed(0)} |`);
  console.log(
    `| UI: of which drawing: answer received → findings and columns on screen | ${drawMs.toFixed(0)} |`,
  );
  console.log(
    `| UI: select a finding → its claims marked in every report, next frame drawn (median of ${count}) | ${(selectTimes[Math.floor(selectTimes.length / 2)] ?? NaN).toFixed(0)} |`,
  );
  console.log(
    `| UI: select a finding, slowest of ${count} | ${(selectTimes.at(-1) ?? NaN).toFixed(0)} |`,
  );
  console.log(
    `| UI: one keystroke in an editor (mean of ${keystrokes}, with ten reports open) | ${keystrokeMs.toFixed(1)} |`,
  );
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
