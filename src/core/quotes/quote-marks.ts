/**
 * Finds text in quotation marks: every German, Swiss, English and typewriter
 * convention (`„…“`, `»…«`, `«…»`, `“…”`, `"…"`, `‚…‘`), nested quotes, quotes that
 * run over several sentences or lines, the newspaper convention of re-opening
 * (without closing) at each new paragraph of one quotation, and unbalanced marks.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark (or after the recovered end). */
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  /** 0 for a quotation in running text, 1 for a quote inside it, … */
  depth: number;
  /** How the end was found: a closing mark, a new paragraph opening again, or a guess at the line end. */
  closedBy: 'mark' | 'paragraph' | 'recovered';
}

type Family = 'double' | 'single' | 'guillemet-in' | 'guillemet-out';

interface MarkEvent {
  at: number;
  char: string;
  open: Family | null;
  close: Family[];
}

interface OpenQuote {
  event: MarkEvent;
  family: Family;
  depth: number;
}

/** A quotation whose closing mark is further away than this is treated as unclosed. */
const MAX_QUOTE_LINES = 8;
const MAX_QUOTE_CHARS = 2500;

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens a quote: start, space, bracket, dash, slash. */
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{\-–—/:]/.test(c);
/** Characters before which a mark closes a quote: end, space, punctuation. */
const closesBefore = (c: string | undefined): boolean =>
  c === undefined || /[\s.,;:!?)\]}\-–—/…]/.test(c);

function classify(text: string, at: number, openStack: readonly OpenQuote[]): MarkEvent | null {
  const char = text[at]!;
  const prev = at > 0 ? text[at - 1] : undefined;
  const next = text[at + 1];
  const openerContext = opensAfter(prev) && !isSpace(next);
  const closerContext = !isSpace(prev) && closesBefore(next);
  const top = openStack[openStack.length - 1];
  switch (char) {
    case '„':
      return { at, char, open: 'double', close: [] };
    case '‚':
      return openerContext ? { at, char, open: 'single', close: [] } : null;
    case '»':
      return openerContext && !closerContext
        ? { at, char, open: 'guillemet-in', close: [] }
        : { at, char, open: null, close: ['guillemet-out'] };
    case '«':
      return openerContext && !closerContext
        ? { at, char, open: 'guillemet-out', close: [] }
        : { at, char, open: null, close: ['guillemet-in'] };
    case '“':
      // German closing mark, or English opening mark.
      if (top && !isSpace(prev) && !openerContext)
        return { at, char, open: null, close: ['double'] };
      if (openerContext) return { at, char, open: 'double', close: [] };
      return { at, char, open: null, close: ['double'] };
    case '”':
      if (openerContext && !closerContext && !top) return { at, char, open: 'double', close: [] };
      return { at, char, open: null, close: ['double'] };
    case '"':
      if (openerContext && !closerContext) return { at, char, open: 'double', close: [] };
      if (closerContext && !openerContext) return { at, char, open: null, close: ['double'] };
      return top
        ? { at, char, open: null, close: ['double'] }
        : { at, char, open: 'double', close: [] };
    case '‘':
    case '’':
    case "'":
      // An apostrophe between letters (geht's, O'Neill) is no quotation mark.
      if (isWordChar(prev) && isWordChar(next)) return null;
      if (
        char !== '’' &&
        openerContext &&
        !closerContext &&
        openStack.some((q) => q.family !== 'single')
      ) {
        return { at, char, open: 'single', close: [] };
      }
      if (closerContext && openStack.some((q) => q.family === 'single'))
        return { at, char, open: null, close: ['single'] };
      return null;
    default:
      return null;
  }
}

