import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './test-io.js';
import { buildProgram } from './main.js';
import { copyTemplateStore } from '../store/test-template.js';
import { DEBIAN_DING_PATH } from '../dictionary/load.js';

/**
 * The store's commands end to end on an embedded store in a temp folder:
 * add the bundled example, list, search, compare the story, merge and split,
 * and the one-line errors. The tests build on each other, in order.
 */
const EXAMPLE = 'examples/hochwasser-talbrueck';
const FILES = ['kurier.txt', 'rheinbote.txt', 'stadtanzeiger.txt'].map((f) => `${EXAMPLE}/${f}`);

let folder: string;
let db: string;

async function run(...args: string[]) {
  const io = memoryIo();
  let code = 0;
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync(['node', 'crosscheck', ...args]);
  } catch (error) {
    code = (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  return { code, stdout: io.stdout(), stderr: io.stderr().join('\n') };
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crosscheck-cli-store-'));
  db = join(folder, 'store');
  await copyTemplateStore(db);
}, 120_000);
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('crosscheck add / stories / search / compare --story', () => {
  it('adds reports one line each, and a second add of the same text adds nothing', async () => {
    const first = await run('add', '--db', db, ...FILES, 'no/such.txt');
    expect(first.stderr).toBe('crosscheck: no/such.txt: no such file');
    expect(first.code).toBe(1);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^added +examples\/hochwasser-talbrueck\/kurier\.txt = report 1, new story 1$/,
    );
    for (const line of lines) expect(line).toMatch(/^added .* = report \d, (new|joined) story \d$/);

    const again = await run('add', '--db', db, FILES[1]!);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`already stored  ${FILES[1]} = report 2 (same text)\n`);
  });

  it('lists the stories as JSON with their reports and days', async () => {
    const { code, stdout } = await run('stories', '--db', db, '--format', 'json');
    expect(code).toBe(0);
    const { stories } = JSON.parse(stdout) as {
      stories: { id: number; reports: { id: number; day: string }[] }[];
    };
    expect(stories.flatMap((s) => s.reports.map((r) => r.id)).sort()).toEqual([1, 2, 3]);
    // The datelines give the days: 14 and 15 March 2025.
    expect(stories.flatMap((s) => s.reports.map((r) => r.day)).sort()).toEqual([
      '2025-03-14',
      '2025-03-14',
      '2025-03-15',
    ]);
    expect((await run('stories', '--db', db, '--since', '2025-03-16')).stdout).toBe(
      'no stories stored\n',
    );
  });

  it('searches with stemming and filters, as text and JSON', async () => {
    const text = await run('search', '--db', db, 'Sandsack');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^#3 {2}2025-03-15 {2}– {2}examples\/hochwasser-talbrueck\/stadtanzeiger\.txt/,
    );
    const json = await run('search', '--db', db, 'Pegel', '--to', '2025-03-14', '--format', 'json');
    const hits = (JSON.parse(json.stdout) as { hits: { id: number; snippet: { text: string } }[] })
      .hits;
    expect(hits.map((h) => h.id).sort()).toEqual([1, 2]);
    for (const hit of hits) expect(hit.snippet.text).toContain('Pegel');
    expect((await run('search', '--db', db, '--entity', 'Jonas Reuter')).stdout).toContain('#1 ');
    const bad = await run('search', '--db', db, 'x', '--from', '2025-13-01');
    expect(bad.code).toBe(2);
    expect((await run('search', '--db', db)).stderr).toContain('search needs words or a filter');
  });

  it('merges and splits stories and compares a stored story like compare does', async () => {
    const listed = JSON.parse((await run('stories', '--db', db, '--format', 'json')).stdout) as {
      stories: { id: number; reports: { id: number }[] }[];
    };
    // Bring every report into one story whatever the clusterer chose.
    const [keep, ...others] = listed.stories.map((s) => s.id).sort((a, b) => a - b);
    for (const other of others)
      expect((await run('story', 'merge', '--db', db, String(keep), String(other))).code).toBe(0);

    const compared = await run('compare', '--story', String(keep), '--db', db, '--format', 'json');
    expect(compared.code).toBe(0);
    const output = JSON.parse(compared.stdout) as { documents: unknown[]; conflicts: unknown[] };
    expect(output.documents).toHaveLength(3);
    // The example's known contradiction (7.40 m against 6.20 m) is found from the stored records.
    expect(JSON.stringify(output.conflicts)).toContain('7.4 m');

    const split = await run('story', 'split', '--db', db, String(keep), '3');
    expect(split.code).toBe(0);
    expect(split.stdout).toMatch(
      /^split 1 report\(s\) off story \d+\nstory \d+ {2}Flut in Talbrück/,
    );
    const single = split.stdout.match(/\nstory (\d+)/)![1]!;
    const lonely = await run('compare', '--story', single, '--db', db);
    expect(lonely.code).toBe(1);
    expect(lonely.stderr).toContain(`story ${single} has only one report`);
  });

  it('says in one line what is wrong: no story, bad ids, a file as store, no server', async () => {
    expect((await run('compare', '--story', '999', '--db', db)).stderr).toBe(
      'crosscheck: there is no story 999 (crosscheck stories lists them)',
    );
    expect((await run('story', 'merge', '--db', db, '1', '999')).stderr).toBe(
      'crosscheck: there is no story 999',
    );
    const badId = await run('story', 'split', '--db', db, '1', 'x');
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('expected a report or story number');
    expect((await run('compare', '--story', '1', FILES[0]!, '--db', db)).code).toBe(2);

    const file = join(folder, 'a-file');
    await writeFile(file, 'x');
    const notFolder = await run('stories', '--db', file);
    expect(notFolder.code).toBe(69);
    expect(notFolder.stderr).toMatch(
      new RegExp(`^crosscheck: cannot use ${file} as a store folder: `),
    );

    const down = await run('stories', '--db', 'postgres://nobody@127.0.0.1:1/none');
    expect(down.code).toBe(69);
    expect(down.stderr).toMatch(
      /^crosscheck: cannot reach the store server postgres:\/\/nobody@127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
    );
    expect(down.stderr).not.toContain('\n');
  });
});

