/**
 * Readers for the German NER corpora under shared/corpora/, each turned into
 * token sequences with BIO tags over the GermEval 2014 label set
 * (PER/ORG/LOC/OTH, each optionally `deriv` or `part`, e.g. `B-LOCderiv`).
 *
 * Every corpus has its own fine types; `data/ner-type-map.json` maps them to the
 * GermEval outer types. A type mapped to `"drop"` makes the whole sentence unfit
 * for training (labelling a legal citation or a road number O would teach the
 * model the wrong thing), so such sentences carry `dropped: true`.
 *
 * The parse functions take file contents (strings) so that tests can feed them
 * small samples; the `read*` functions add the file access.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import typeMap from './data/ner-type-map.json' with { type: 'json' };

export type NerCorpus = 'germeval' | 'ler' | 'mobie' | 'smartdata' | 'zefys' | 'europeana' | 'uner';

export interface NerSentence {
  corpus: NerCorpus;
  tokens: string[];
  /** BIO tags over GermEval labels: `O`, `B-PER`, `I-LOCderiv`, `B-OTHpart` … */
  tags: string[];
  /** True when a span of a type mapped to "drop" occurred (see module comment). */
  dropped: boolean;
  /** Document id where the corpus has one (GermEval: the source URL line). */
  docId?: string;
}

type TypeMapping = Record<string, string | null>;

function mappingFor(corpus: NerCorpus): TypeMapping {
  return (typeMap as unknown as Record<string, TypeMapping>)[corpus] ?? {};
}

/**
 * Maps one corpus BIO tag to the GermEval label set. Returns the mapped tag and
 * whether the sentence must be dropped. Unknown or malformed tags become O.
 */
export function mapTag(corpus: NerCorpus, rawTag: string): { tag: string; drop: boolean } {
  const tag = rawTag.trim().replace(/^([BIbi])[_.]/, '$1-');
  const m = /^([BI])-(.+)$/i.exec(tag);
  if (!m) return { tag: 'O', drop: false };
  const prefix = m[1]!.toUpperCase();
  let fine = m[2]!;
  // GermEval suffixes: LOCderiv, PERpart …
  let suffix = '';
  const sm = /^(PER|ORG|LOC|OTH)(deriv|part)$/.exec(fine);
  if (corpus === 'germeval' && sm) {
    fine = sm[1]!;
    suffix = sm[2]!;
  }
  const mapping = mappingFor(corpus);
  const key =
    corpus === 'zefys' || corpus === 'europeana' || corpus === 'uner' ? fine.toUpperCase() : fine;
  if (!(key in mapping)) return { tag: 'O', drop: false };
  const outer = mapping[key];
  if (outer === 'drop') return { tag: 'O', drop: true };
  if (outer === null || outer === undefined) return { tag: 'O', drop: false };
  return { tag: `${prefix}-${outer}${suffix}`, drop: false };
}

/** Repairs BIO so that every I- follows a B-/I- of the same label (I- after O becomes B-). */
export function repairBio(tags: string[]): string[] {
  const out: string[] = [];
  let prev = 'O';
  for (const tag of tags) {
    let t = tag;
    if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) t = 'B-' + t.slice(2);
    out.push(t);
    prev = t;
  }
  return out;
}

/** Internal tag for a token inside a span whose type is mapped to "drop". */
const DROP = 'X';

/**
 * Builds sentences from raw tokens and tags (where DROP marks dropped spans),
 * cutting running text into sentences first when asked.
 */
function finishSentences(
  corpus: NerCorpus,
  tokens: string[],
  tags: string[],
  options: { running?: boolean; docId?: string } = {},
): NerSentence[] {
  const pieces = options.running ? splitRunningText(tokens, tags) : [{ tokens, tags }];
  return pieces.map((piece) => {
    const s: NerSentence = {
      corpus,
      tokens: piece.tokens,
      tags: repairBio(piece.tags.map((t) => (t === DROP ? 'O' : t))),
      dropped: piece.tags.includes(DROP),
    };
    if (options.docId !== undefined) s.docId = options.docId;
    return s;
  });
}

