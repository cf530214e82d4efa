import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import type { CompareOutput, TranslationCheckOutput } from '../../core/contract/types.js';
import { DEBIAN_DING_PATH, MISSING_DICTIONARY_HINT } from '../dictionary/load.js';
import { REPO_ROOT } from '../shared-data.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

// A dev pair of the translation test set (eval/translation/, written for this project).
const PAIR = join(REPO_ROOT, 'eval', 'translation', '01-bridge-collapse');
const ORIGINAL = join(PAIR, 'original.en.txt');
const TRANSLATION = join(PAIR, 'translation.de.txt');
const EXAMPLE = join(REPO_ROOT, 'examples', 'faehre-vardensee');
const HAS_DICTIONARY = existsSync(DEBIAN_DING_PATH);
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

async function run(args: string[]) {
  const io = memoryIo();
  let exitCode = 0;
  await buildProgram(io, (code) => (exitCode = code)).parseAsync(['node', 'crosscheck', ...args]);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

const savedDict = process.env.CROSSCHECK_DICT;
afterEach(() => {
  if (savedDict === undefined) delete process.env.CROSSCHECK_DICT;
  else process.env.CROSSCHECK_DICT = savedDict;
});

describe('crosscheck compare --translation', () => {
  it.skipIf(!HAS_DICTIONARY)(
    'lists the planted errors of a pair as JSON, valid against the schema (needs trans-de-en)',
    async () => {
      const { exitCode, stdout, stderr } = await run([
        'compare',
        '--translation',
        '--format',
        'json',
        ORIGINAL,
        TRANSLATION,
      ]);
      expect(stderr).toEqual([]);
      expect(exitCode).toBe(0);
      const output = JSON.parse(stdout) as TranslationCheckOutput;
      expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(output.kind).toBe('translation-check');
      expect(output.languages).toEqual(['en', 'de']);
      expect(output.dictionary).toBe(true);
      const found = output.findings.map((f) => [
        f.kind,
        f.original?.text ?? null,
        f.translation?.text ?? null,
      ]);
      expect(found).toContainEqual(['number', '140 metres', '410 Meter']);
      expect(found).toContainEqual(['type', 'helicopters', 'Panzer']);
      expect(found.map(([kind]) => kind).sort()).toEqual(['dropped', 'negation', 'number', 'type']);
      // The split sentence "Two cars fell …, and rescue teams pulled …" is one step with two German sentences.
      expect(output.alignment).toContainEqual(
        expect.objectContaining({ original: [1], translation: [1, 2] }),
      );
      for (const f of output.findings) {
        for (const side of [f.original, f.translation]) {
          if (side)
            expect(output.documents[side.doc]!.text.slice(side.start, side.end)).toBe(side.text);
        }
      }
    },
  );

  it('prints text and Markdown views', async () => {
    const text = await run(['compare', '--translation', ORIGINAL, TRANSLATION]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/Dropped sentences \(1\)/);
    expect(text.stdout).toMatch(/original {4}\[\d+–\d+\] About 2,300 households/);
    const md = await run(['compare', '--translation', '--format', 'md', ORIGINAL, TRANSLATION]);
    expect(md.stdout).toMatch(/^# Translation check/);
    expect(md.stdout).toMatch(/\| original \| translation \| note \|/);
  });

  it('works without the dictionary and says in one line how to install it', async () => {
    process.env.CROSSCHECK_DICT = join(REPO_ROOT, 'no-such-dictionary');
    const { exitCode, stdout, stderr } = await run([
      'compare',
      '--translation',
      '--format',
      'json',
      ORIGINAL,
      TRANSLATION,
    ]);
    expect(exitCode).toBe(0);
    expect(stderr).toEqual([MISSING_DICTIONARY_HINT]);
    const output = JSON.parse(stdout) as TranslationCheckOutput;
    expect(output.dictionary).toBe(false);
    expect(
      output.findings.some((f) => f.kind === 'number' && f.original?.text === '140 metres'),
    ).toBe(true);
  });

  it('needs exactly two reports', async () => {
    const { exitCode, stderr } = await run(['compare', '--translation', ORIGINAL]);
    expect(exitCode).toBe(2);
    expect(stderr.join('\n')).toMatch(/exactly two reports/);
  });

  it('names an unreadable file', async () => {
    const missing = join(PAIR, 'missing.txt');
    const { exitCode, stderr } = await run(['compare', '--translation', ORIGINAL, missing]);
    expect(exitCode).toBe(1);
    expect(stderr.join('\n')).toContain('missing.txt');
  });
});

describe('crosscheck compare across languages (examples/faehre-vardensee)', () => {
  it('lists conflicts and agreements between an English and a German report', async () => {
    const { exitCode, stdout } = await run([
      'compare',
      '--format',
      'json',
      join(EXAMPLE, 'report-en.txt'),
      join(EXAMPLE, 'bericht-de.txt'),
    ]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(output.documents.map((d) => d.lang)).toEqual(['en', 'de']);
    const conflicts = output.conflicts.map((c) => c.claims.map((claim) => claim.text));
    // 90 km/h against 120 km/h: the gusts, named "Gusts" and "Böen".
    expect(
      output.conflicts.some(
        (c) =>
          c.kind === 'quantity' &&
          c.claims.some((claim) => claim.doc === 0) &&
          c.claims.some((claim) => claim.doc === 1 && /120/.test(claim.text)),
      ),
      JSON.stringify(conflicts),
    ).toBe(true);
    // "had not been overloaded" / "sei überladen gewesen": one denies what the other affirms.
    expect(
      output.conflicts.some(
        (c) =>
          c.kind === 'negation' &&
          c.claims.some((claim) => claim.doc === 0 && /not been overloaded/.test(claim.text)) &&
          c.claims.some((claim) => claim.doc === 1 && /überladen/.test(claim.text)),
      ),
      JSON.stringify(conflicts),
    ).toBe(true);
    // "38 people … about 2 kilometres off the harbour" / "38 Menschen … etwa zwei Kilometer vor dem Hafen".
    expect(
      output.agreements.some((a) =>
        a.claims.some((c) => c.doc === 0 && c.text.includes('38 people')),
      ),
    ).toBe(true);
  });
});

describe('crosscheck compare across languages: dates and speakers', () => {
  // Two short reports of one invented derailment, written for this test.
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-xling-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const en = join(dir, 'en.txt');
  const de = join(dir, 'de.txt');
  writeFileSync(
    en,
    'Train derails near Korvik\n\nA regional train derailed near Korvik on 3 June 2025, the rail operator said. Four passengers were injured.\n',
  );
  writeFileSync(
    de,
    'Zug bei Korvik entgleist\n\nEin Regionalzug ist am 4. Juni 2025 bei Korvik entgleist, teilte der Bahnbetreiber mit. Vier Fahrgäste wurden verletzt.\n',
  );

  it('sets two dates of one event against each other and keeps one speaker in two languages one speaker', async () => {
    const { exitCode, stdout } = await run(['compare', '--format', 'json', en, de]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(output.conflicts.map((c) => c.kind)).toEqual(['date']);
    expect(output.conflicts[0]!.explanation).toMatch(/2025-06-03.*2025-06-04/);
  });
});
