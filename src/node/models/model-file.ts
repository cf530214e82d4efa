import { existsSync, readFileSync } from 'node:fs';

/**
 * A trained model or lexicon that cannot be read: the installation is
 * incomplete, not a bug in the analysis. The CLI reports it as such, with the
 * command that rebuilds the file.
 */
export class ModelFileError extends Error {
  override readonly name = 'ModelFileError';
}

/** The bytes of a model file, or a ModelFileError naming the file and how to rebuild it. */
export function readModelFile(path: string, rebuildCommand: string): Uint8Array {
  if (!existsSync(path)) {
    throw new ModelFileError(
      `model file ${path} is missing: reinstall crosscheck, or rebuild it with \`${rebuildCommand}\``,
    );
  }
  return new Uint8Array(readFileSync(path));
}
