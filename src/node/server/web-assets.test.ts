import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findWebRoot } from './web-assets.js';

const work = mkdtempSync(join(tmpdir(), 'crosscheck-webroot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A package folder laid out like the installed one: package.json, dist/cli.js, dist/chunks/, maybe dist/web/. */
function packageFolder(name: string, packageName: string, withWeb: boolean): string {
  const root = join(work, name);
  mkdirSync(join(root, 'dist', 'chunks'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: packageName }));
  if (withWeb) {
    mkdirSync(join(root, 'dist', 'web'));
    writeFileSync(join(root, 'dist', 'web', 'index.html'), '<!doctype html>');
  }
  return root;
}

const moduleUrl = (...parts: string[]) => pathToFileURL(join(...parts)).href;

describe('findWebRoot', () => {
  const built = packageFolder('built', 'crosscheck', true);

  it.each([
    ['the bundled CLI', ['dist', 'cli.js']],
    ['a chunk of it (where serve lives)', ['dist', 'chunks', 'serve-command-ABC.js']],
    ['the TypeScript source', ['src', 'node', 'server', 'web-assets.ts']],
  ])('finds dist/web/ from %s', (_, parts) => {
    expect(findWebRoot(moduleUrl(built, ...parts))).toBe(join(built, 'dist', 'web'));
  });

  it('finds it inside node_modules of another project', () => {
    const app = packageFolder('app', 'some-app', true);
    const installed = join(app, 'node_modules', 'crosscheck');
    mkdirSync(join(installed, 'dist', 'web'), { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'crosscheck' }));
    writeFileSync(join(installed, 'dist', 'web', 'index.html'), '<!doctype html>');
    expect(findWebRoot(moduleUrl(installed, 'dist', 'chunks', 'serve.js'))).toBe(
      join(installed, 'dist', 'web'),
    );
  });

  it('is null when the package has no built UI, and never takes another package’s', () => {
    const unbuilt = packageFolder('unbuilt', 'crosscheck', false);
    expect(findWebRoot(moduleUrl(unbuilt, 'dist', 'chunks', 'serve.js'))).toBeNull();
    // A project with its own dist/web/ holding an unbuilt crosscheck: still null.
    const host = packageFolder('host', 'other', true);
    const nested = join(host, 'node_modules', 'crosscheck');
    mkdirSync(join(nested, 'dist'), { recursive: true });
    writeFileSync(join(nested, 'package.json'), JSON.stringify({ name: 'crosscheck' }));
    expect(findWebRoot(moduleUrl(nested, 'dist', 'cli.js'))).toBeNull();
  });
});
