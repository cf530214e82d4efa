import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import type { AnalyzeOutput } from '../../core/contract/types.js';
import { REPO_ROOT } from '../shared-data.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck', 'rheinbote.txt');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

async function run(args: string[], stdin = '') {
  const io = memoryIo(stdin);
  let exitCode = 0;
  await buildProgram(io, (code) => (exitCode = code)).parseAsync(['node', 'crosscheck', ...args]);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'two.txt'), 'Zweiter Bericht. Er ist kurz.');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('crosscheck analyze', () => {
  it('prints the JSON contract, valid against the schema, with offsets into the text', async () => {
    const { exitCode, stdout, stderr } = await run(['analyze', EXAMPLE]);
    expect(stderr).toEqual([]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as AnalyzeOutput;
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const [doc] = output.documents;
    expect(doc?.id).toBe(EXAMPLE);
    expect(doc?.text.startsWith('Hochwasser in Talbrück')).toBe(true);
    expect(doc?.sentences.length).toBeGreaterThan(5);
    for (const token of doc?.tokens ?? []) {
      expect(doc?.text.slice(token.start, token.end).trim()).not.toBe('');
    }
  });

  it('keeps documents in argument order and reads standard input for "-"', async () => {
    const { stdout } = await run(
      ['analyze', join(dir, 'two.txt'), '-'],
      'Von der Standardeingabe.',
    );
    const output = JSON.parse(stdout) as AnalyzeOutput;
    expect(output.documents.map((d) => d.id)).toEqual([join(dir, 'two.txt'), '-']);
    expect(output.documents[1]?.text).toBe('Von der Standardeingabe.');
    expect(output.documents[0]?.sentences).toHaveLength(2);
  });

  it('reports bad inputs one line each, names them, and still analyses the rest', async () => {
    const missing = join(dir, 'missing.txt');
    const { exitCode, stdout, stderr } = await run([
      'analyze',
      join(dir, 'empty.txt'),
      join(dir, 'two.txt'),
      missing,
      dir,
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toEqual([
      `crosscheck: ${join(dir, 'empty.txt')}: is empty`,
      `crosscheck: ${missing}: no such file`,
      `crosscheck: ${dir}: is a directory, not a file`,
    ]);
    const output = JSON.parse(stdout) as AnalyzeOutput;
    expect(output.documents.map((d) => d.id)).toEqual([join(dir, 'two.txt')]);
    expect(output.errors?.map((e) => e.id)).toEqual([join(dir, 'empty.txt'), missing, dir]);
    expect(validate(output)).toBe(true);
  });

  it('prints a readable text view', async () => {
    const { stdout, exitCode } = await run(['analyze', '--format', 'text', EXAMPLE]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain(`${EXAMPLE} · de · utf-8`);
    expect(stdout).toMatch(
      /^\s*1 {2}Hochwasser in Talbrück: 1\.200 Menschen in Sicherheit gebracht$/m,
    );
  });

  it('rejects an unknown format with a usage error', async () => {
    await expect(run(['analyze', '--format', 'xml', EXAMPLE])).rejects.toMatchObject({
      code: 'commander.invalidArgument',
    });
  });
});
