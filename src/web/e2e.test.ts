/**
 * End-to-end test of the web app in a real Chromium (Debian's `chromium`,
 * driven by playwright-core), against the app as a user gets it: the packed and
 * installed package's `npx crosscheck serve` on a free loopback port (the
 * install is made once per run by src/node/packaged/global-setup.ts). Pastes the
 * example reports, compares them and checks the highlights.
 * `UPDATE_SCREENSHOT=1` also writes docs/images/web-app.png.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../node/chromium.js';
import {
  runInstalled,
  startInstalledServer,
  type InstalledServer,
} from '../node/packaged/installed.js';

const EXAMPLES = ['kurier.txt', 'rheinbote.txt', 'stadtanzeiger.txt'].map((name) => ({
  name,
  text: readFileSync(join('examples/hochwasser-talbrueck', name), 'utf8'),
}));
const SCREENSHOT = 'docs/images/web-app.png';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  console.warn(
    `web e2e test skipped: no Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install chromium" ` +
      '(.ci/run does), or point CROSSCHECK_CHROMIUM at one.',
  );
}

/** The installed package's server, opened in Chromium with its own profile; `close()` undoes it all. */
async function openApp(
  prefix: string,
  contextOptions: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
  /** Prepares the work folder (a report store, say) and returns more options for `serve`. */
  prepare: (work: string) => Promise<string[]> = async () => [],
) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const server = await startInstalledServer(
    inject('installedPackage').folder,
    30_000,
    await prepare(work),
  );
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Fail in seconds, not half a minute, when something is missing.
  page.setDefaultTimeout(10_000);
  return {
    work,
    server,
    page,
    close: async () => {
      await context.close();
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

describe.skipIf(!hasChromium)('web app in Chromium', () => {
  let app: Awaited<ReturnType<typeof openApp>> | undefined;
  let work: string;
  let server: InstalledServer;
  let page: Page;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    app = await openApp('crosscheck-e2e-', {
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    ({ work, server, page } = app);
    // A blocked script or style (CSP), a failed request or an uncaught error all land here.
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(error.message));
    page.on('requestfailed', (request) => pageProblems.push(`request failed: ${request.url()}`));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('compares the pasted example reports, and selecting a conflict highlights both claims', async () => {
    await page.goto(server.url);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add a report' }).click();
    for (const [i, example] of EXAMPLES.entries()) {
      await page.getByLabel('Name', { exact: true }).nth(i).fill(example.name);
      await page.getByLabel(`Text of ${example.name}`).fill(example.text);
    }
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    const conflicts = page.locator('.findings-conflicts button.finding');
    await expect.poll(() => conflicts.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const numberConflict = conflicts
      .filter({ hasText: '7,40' })
      .or(conflicts.filter({ hasText: '7.4 m' }))
      .first();
    await numberConflict.click();
    await expect.poll(() => numberConflict.getAttribute('aria-pressed')).toBe('true');

    const marked = (doc: number) =>
      page
        .locator(`.report-body[data-doc="${doc}"] .hl-sel`)
        .allInnerTexts()
        .then((parts) => parts.join(''));
    expect(await marked(0)).toContain('7,40 Meter');
    expect(await marked(1)).toContain('6,20 Meter');
    expect(await marked(2)).toBe('');
    // Each report with a claim has scrolled it into its column's view.
    for (const doc of [0, 1]) {
      const mark = page.locator(`.report-body[data-doc="${doc}"] .hl-sel`).first();
      await expect.poll(() => mark.isVisible()).toBe(true);
    }

    const screenshot = await page.screenshot({ type: 'png' });
    writeFileSync(join(work, 'web-app.png'), screenshot);
    if (process.env['UPDATE_SCREENSHOT']) writeFileSync(SCREENSHOT, screenshot);
    expect(pageProblems).toEqual([]);
  });

  it('moves between findings with the arrow keys and has no serious accessibility violations', async () => {
    const first = page.locator('button.finding').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
    expect(focused).toBe(await page.locator('button.finding').nth(1).getAttribute('data-key'));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('button.finding').nth(1).getAttribute('aria-pressed'))
      .toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.hl-sel').count()).toBe(0);

    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });

  it('exports the comparison as JSON and Markdown', async () => {
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const output = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      conflicts: unknown[];
      documents: unknown[];
    };
    expect(output.documents).toHaveLength(3);
    expect(output.conflicts.length).toBe(
      await page.locator('.findings-conflicts button.finding').count(),
    );
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    expect(markdown.suggestedFilename()).toBe('crosscheck.md');
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('7,40');
  });

  it('shows markup in a report as text and a refused request as a readable message', async () => {
    await page.getByRole('button', { name: 'Edit reports' }).click();
    const title = await page.title();
    // Each would run code if it reached the page as HTML: the handler, the script, the link.
    const markup =
      '<img src="x" data-pwned="1" onerror="window.__pwned = \'img\'; document.title = \'pwned\'">' +
      '<script>window.__pwned = "script"</script><b>fett</b> <a href="javascript:window.__pwned=1">Link</a> ' +
      'Der Pegel stieg auf 7,40 Meter.';
    await page.getByLabel('Text of kurier.txt').fill(markup);
    const markupName = '<img src=x onerror=window.__pwned=3>.txt';
    await page.getByLabel('Name', { exact: true }).nth(2).fill(markupName);
    // An id over the server's 200-character limit: the server refuses the request.
    await page.getByLabel('Name', { exact: true }).nth(1).fill('x'.repeat(250));
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toContain('documents[1].id is longer than 200 characters');

    // The server is still there: with a proper name the same reports compare.
    await page.getByLabel('Name', { exact: true }).nth(1).fill('rheinbote.txt');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const body = page.locator('.report-body[data-doc="0"]');
    await expect.poll(() => body.textContent(), { timeout: 30_000 }).toContain('<b>fett</b>');
    expect(await body.textContent()).toContain('<script>window.__pwned = "script"</script>');
    // The report's name is shown as the characters it is, too.
    await expect.poll(() => page.getByText(markupName).count()).toBeGreaterThan(0);
    // Nothing of it became an element, and nothing ran.
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll(
        '[data-pwned], img[src="x"], img[onerror], b, a[href^="javascript:"]',
      ).length,
      inlineScripts: [...document.scripts].filter((script) => !script.src).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    }));
    expect(injected).toEqual({ elements: 0, inlineScripts: 0, pwned: null });
    expect(await page.title()).toBe(title);
    pageProblems.length = 0;
  });

  it('shows, on hovering a name, the entity and its mentions in the other reports', async () => {
    // A fixed answer, so the test does not depend on which names the NER model finds.
    await page.route('**/api/compare', (route) => route.fulfill({ json: entityExample() }));
    await page.getByRole('button', { name: 'Edit reports' }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const name = page.locator('.report-body[data-doc="0"] .hl-ent-PER');
    await name.hover();
    const card = page.getByRole('tooltip');
    await expect.poll(() => card.textContent()).toContain('Petra Lindqvist');
    expect(await card.textContent()).toContain('b.txt (1)');
    expect(await card.textContent()).toContain('sagte Lindqvist am Abend');
    await page.unroute('**/api/compare');
  });
});

