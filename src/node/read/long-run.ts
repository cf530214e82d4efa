/**
 * The longest run of characters without white space that an input may hold.
 * German compounds reach 40–60 letters, URLs and DOIs in news a few hundred; a
 * run of thousands is encoded data (base64, minified code, a hex dump), not a
 * report. Refusing it also bounds the analysis: some steps look at every tail
 * of an unknown word, which costs the square of its length.
 */
export const MAX_RUN_CHARS = 1000;

export interface LongRun {
  /** Offset of its first character. */
  start: number;
  length: number;
}

/** The first run of non-white-space characters longer than `max`, or null; one linear pass. */
export function findLongRun(text: string, max: number = MAX_RUN_CHARS): LongRun | null {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSpace(text.charCodeAt(i))) {
      if (i - start > max) {
        // Report the whole run, which may continue well past the limit.
        return { start, length: i - start };
      }
      start = i + 1;
    }
  }
  return null;
}

/**
 * JavaScript's `\s`, which the tokenizer splits on (tab to CR, space, NBSP, the
 * Unicode spaces, BOM), tested by code so a 10 MiB input is one quick pass. Other
 * controls count as space too; normalisation has removed them anyway.
 */
function isSpace(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The problem in words, for one line of the CLI or the API: "has a run of 5,242,880 characters …". */
export function describeLongRun(run: LongRun, max: number = MAX_RUN_CHARS): string {
  return `has ${run.length.toLocaleString('en-US')} characters without a space (from character ${run.start.toLocaleString('en-US')}); at most ${max.toLocaleString('en-US')} are accepted: this looks like data, not a report`;
}
