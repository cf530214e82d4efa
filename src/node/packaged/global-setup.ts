/**
 * Packs crosscheck the way it is published and installs the tarball into an
 * empty folder, as a user's `npm install crosscheck` would; the tests of the
 * "installed" project (vitest.config.ts) then run that copy. Done once per
 * test run, here, so that the package test and the browser test share it.
 *
 * `npm pack` runs the package's `prepare` (the build), so the tarball holds
 * what the sources build to now. Installing from the tarball runs no build:
 * what is not in the tarball is not there.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '../shared-data.js';
import type { InstalledPackage } from './installed.js';

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<() => void> {
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-installed-'));
  const started = Date.now();
  try {
    const packed = await npm(['pack', '--json', '--pack-destination', work], REPO_ROOT);
    const [info] = JSON.parse(packed) as { filename: string; files: { path: string }[] }[];
    if (!info) throw new Error(`npm pack printed no package: ${packed}`);

    const folder = join(work, 'app');
    mkdirSync(folder);
    // An empty project, as a user's would be before installing.
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({ name: 'crosscheck-install-check', private: true }),
    );
    // --prefer-offline: the dependencies come from npm's cache when `npm ci` put them there.
    await npm(
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, info.filename)],
      folder,
    );
    const installed: InstalledPackage = {
      folder,
      packageFolder: join(folder, 'node_modules', 'crosscheck'),
      tarballFiles: info.files.map((file) => file.path).sort(),
    };
    project.provide('installedPackage', installed);
    console.log(
      `installed package: ${info.filename} (${installed.tarballFiles.length} files) packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
  return () => rmSync(work, { recursive: true, force: true });
}

/** Runs npm; a failure throws with npm's own output, which says what went wrong. */
async function npm(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('npm', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `"npm ${args.join(' ')}" failed in ${cwd}:\n${e.stderr || e.stdout || e.message}`,
    );
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    installedPackage: InstalledPackage;
  }
}