describe.skipIf(!hasChromium)('web app in Chromium: opening and dropping files', () => {
  let app: Awaited<ReturnType<typeof openApp>> | undefined;
  let server: InstalledServer;
  let page: Page;

  beforeAll(async () => {
    app = await openApp('crosscheck-e2e-files-');
    ({ server, page } = app);
    await page.goto(server.url);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('decodes an opened Windows-1252 file into the first empty report, and refuses a binary one', async () => {
    // „Wir“ in Windows-1252: the typographic quotes are bytes 0x84 and 0x93.
    const latin = Buffer.from([
      0x84,
      ...Buffer.from('Wir haben es geschafft', 'latin1'),
      0x93,
      0x20,
      0x73,
      0xfc,
      0xdf,
    ]);
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'alt.txt', mimeType: 'text/plain', buffer: latin });
    await expect
      .poll(() => page.getByLabel('Text of alt.txt').inputValue())
      .toBe('„Wir haben es geschafft“ süß');

    await page.locator('input[type="file"]').setInputFiles({
      name: 'bild.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('bild.png contains NUL bytes');
  });

  it('adds a dropped text file as a report', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['Der Pegel stieg auf 6,20 Meter.'], 'gedroppt.txt', { type: 'text/plain' }),
      );
      return transfer;
    });
    await page.dispatchEvent('.shell', 'drop', { dataTransfer });
    await expect
      .poll(() => page.getByLabel('Text of gedroppt.txt').inputValue())
      .toBe('Der Pegel stieg auf 6,20 Meter.');
    await expect
      .poll(() => page.getByRole('button', { name: 'Compare', exact: true }).isEnabled())
      .toBe(true);
  });

  it('reads an opened HTML page by the server, names it by its outlet, and names a refused URL', async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bote.html',
      mimeType: 'text/html',
      buffer: readFileSync('src/node/ingest/fixtures/bote.html'),
    });
    await expect.poll(() => page.getByText(/characters of HTML/).count()).toBe(1);
    // The installed server runs without --allow-private: a loopback address is refused, the rest compared.
    await page.getByLabel('Web address of a report').fill('http://127.0.0.1:9/bericht');
    await page.getByRole('button', { name: 'Add page' }).click();
    await expect
      .poll(() => page.getByLabel('Address of 127.0.0.1/bericht').inputValue())
      .toBe('http://127.0.0.1:9/bericht');
    // An address pasted alone into an empty report becomes a report by URL.
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page.getByLabel('Text of Report 5').evaluate((textarea) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', ' http://127.0.0.1:9/zweiter \n');
      textarea.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    });
    await expect
      .poll(() => page.getByLabel('Address of 127.0.0.1/zweiter').inputValue())
      .toBe('http://127.0.0.1:9/zweiter');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect
      .poll(
        async () =>
          (await page.locator('.report-title').allTextContents()).join(' | ') ||
          (await page.locator('.messages').textContent()),
        { timeout: 15_000 },
      )
      .toContain('Muldentaler Bote (bote.html)');
    expect(await page.getByRole('alert').textContent()).toContain(
      '127.0.0.1/bericht refused: 127.0.0.1 is a private or reserved address',
    );
    expect(await page.getByRole('alert').textContent()).toContain('127.0.0.1/zweiter refused');
    // The page's main text, shown as text: no markup of the page reached the DOM.
    expect(await page.locator('.report-body[data-doc="2"]').textContent()).toContain(
      'Straßenbrücke zwischen Wurzen und Dehnitz',
    );
    expect(await page.locator('.report-body script, .report-body nav').count()).toBe(0);
  });
});

