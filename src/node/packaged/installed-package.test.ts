/**
 * The product as a user gets it: the tarball that `npm pack` makes, installed
 * with `npm install` into an empty project (global-setup.ts), run with `npx`.
 * Catches what tests of the sources cannot: a file missing from "files", a
 * path that only works inside the repository, a build step that does not run
 * on install, a devDependency needed at run time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CompareOutput } from '../../core/contract/types.js';
import { REPO_ROOT } from '../shared-data.js';
import { runInstalled, startInstalledServer, type InstalledServer } from './installed.js';

const installed = inject('installedPackage');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const EXAMPLE_DIR = join(REPO_ROOT, 'examples', 'hochwasser-talbrueck');
const EXAMPLES = ['kurier.txt', 'rheinbote.txt', 'stadtanzeiger.txt'];

describe('the packed tarball', () => {
  it('carries the CLI, its chunks, the built web UI, every committed model and the schema', () => {
    const files = installed.tarballFiles;
    for (const path of [
      'package.json',
      'bin/crosscheck.js',
      'dist/cli.js',
      'dist/web/index.html',
      'dist/web/app.js',
      'dist/web/app.css',
      'schema/crosscheck.schema.json',
    ]) {
      expect(files, path).toContain(path);
    }
    // Exactly one serve chunk: chunks of earlier builds are not shipped.
    expect(files.filter((path) => /^dist\/chunks\/serve-command-\w+\.js$/.test(path))).toHaveLength(
      1,
    );
    const models = execFileSync('git', ['ls-files', 'models'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((path) => path.endsWith('.bin'));
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) expect(files, model).toContain(model);
  });

  it('carries no sources, tests or development data', () => {
    const stray = installed.tarballFiles.filter((path) =>
      /^(src|scripts|eval|examples|docs|node_modules)\/|\.test\.|\.ts$/.test(path),
    );
    expect(stray).toEqual([]);
  });

  it('installs without any devDependency and without a build', () => {
    const modules = join(installed.folder, 'node_modules');
    const present = Object.keys(manifest.devDependencies).filter((name) =>
      existsSync(join(modules, name)),
    );
    expect(present).toEqual([]);
    // What runs is what was packed: the bundle, not sources compiled on install.
    expect(existsSync(join(installed.packageFolder, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(installed.packageFolder, 'src'))).toBe(false);
  });
});

describe('npx crosscheck, installed', () => {
  it('--version prints the package version', async () => {
    const { code, stdout } = await runInstalled(installed.folder, ['--version']);
    expect(code).toBe(0);
    expect(stdout).toContain(manifest.version);
  });

  it('compares the bundled example and finds the river-level conflict', async () => {
    const { code, stdout, stderr } = await runInstalled(installed.folder, [
      'compare',
      '--format',
      'json',
      ...EXAMPLES.map((name) => join(EXAMPLE_DIR, name)),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as CompareOutput;
    expect(output.documents).toHaveLength(3);
    const levels = output.conflicts
      .filter((conflict) => conflict.kind === 'quantity')
      .flatMap((conflict) => conflict.claims.map((claim) => claim.text))
      .join(' ');
    expect(levels).toContain('7,40');
    expect(levels).toContain('6,20');
  });
});

describe('npx crosscheck serve, installed', () => {
  let server: InstalledServer;

  beforeAll(async () => {
    server = await startInstalledServer(installed.folder);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('listens on 127.0.0.1 by default and finds its web UI', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    // A missing UI would be announced on stderr ("has not been built").
    expect(server.stderr()).toBe('');
  });

  it('serves the app’s HTML, script and style with the Content-Security-Policy', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<title>crosscheck');
    expect(html).toContain('src="app.js"');
    for (const [asset, type] of [
      ['app.js', 'text/javascript'],
      ['app.css', 'text/css'],
    ]) {
      const response = await fetch(new URL(asset!, server.url));
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers POST /api/compare with the conflicts of the example', async () => {
    const documents = EXAMPLES.map((id) => ({
      id,
      text: readFileSync(join(EXAMPLE_DIR, id), 'utf8'),
    }));
    const response = await fetch(new URL('api/compare', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ documents }),
    });
    expect(response.status).toBe(200);
    const output = (await response.json()) as CompareOutput;
    expect(output.conflicts.map((conflict) => conflict.kind)).toContain('quantity');
  });

  it('refuses a foreign Host (DNS rebinding) and a cross-origin POST, and takes its own page’s', async () => {
    const { port } = new URL(server.url);
    const body = JSON.stringify({
      documents: [
        { id: 'a', text: 'Der Pegel stieg auf 7,40 Meter.' },
        { id: 'b', text: 'Der Pegel stieg auf 6,20 Meter.' },
      ],
    });
    const post = (headers: Record<string, string>) =>
      rawRequest(
        Number(port),
        'POST',
        '/api/compare',
        { 'Content-Type': 'application/json', ...headers },
        body,
      );

    const rebound = await post({ Host: `attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error).toContain('"attacker.example"');
    const crossSite = await post({ Origin: 'http://attacker.example' });
    expect(crossSite.status).toBe(403);
    expect(JSON.parse(crossSite.body).error).toContain('cross-origin POST refused');
    const ownPage = await post({ Origin: `http://127.0.0.1:${port}` });
    expect(ownPage.status).toBe(200);
  });
});

/** An HTTP request with exactly these headers (fetch may not set Host). */
function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