// A stored story of reports in two languages is compared as `compare` compares them: with the
// German–English dictionary (the negation below is found only through it). CI installs it.
const HAS_DICTIONARY = existsSync(process.env.CROSSCHECK_DICT || DEBIAN_DING_PATH);
if (!HAS_DICTIONARY)
  console.warn('skipping compare --story across languages: trans-de-en is not installed');

describe.runIf(HAS_DICTIONARY)('crosscheck compare --story across languages', () => {
  it('compares an English and a German stored report with the dictionary', async () => {
    const ferry = ['report-en.txt', 'bericht-de.txt'].map((f) => `examples/faehre-vardensee/${f}`);
    const added = await run('add', '--db', db, ...ferry);
    expect(added.code).toBe(0);
    const ids = [...added.stdout.matchAll(/= report (\d+), (?:new|joined) story (\d+)/g)];
    expect(ids).toHaveLength(2);
    const [first, second] = ids.map((m) => m[2]!);
    if (first !== second)
      expect((await run('story', 'merge', '--db', db, first!, second!)).code).toBe(0);

    const compared = await run('compare', '--story', first!, '--db', db, '--format', 'json');
    expect(compared.code).toBe(0);
    const output = JSON.parse(compared.stdout) as {
      conflicts: { kind: string; claims: { text: string }[] }[];
    };
    expect(
      output.conflicts.some(
        (c) =>
          c.kind === 'negation' &&
          c.claims.some((claim) => /not been overloaded/.test(claim.text)) &&
          c.claims.some((claim) => /überladen/.test(claim.text)),
      ),
    ).toBe(true);
  });
});