/** Two reports that mention one person: the least a compare answer needs for the hover card. */
function entityExample() {
  const texts = ['Petra Lindqvist dankte den Helfern.', 'Der Damm hält, sagte Lindqvist am Abend.'];
  const spans = [
    { start: 0, end: 15 },
    { start: 21, end: 30 },
  ];
  return {
    version: 2,
    documents: texts.map((text, doc) => ({
      id: doc === 0 ? 'a.txt' : 'b.txt',
      lang: 'de',
      text,
      sentences: [{ start: 0, end: text.length }],
      tokens: [],
      entities: [
        {
          ...spans[doc],
          text: text.slice(spans[doc]!.start, spans[doc]!.end),
          type: 'PER',
          form: 'name',
          entity: 'e1',
        },
      ],
      quotes: [],
      quantities: [],
      dates: [],
    })),
    entities: [
      {
        id: 'x1',
        name: 'Petra Lindqvist',
        type: 'PER',
        key: 'lindqvist',
        mentions: spans.map((s, doc) => ({ doc, ...s })),
      },
    ],
    alignments: [],
    agreements: [],
    conflicts: [],
    unique: [],
    warnings: [],
  };
}

describe.skipIf(!hasChromium)('web app in Chromium: stored stories', () => {
  let app: Awaited<ReturnType<typeof openApp>> | undefined;
  let page: Page;
  const pageProblems: string[] = [];

  beforeAll(async () => {
    // An embedded store with the example's three reports, added by the installed command.
    app = await openApp('crosscheck-e2e-stories-', {}, async (work) => {
      const store = join(work, 'store');
      const reports = EXAMPLES.map((e) =>
        join(process.cwd(), 'examples/hochwasser-talbrueck', e.name),
      );
      const added = await runInstalled(inject('installedPackage').folder, [
        'add',
        '--db',
        store,
        ...reports,
      ]);
      expect(added.code, added.stderr).toBe(0);
      return ['--db', store];
    });
    page = app.page;
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(message.text());
    });
    page.on('pageerror', (error) => pageProblems.push(error.message));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('lists the stored story and shows its comparison in the findings view', async () => {
    await page.goto(app!.server.url);
    const story = page.locator('button.story');
    await expect.poll(() => story.count(), { timeout: 30_000 }).toBe(1);
    expect(await story.textContent()).toContain('3 reports');
    expect(await runAxe(page)).toEqual([]);

    await story.click();
    const conflicts = page.locator('.findings-conflicts button.finding');
    await expect.poll(() => conflicts.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('.report-body').count()).toBe(3);
    expect((await conflicts.allInnerTexts()).join(' ')).toMatch(/7,40|7\.4 m/);
    expect(await page.getByRole('status').textContent()).toMatch(/^Story \d+, .*: 3 reports/);

    // Back in the editor the list is still there, with the shown story marked.
    await page.getByRole('button', { name: 'Edit reports' }).click();
    await expect.poll(() => story.getAttribute('aria-pressed')).toBe('true');
    expect(pageProblems).toEqual([]);
  });
});

/** Runs axe-core in the page; returns the serious and critical violations, one line each. */
async function runAxe(page: Page): Promise<string[]> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // evaluate() goes through the DevTools protocol, so the page's CSP (rightly) does not block it.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
  });
}
