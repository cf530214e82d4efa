import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import type { AnalyzeOutput, DocumentRecord } from '../../core/contract/types.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

async function run(args: string[], stdin = '') {
  const io = memoryIo(stdin);
  let exitCode = 0;
  await buildProgram(io, (code) => (exitCode = code)).parseAsync(['node', 'crosscheck', ...args]);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

// Written for this test.
const ENGLISH =
  'Flooding forced 2,300 people from their homes in the river valley on Tuesday, ' +
  'officials said. "We don\'t expect the water to fall before Friday," Gov. Ann Marsh told ' +
  'reporters. The U.S. Army Corps of Engineers sent 40 pumps.';
const GERMAN =
  'Das Hochwasser hat am Dienstag 2300 Menschen aus ihren Häusern vertrieben. ' +
  'Die Behörden rechnen nicht vor Freitag mit sinkenden Pegeln.';
const FRENCH =
  'Les inondations ont chassé 2300 personnes de leurs maisons mardi dans la vallée, selon ' +
  'les autorités qui ne prévoient pas de baisse des eaux avant vendredi.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-lang-'));
  await writeFile(join(dir, 'report-en.txt'), ENGLISH);
  await writeFile(join(dir, 'bericht-de.txt'), GERMAN);
  await writeFile(join(dir, 'rapport-fr.txt'), FRENCH);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function words(doc: DocumentRecord): string[] {
  return doc.tokens.map((t) => doc.text.slice(t.start, t.end));
}

describe('crosscheck analyze: languages', () => {
  it('detects English and German per report and records how', async () => {
    const { exitCode, stdout, stderr } = await run([
      'analyze',
      join(dir, 'report-en.txt'),
      join(dir, 'bericht-de.txt'),
    ]);
    expect(stderr).toEqual([]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as AnalyzeOutput;
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const [en, de] = output.documents;
    expect([en?.lang, en?.langSource]).toEqual(['en', 'detected']);
    expect([de?.lang, de?.langSource]).toEqual(['de', 'detected']);
    // English conventions: clitics apart, abbreviations whole, a quotation in its sentence.
    expect(words(en!)).toEqual(expect.arrayContaining(['do', "n't", 'Gov.', 'U.S.', '2,300']));
    expect(en!.sentences.map((s) => en!.text.slice(s.start, s.end))).toEqual([
      'Flooding forced 2,300 people from their homes in the river valley on Tuesday, officials said.',
      '"We don\'t expect the water to fall before Friday," Gov. Ann Marsh told reporters.',
      'The U.S. Army Corps of Engineers sent 40 pumps.',
    ]);
    // The German pipeline still tags.
    expect(de?.tokens[0]?.upos).toBe('DET');
  });

  it('analyzes in the language given with --lang', async () => {
    const { exitCode, stdout } = await run(['analyze', '--lang', 'en', '-'], 'Gut. Sehr gut.');
    expect(exitCode).toBe(0);
    const [doc] = (JSON.parse(stdout) as AnalyzeOutput).documents;
    expect([doc?.lang, doc?.langSource]).toEqual(['en', 'given']);
  });

  it('refuses a report in another language, names it, and analyses the rest (exit 1)', async () => {
    const french = join(dir, 'rapport-fr.txt');
    const { exitCode, stdout, stderr } = await run([
      'analyze',
      french,
      join(dir, 'bericht-de.txt'),
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toEqual([
      `crosscheck: ${french}: looks like French; crosscheck reads German and English; use --lang de or --lang en to analyse it anyway`,
    ]);
    const output = JSON.parse(stdout) as AnalyzeOutput;
    expect(output.documents.map((d) => d.lang)).toEqual(['de']);
    expect(output.errors?.[0]?.id).toBe(french);
  });

  it('analyses a report in another language when a language is forced', async () => {
    const { exitCode, stderr } = await run([
      'analyze',
      '--lang',
      'de',
      join(dir, 'rapport-fr.txt'),
    ]);
    expect(stderr).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('rejects an unknown --lang value as a usage error', async () => {
    await expect(
      run(['analyze', '--lang', 'fr', join(dir, 'report-en.txt')]),
    ).rejects.toMatchObject({
      code: 'commander.invalidArgument',
    });
  });

  it('add: stores an English report with its language and refuses a French one', async () => {
    const db = join(dir, 'store');
    const french = join(dir, 'rapport-fr.txt');
    const { exitCode, stdout, stderr } = await run([
      'add',
      '--db',
      db,
      join(dir, 'report-en.txt'),
      french,
    ]);
    expect(stderr).toEqual([
      `crosscheck: ${french}: looks like French; crosscheck reads German and English; use --lang de or --lang en to add it anyway`,
    ]);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^added +.*report-en\.txt = report 1, new story 1$/m);
  });
});
