/**
 * Running the copy of crosscheck that the global setup packed and installed
 * (global-setup.ts): its command through `npx`, and its web server.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

export interface InstalledPackage {
  /** The empty project the tarball was installed into; `npx crosscheck` runs here. */
  folder: string;
  /** `node_modules/crosscheck` inside it. */
  packageFolder: string;
  /** Every path in the tarball, relative to the package, sorted. */
  tarballFiles: string[];
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx crosscheck ARGS` in the installing project, as a user types it. */
export async function runInstalled(folder: string, args: string[]): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['crosscheck', ...args], {
      cwd: folder,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export interface InstalledServer {
  /** The address `serve` printed, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** What the server wrote to standard error so far. */
  stderr(): string;
  /** Stops it (SIGTERM to `npx` and the server it started) and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * `npx crosscheck serve --port 0` in the installing project; resolves with the
 * address it prints, or rejects with its output when it exits or prints none
 * within `timeoutMs`.
 */
export async function startInstalledServer(
  folder: string,
  timeoutMs = 30_000,
  /** More options for `serve`, e.g. `--db FOLDER`. */
  args: readonly string[] = [],
): Promise<InstalledServer> {
  // A process group of its own, so that stopping it also stops the node process npx starts.
  const child = spawn('npx', ['crosscheck', 'serve', '--port', '0', ...args], {
    cwd: folder,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /http:\/\/\S+\//.exec(stdout);
    if (match) return { url: match[0], stderr: () => stderr, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await stop();
  throw new Error(
    `"npx crosscheck serve" printed no address (exit ${child.exitCode}).\nstdout: ${stdout}\nstderr: ${stderr}`,
  );
}
