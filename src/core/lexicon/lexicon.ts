/**
 * A compact full-form lexicon: word form → part-of-speech readings (STTS tag +
 * lemma) and proper-name subtypes. Built by `scripts/build/lexicon.ts` from
 * LanguageTool's german-pos-dict; format "CXLX" v1 (docs/models/lexicon-de.md):
 *
 *   magic "CXLX" · u32 version · u32 jsonBytes · JSON {meta, patterns, blockSize, formCount, idBytes}
 *   u32 textBytes · UTF-8 form text · pad to 4
 *   u32 blockCount · u32[blockCount] block start (UTF-16 index into the form text)
 *   u16|u32[formCount] pattern id of each form · pad to 4
 *
 * Forms are sorted and front-coded in blocks of `blockSize`: each entry is one
 * char (0x20 + length of the prefix shared with the previous entry of the
 * block), the rest of the form, and '\n'. A lookup binary-searches the block
 * heads and decodes one block. The readings of a form are an interned
 * "pattern": `TAG edit|TAG edit…#SUB,SUB`, where an edit turns the form into
 * its lemma (see `applyLemmaEdit`), so that thousands of forms share one pattern.
 */
export interface LexiconReading {
  /** STTS tag. */
  tag: string;
  lemma: string;
}

export interface LexiconPattern {
  /** Distinct STTS tags, in pattern order (the ambiguity class). */
  tags: readonly string[];
  /** `TAG` → lemma edits of that tag, in pattern order. */
  edits: readonly { tag: string; edit: string }[];
  /** Proper-name subtypes (VOR, NAC, STD, COU, GEB, WAT, MOU, GEO, PER). */
  nameTypes: readonly string[];
  /** Ambiguity class as one string, e.g. "ADJA|NN" (tags sorted). */
  ambiguityClass: string;
}

export interface LexiconBuildEntry {
  form: string;
  readings: readonly LexiconReading[];
  nameTypes: readonly string[];
}

const MAGIC = 0x584c5843; // "CXLX"
const VERSION = 1;
const PREFIX_BASE = 0x20;

/**
 * Edit script from a form to its lemma: optional case flag for the first
 * character ('^' upper, '_' lower), number of chars to strip from the end, '.',
 * the chars to append, computed on the longest common prefix: "Häuser"→"Haus" is "5.aus",
 * "Kinder"→"Kind" is "2.", "Gehen"→"gehen" is "_0.". The form's first-letter case is flipped before the common prefix is taken.
 */