/**
 * GermEval 2014 TSV: `#\tURL [date]` opens a sentence, then `index token outer inner`.
 * Only the outer level is read (the evaluation scores the outer level).
 */
export function parseGermEval(source: string): NerSentence[] {
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let docId: string | undefined;
  const flush = () => {
    if (tokens.length > 0)
      out.push(...finishSentences('germeval', tokens, tags, docId === undefined ? {} : { docId }));
    tokens = [];
    tags = [];
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('#\t')) {
      flush();
      docId = line.split('\t')[1];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) continue;
    tokens.push(cols[1]!);
    tags.push(mapTag('germeval', cols[2]!).tag);
  }
  flush();
  return out;
}

/**
 * Column files with blank lines between sentences: the token is the first column,
 * the tag the last (LER `token tag`, MobIE CoNLL-2003 `token pos chunk tag`,
 * UNER IOB2 `index token tag - -` via `tokenColumn`/`tagColumn`).
 */
export function parseColumns(
  corpus: NerCorpus,
  source: string,
  options: { tokenColumn?: number; tagColumn?: number; separator?: RegExp; running?: boolean } = {},
): NerSentence[] {
  const separator = options.separator ?? /\s+/;
  const out: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0)
      out.push(...finishSentences(corpus, tokens, tags, { running: options.running ?? false }));
    tokens = [];
    tags = [];
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('-DOCSTART-') || line.startsWith('#')) {
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.trim().split(separator);
    const token = cols.at(options.tokenColumn ?? 0);
    const rawTag = cols.at(options.tagColumn ?? -1);
    if (token === undefined || rawTag === undefined || cols.length < 2) continue;
    const { tag, drop } = mapTag(corpus, rawTag);
    tokens.push(token);
    tags.push(drop ? DROP : tag);
  }
  flush();
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
const MAX_SENTENCE = 60;

/**
 * ZEFYS and Europeana give running text with no sentence breaks. Cut after
 * sentence punctuation when outside an entity and the next token starts upper
 * case, and at most every MAX_SENTENCE tokens (outside entities), so that
 * sequences stay short.
 */
export function splitRunningText(
  tokens: string[],
  tags: string[],
): { tokens: string[]; tags: string[] }[] {
  const out: { tokens: string[]; tags: string[] }[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    const nextTag = tags[i + 1] ?? 'O';
    const atEnd = i === tokens.length - 1;
    const punctBreak = SENTENCE_END.has(tokens[i]!) && next !== undefined && /^\p{Lu}/u.test(next);
    const longBreak = i - start + 1 >= MAX_SENTENCE && !nextTag.startsWith('I-');
    if (atEnd || ((punctBreak || longBreak) && !nextTag.startsWith('I-'))) {
      out.push({ tokens: tokens.slice(start, i + 1), tags: tags.slice(start, i + 1) });
      start = i + 1;
    }
  }
  return out;
}

