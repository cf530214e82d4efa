import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/crosscheck.schema.json' with { type: 'json' };
import type { CompareOutput } from '../../core/contract/types.js';
import { REPO_ROOT } from '../shared-data.js';
import { buildProgram } from './main.js';
import { memoryIo } from './test-io.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck');
const REPORTS = ['rheinbote.txt', 'kurier.txt', 'stadtanzeiger.txt'].map((f) => join(EXAMPLE, f));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

async function run(args: string[]) {
  const io = memoryIo();
  let exitCode = 0;
  await buildProgram(io, (code) => (exitCode = code)).parseAsync(['node', 'crosscheck', ...args]);
  return { exitCode, stdout: io.stdout(), stderr: io.stderr() };
}

describe('crosscheck compare', () => {
  it('prints the JSON contract with findings, valid against the schema', async () => {
    const { exitCode, stdout, stderr } = await run(['compare', '--format', 'json', ...REPORTS]);
    expect(stderr).toEqual([]);
    expect(exitCode).toBe(0);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(validate(output), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(output.documents.map((d) => d.id)).toEqual(REPORTS);
    expect(new Set(output.conflicts.map((c) => c.kind))).toEqual(
      new Set(['quantity', 'attribution', 'negation', 'date']),
    );
    for (const conflict of output.conflicts) {
      for (const claim of conflict.claims) {
        expect(
          output.documents[claim.doc]!.text.slice(claim.start, claim.end).length,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('prints a Markdown report: summary, conflicts first, then agreements, unique, quotes and numbers', async () => {
    const { stdout } = await run(['compare', '--format', 'md', ...REPORTS]);
    const headings = stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Conflicts',
      '## Warnings',
      '## Agreements',
      '## Only in one report',
      '## Quotes by speaker',
      '## Numbers',
    ]);
    expect(stdout).toMatch(/^# crosscheck: 3 reports compared/);
    expect(stdout).toContain('**6 conflicts**');
  });

  it('prints a terminal view by default', async () => {
    const { stdout } = await run(['compare', ...REPORTS]);
    expect(stdout).toContain('CONFLICTS');
    expect(stdout).toMatch(/! medium quantity: Pegel: /);
  });

  it('needs at least two reports', async () => {
    const { exitCode, stderr } = await run(['compare', REPORTS[0]!]);
    expect(exitCode).toBe(2);
    expect(stderr).toEqual(['crosscheck: compare needs at least two reports']);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    const { exitCode, stderr } = await run(['compare', '--date', '18.11.2024', ...REPORTS]);
    expect(exitCode).toBe(2);
    expect(stderr[0]).toContain('--date 18.11.2024: expected a calendar date as YYYY-MM-DD');
  });

  it('still compares the readable reports when one is missing', async () => {
    const missing = join(EXAMPLE, 'missing.txt');
    const { exitCode, stdout, stderr } = await run([
      'compare',
      '-f',
      'json',
      REPORTS[0]!,
      missing,
      REPORTS[1]!,
    ]);
    expect(exitCode).toBe(1);
    expect(stderr).toEqual([`crosscheck: ${missing}: no such file`]);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(output.documents).toHaveLength(2);
    expect(output.errors).toEqual([{ id: missing, message: 'no such file' }]);
  });
});