export function lemmaEdit(form: string, lemma: string): string {
  let flag = '';
  let f = form;
  if (form.length > 0 && lemma.length > 0 && form[0] !== lemma[0]) {
    if (form[0]!.toLowerCase() === lemma[0]) {
      flag = '_';
      f = lemma[0] + form.slice(1);
    } else if (form[0]!.toUpperCase() === lemma[0]) {
      flag = '^';
      f = lemma[0] + form.slice(1);
    }
  }
  let p = 0;
  while (p < f.length && p < lemma.length && f.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return `${flag}${f.length - p}.${lemma.slice(p)}`;
}

export function applyLemmaEdit(form: string, edit: string): string {
  let i = 0;
  let f = form;
  const flag = edit[0];
  if (flag === '_' || flag === '^') {
    i = 1;
    if (f.length > 0) f = (flag === '_' ? f[0]!.toLowerCase() : f[0]!.toUpperCase()) + f.slice(1);
  }
  const dot = edit.indexOf('.', i);
  const strip = Number(edit.slice(i, dot));
  return f.slice(0, Math.max(0, f.length - strip)) + edit.slice(dot + 1);
}

function patternString(entry: LexiconBuildEntry): string {
  const readings = [
    ...new Set(entry.readings.map((r) => `${r.tag} ${lemmaEdit(entry.form, r.lemma)}`)),
  ];
  const names = [...new Set(entry.nameTypes)].sort();
  return readings.join('|') + (names.length > 0 ? '#' + names.join(',') : '');
}

function parsePattern(source: string): LexiconPattern {
  const hash = source.indexOf('#');
  const body = hash < 0 ? source : source.slice(0, hash);
  const nameTypes = hash < 0 ? [] : source.slice(hash + 1).split(',');
  const edits =
    body === ''
      ? []
      : body.split('|').map((r) => {
          const space = r.indexOf(' ');
          return { tag: r.slice(0, space), edit: r.slice(space + 1) };
        });
  const tags = [...new Set(edits.map((e) => e.tag))];
  return { tags, edits, nameTypes, ambiguityClass: [...tags].sort().join('|') };
}

export function encodeLexicon(
  entries: readonly LexiconBuildEntry[],
  meta: Record<string, unknown> = {},
  blockSize = 16,
): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const ids: number[] = [];
  let text = '';
  const blockStarts: number[] = [];
  let previous = '';
  sorted.forEach((entry, index) => {
    if (entry.form.includes('\n')) throw new Error('lexicon form with a line break');
    if (index > 0 && entry.form === sorted[index - 1]!.form)
      throw new Error(`duplicate form ${entry.form}`);
    const pattern = patternString(entry);
    let id = patternIds.get(pattern);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(pattern);
      patternIds.set(pattern, id);
    }
    ids.push(id);
    let shared = 0;
    if (index % blockSize === 0) blockStarts.push(text.length);
    else
      while (
        shared < previous.length &&
        shared < entry.form.length &&
        previous[shared] === entry.form[shared]
      )
        shared++;
    text += String.fromCharCode(PREFIX_BASE + shared) + entry.form.slice(shared) + '\n';
    previous = entry.form;
  });
  const idBytes = patterns.length <= 0xffff ? 2 : 4;
  const json = new TextEncoder().encode(
    JSON.stringify({ meta, patterns, blockSize, formCount: sorted.length, idBytes }),
  );
  const textBytes = new TextEncoder().encode(text);
  const idArray = idBytes === 2 ? Uint16Array.from(ids) : Uint32Array.from(ids);
  const size =
    align4(12 + json.length) +
    4 +
    align4(textBytes.length) +
    4 +
    blockStarts.length * 4 +
    align4(idArray.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let offset = align4(12 + json.length);
  view.setUint32(offset, textBytes.length, true);
  out.set(textBytes, offset + 4);
  offset = offset + 4 + align4(textBytes.length);
  view.setUint32(offset, blockStarts.length, true);
  offset += 4;
  for (const start of blockStarts) {
    view.setUint32(offset, start, true);
    offset += 4;
  }
  out.set(new Uint8Array(idArray.buffer), offset);
  return out;
}

export class Lexicon {
  readonly meta: Record<string, unknown>;
  readonly formCount: number;
  private readonly patternSources: string[];
  private readonly patterns: (LexiconPattern | undefined)[];
  private readonly text: string;
  private readonly blockStarts: Uint32Array;
  private readonly heads: string[];
  private readonly ids: Uint16Array | Uint32Array;
  private readonly blockSize: number;