/** Token pattern for corpora given as plain text with character offsets (SmartData). */
const TOKEN_PATTERN =
  /[#@]?[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:[-.][\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*)*|\S/gu;

export interface OffsetEntity {
  start: number;
  end: number;
  type: string;
}

/**
 * Tokenises a text and turns character-offset entities into BIO tags; a token
 * overlapping an entity belongs to it. Sentences are cut at line breaks and
 * sentence punctuation.
 */
export function offsetsToSentences(
  corpus: NerCorpus,
  text: string,
  entities: OffsetEntity[],
): NerSentence[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NerSentence[] = [];
  for (const line of lineSpans(text)) {
    const tokens: string[] = [];
    const tags: string[] = [];
    let lastEntity: OffsetEntity | null = null;
    for (const m of text.slice(line.start, line.end).matchAll(TOKEN_PATTERN)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      const entity = sorted.find((e) => e.start < end && e.end > start) ?? null;
      let tag = 'O';
      if (entity) {
        const mapped = mapTag(corpus, 'B-' + entity.type);
        if (mapped.drop) tag = DROP;
        else if (mapped.tag !== 'O')
          tag = (entity === lastEntity ? 'I-' : 'B-') + mapped.tag.slice(2);
      }
      lastEntity = entity;
      tokens.push(m[0]);
      tags.push(tag);
    }
    if (tokens.length > 0) out.push(...finishSentences(corpus, tokens, tags, { running: true }));
  }
  return out;
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** SmartData v1: a stream of JSON documents with `text.string` and `conceptMentions.array`. */
export function parseSmartData(source: string): NerSentence[] {
  const out: NerSentence[] = [];
  for (const doc of splitJsonStream(source)) {
    const d = doc as {
      text?: { string?: string };
      conceptMentions?: { array?: { span: { start: number; end: number }; type: string }[] };
    };
    const text = d.text?.string;
    if (!text) continue;
    const entities = (d.conceptMentions?.array ?? []).map((c) => ({
      start: c.span.start,
      end: c.span.end,
      type: c.type,
    }));
    out.push(...offsetsToSentences('smartdata', text, entities));
  }
  return out;
}

/** Splits concatenated JSON values (`{…}\n{…}`) by tracking brace depth outside strings. */
function splitJsonStream(source: string): unknown[] {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0 && start >= 0) values.push(JSON.parse(source.slice(start, i + 1)));
    }
  }
  return values;
}

// ---------------------------------------------------------------------------
// File access

function read(path: string): string {
  return path.endsWith('.gz')
    ? gunzipSync(readFileSync(path)).toString('utf8')
    : readFileSync(path, 'utf8');
}

export function readGermEval(corporaDir: string, split: 'dev' | 'test'): NerSentence[] {
  return parseGermEval(read(join(corporaDir, 'germeval2014', `NER-de-${split}.tsv`)));
}

export function readUnerPud(corporaDir: string): NerSentence[] {
  return parseColumns('uner', read(join(corporaDir, 'uner-german-pud', 'de_pud-ud-test.iob2')), {
    tokenColumn: 1,
    tagColumn: 2,
    separator: /\t/,
  });
}

const LER_COURTS = ['bag', 'bfh', 'bgh', 'bpatg', 'bsg', 'bverfg', 'bverwg'];

export function readLer(corporaDir: string): NerSentence[] {
  return LER_COURTS.flatMap((court) =>
    parseColumns('ler', read(join(corporaDir, 'ler-legal-ner', 'per_court', `${court}.conll`))),
  );
}

export function readMobie(
  corporaDir: string,
  splits: readonly string[] = ['train', 'dev'],
): NerSentence[] {
  return splits.flatMap((split) =>
    parseColumns('mobie', read(join(corporaDir, 'mobie', `${split}.conll2003`))),
  );
}

export function readSmartData(corporaDir: string): NerSentence[] {
  return parseSmartData(read(join(corporaDir, 'smartdata', 'v1_20180119', 'train.json.gz')));
}

export function readZefys(
  corporaDir: string,
  splits: readonly string[] = ['train', 'dev'],
): NerSentence[] {
  return splits.flatMap((split) =>
    parseColumns('zefys', read(join(corporaDir, 'zefys2025-ner', `${split}.tsv`)), {
      separator: /\t/,
      running: true,
    }),
  );
}

const EUROPEANA_FILES = ['enp_DE.lft.bio', 'enp_DE.onb.bio', 'enp_DE.sbb.bio'];

export function readEuropeana(corporaDir: string): NerSentence[] {
  return EUROPEANA_FILES.flatMap((file) => {
    // Lines are `token tag`; the OCR noise includes lines with stray fields,
    // which parseColumns turns into O (unknown tag) and keeps as tokens.
    const lines = read(join(corporaDir, 'europeana-ner-de', file))
      .split('\n')
      .filter((l) => /\s[BI][-_.]?[A-Za-z]+$|\sO$/.test(l.trim()) && !l.startsWith('file:'));
    return parseColumns('europeana', lines.join('\n'), { running: true });
  });
}