const MARK_CHARS = /[„“”"‚‘’'»«]/g;

function lineEndAfter(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  let end = nl === -1 ? text.length : nl;
  while (end > at && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const result: QuotedSpan[] = [];
  let from = 0;
  // Each pass pairs marks from `from`; when a quotation never closes, it is ended at
  // its line end and pairing restarts after that, so one stray mark cannot swallow
  // the rest of the document.
  while (from < text.length) {
    const restartAt = pairFrom(text, from, result);
    if (restartAt === null) break;
    from = restartAt;
  }
  return result.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

function pairFrom(text: string, from: number, out: QuotedSpan[]): number | null {
  const stack: OpenQuote[] = [];
  const pending: QuotedSpan[] = [];
  const make = (
    q: OpenQuote,
    end: number,
    innerEnd: number,
    closedBy: QuotedSpan['closedBy'],
  ): QuotedSpan => ({
    start: q.event.at,
    end,
    innerStart: q.event.at + 1,
    innerEnd: Math.max(q.event.at + 1, innerEnd),
    depth: q.depth,
    closedBy,
  });
  const flush = (): void => {
    out.push(...pending.filter((p) => p.innerEnd > p.innerStart));
    pending.length = 0;
  };
  MARK_CHARS.lastIndex = from;
  for (let m = MARK_CHARS.exec(text); m; m = MARK_CHARS.exec(text)) {
    const event = classify(text, m.index, stack);
    if (!event) continue;
    if (event.open) {
      const bottom = stack[0];
      if (
        bottom &&
        event.open === 'double' &&
        atLineStart(text, event.at) &&
        bottom.family === 'double'
      ) {
        // A new paragraph re-opens the same quotation: the previous paragraph ends it.
        let lineEnd = event.at;
        while (lineEnd > 0 && /\s/.test(text[lineEnd - 1]!)) lineEnd--;
        for (const q of stack.splice(0).reverse())
          pending.push(make(q, lineEnd, lineEnd, 'paragraph'));
        flush();
      }
      stack.push({ event, family: event.open, depth: stack.length });
      continue;
    }
    let index = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (event.close.includes(stack[i]!.family)) {
        index = i;
        break;
      }
    }
    if (index === -1) continue; // a stray closing mark
    const opened = stack[index]!;
    const tooFar =
      event.at - opened.event.at > MAX_QUOTE_CHARS ||
      countLineBreaks(text, opened.event.at, event.at) > MAX_QUOTE_LINES;
    if (tooFar && index === 0) return recover(text, opened, pending, out);
    // Marks opened inside and never closed were not quotation marks.
    stack.splice(index + 1);
    stack.pop();
    pending.push(make(opened, event.at + 1, event.at, 'mark'));
    if (stack.length === 0) flush();
  }
  const bottom = stack[0];
  if (bottom) return recover(text, bottom, pending, out);
  flush();
  return null;
}

/** Ends an unclosed quotation at the end of its line; pairing restarts right after it. */
function recover(
  text: string,
  opened: OpenQuote,
  pending: QuotedSpan[],
  out: QuotedSpan[],
): number {
  const end = lineEndAfter(text, opened.event.at + 1);
  out.push(
    ...pending.filter(
      (p) => p.start > opened.event.at && p.end <= end && p.innerEnd > p.innerStart,
    ),
    {
      start: opened.event.at,
      end,
      innerStart: opened.event.at + 1,
      innerEnd: end,
      depth: opened.depth,
      closedBy: 'recovered',
    },
  );
  return end + 1;
}

const TITLE_NOUNS =
  /^(?:buch|buches|film|films|roman|titel|song|lied|album|zeitung|magazin|sendung|serie|operation|programm|projekt|kampagne|motto|stück|aktion|initiative|plan|gesetz|spitzname|slogan|schlagzeile|namen|name|begriff|wort|bezeichnung|schiff|modell|festival|show|website|webseite|nachrichtenagentur|agentur|tageszeitung|wochenzeitung|sender|fernsehsender|firma|partei|organisation|bewegung|gruppe|band)$/i;
const NAMING_WORDS =
  /^(?:sogenannte[nmrs]?|so|genannt|genannte[nmrs]?|namens|titels?|unter|wort|begriff)$/i;

/**
 * Whether a quoted span is a name or title rather than a quotation:
 * `die „Bild“-Zeitung`, `der Film „Krieg und Frieden“`, `die Zeitung „Hoy Bolivia“`,
 * `sogenannte „Provokationen“`, or a short run of capitalised words (`„Financial Times“`).
 */
export function looksLikeName(text: string, q: QuotedSpan): boolean {
  if (text[q.end] === '-') return true;
  const before =
    /([\p{L}]+)[\s]*$/u.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1] ?? '';
  if (TITLE_NOUNS.test(before) || NAMING_WORDS.test(before)) return true;
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.split(/\s+/);
  return !/[.!?,;:]/.test(inner) && words.length <= 4 && words.every((t) => /^[\p{Lu}\d]/u.test(t));
}