  private constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC)
      throw new Error('not a CXLX lexicon');
    const version = view.getUint32(4, true);
    if (version !== VERSION) throw new Error(`unsupported CXLX version ${version}`);
    const jsonLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as {
      meta: Record<string, unknown>;
      patterns: string[];
      blockSize: number;
      formCount: number;
      idBytes: 2 | 4;
    };
    this.meta = header.meta;
    this.patternSources = header.patterns;
    this.patterns = new Array<LexiconPattern | undefined>(header.patterns.length);
    this.blockSize = header.blockSize;
    this.formCount = header.formCount;
    let offset = align4(12 + jsonLength);
    const textLength = view.getUint32(offset, true);
    this.text = new TextDecoder().decode(bytes.subarray(offset + 4, offset + 4 + textLength));
    offset = offset + 4 + align4(textLength);
    const blockCount = view.getUint32(offset, true);
    offset += 4;
    this.blockStarts = new Uint32Array(copyBytes(bytes, offset, offset + blockCount * 4));
    offset += blockCount * 4;
    const idLength = header.formCount * header.idBytes;
    const idBuffer = copyBytes(bytes, offset, offset + idLength);
    this.ids = header.idBytes === 2 ? new Uint16Array(idBuffer) : new Uint32Array(idBuffer);
    this.heads = new Array<string>(blockCount);
    for (let b = 0; b < blockCount; b++) {
      const start = this.blockStarts[b]! + 1;
      this.heads[b] = this.text.slice(start, this.text.indexOf('\n', start));
    }
  }

  static fromBytes(bytes: Uint8Array): Lexicon {
    return new Lexicon(bytes);
  }

  /** Pattern id of a form (exact, case-sensitive), or -1. */
  lookupId(form: string): number {
    const heads = this.heads;
    let lo = 0;
    let hi = heads.length - 1;
    if (hi < 0 || form < heads[0]!) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (heads[mid]! <= form) lo = mid;
      else hi = mid - 1;
    }
    const text = this.text;
    let pos = this.blockStarts[lo]!;
    let current = '';
    const first = lo * this.blockSize;
    const last = Math.min(first + this.blockSize, this.formCount);
    for (let index = first; index < last; index++) {
      const shared = text.charCodeAt(pos) - PREFIX_BASE;
      const end = text.indexOf('\n', pos + 1);
      current = current.slice(0, shared) + text.slice(pos + 1, end);
      if (current === form) return this.ids[index]!;
      if (current > form) return -1;
      pos = end + 1;
    }
    return -1;
  }

  /** Every form with its pattern, in sorted order (used to learn from the lexicon). */
  *entries(): Generator<[string, LexiconPattern]> {
    const text = this.text;
    let pos = 0;
    let current = '';
    for (let index = 0; index < this.formCount; index++) {
      const shared = text.charCodeAt(pos) - PREFIX_BASE;
      const end = text.indexOf('\n', pos + 1);
      current = current.slice(0, shared) + text.slice(pos + 1, end);
      pos = end + 1;
      yield [current, this.pattern(this.ids[index]!)];
    }
  }

  pattern(id: number): LexiconPattern {
    let p = this.patterns[id];
    if (p === undefined) {
      p = parsePattern(this.patternSources[id]!);
      this.patterns[id] = p;
    }
    return p;
  }

  /** Readings of a form (exact, case-sensitive), or null when unknown. */
  lookup(form: string): LexiconPattern | null {
    const id = this.lookupId(form);
    return id < 0 ? null : this.pattern(id);
  }

  /** Lemma of `form` for STTS `tag` according to the lexicon, or null. */
  lemma(form: string, tag: string): string | null {
    const p = this.lookup(form);
    if (!p) return null;
    for (const e of p.edits) if (e.tag === tag) return applyLemmaEdit(form, e.edit);
    return null;
  }

  /** Every (tag, lemma) reading of a form. */
  readings(form: string): LexiconReading[] {
    const p = this.lookup(form);
    return p ? p.edits.map((e) => ({ tag: e.tag, lemma: applyLemmaEdit(form, e.edit) })) : [];
  }

  /** Proper-name subtypes of a form (gazetteer use), e.g. ['NAC'] for "Merkel". */
  nameTypes(form: string): readonly string[] {
    return this.lookup(form)?.nameTypes ?? [];
  }
}

/**
 * An aligned copy of a byte range. (Not `bytes.slice(...).buffer`: for a Node
 * Buffer, `slice` is a view onto a larger shared buffer.)
 */
function copyBytes(bytes: Uint8Array, start: number, end: number): ArrayBuffer {
  return new Uint8Array(bytes.subarray(start, end)).buffer;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
