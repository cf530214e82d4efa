import { decodeBytes, NotTextError } from '../core/text/decode.js';

export interface LoadedFile {
  name: string;
  /** The file's text; for a web page its HTML source, which the server reads. */
  text: string;
  kind: 'text' | 'html';
}

/** Saved web pages, by their extension or type; the server extracts their main text and metadata. */
export function isHtmlFile(file: { name: string; type: string }): boolean {
  return (
    /\.(?:x?html?|xht)$/i.test(file.name) ||
    /^(?:text\/html|application\/xhtml\+xml)$/.test(file.type)
  );
}

export interface FileProblem {
  name: string;
  problem: string;
}

/** Same limit as the CLI: news reports are kilobytes; megabytes mean the wrong file. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Reads dropped or chosen files as the CLI reads them: UTF-8, UTF-16 with BOM
 * or Windows-1252, detected from the bytes; binary files are refused. A web
 * page (.html, .htm) is kept as its HTML source, to be sent as `html`.
 */
export async function readTextFiles(
  files: Iterable<File>,
): Promise<{ loaded: LoadedFile[]; problems: FileProblem[] }> {
  const loaded: LoadedFile[] = [];
  const problems: FileProblem[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      problems.push({
        name: file.name,
        problem: 'is larger than 10 MiB: is it really a news report?',
      });
      continue;
    }
    try {
      const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
      if (text.trim() === '') problems.push({ name: file.name, problem: 'contains no text' });
      else loaded.push({ name: file.name, text, kind: isHtmlFile(file) ? 'html' : 'text' });
    } catch (error) {
      if (!(error instanceof NotTextError)) throw error;
      problems.push({ name: file.name, problem: error.message });
    }
  }
  return { loaded, problems };
}
