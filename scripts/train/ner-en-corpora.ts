/**
 * Readers for the English NER corpora in ../shared/corpora (used by the English
 * NER training and evaluation scripts):
 *
 * - WNUT 17 (`wnut17/`): tweets and web text, `token TAB tag`, blank line
 *   between sentences, six types mapped to the contract's four (`WNUT_TYPES`);
 * - Universal NER on English EWT (`uner-english-ewt/`): IOB2 columns (id,
 *   token, tag, …) with `# newdoc id` and `# sent_id` comments; PER/LOC/ORG;
 * - UD English EWT (`ud-english-ewt/`) CoNLL-U: forms and UPOS, for the word-class lexicon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `silver`: UD English EWT train with labels made in training (see scripts/train/ner-en.ts). */
export type EnglishNerCorpus = 'uner' | 'wnut' | 'silver';

export interface EnglishNerSentence {
  corpus: EnglishNerCorpus;
  /** Document the sentence belongs to (UNER: `# newdoc id`; WNUT: one per sentence). */
  doc: string;
  tokens: string[];
  tags: string[];
}

/**
 * WNUT 17's types in the contract's terms. Persons and locations map directly.
 * Corporations are organisations, and so are WNUT's groups (bands, sports
 * teams, political and other groups), which CoNLL and Universal NER annotate
 * as ORG. Creative works (titles of films, songs, books) and products are
 * CoNLL's MISC: named things that are neither people, places nor bodies.
 */
export const WNUT_TYPES: Readonly<Record<string, string>> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  'creative-work': 'MISC',
  product: 'MISC',
};

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** A BIO tag of a corpus in the contract's types (unknown types: an error naming the file). */
function mapTag(raw: string, types: Readonly<Record<string, string>> | null, file: string): string {
  if (raw === 'O') return 'O';
  const m = /^([BI])-(.+)$/.exec(raw);
  if (!m) throw new Error(`${file}: tag "${raw}" is not BIO`);
  const type = types ? types[m[2]!] : m[2]!;
  if (!type || !['PER', 'ORG', 'LOC', 'MISC'].includes(type))
    throw new Error(`${file}: unknown entity type "${m[2]}"`);
  return `${m[1]}-${type}`;
}

/** Parses WNUT 17's `token TAB tag` format. */
export function parseWnut(source: string, file: string): EnglishNerSentence[] {
  const out: EnglishNerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) out.push({ corpus: 'wnut', doc: `${file}#${out.length}`, tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of source.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') {
      flush();
      continue;
    }
    const cols = trimmed.split('\t');
    if (cols.length < 2) throw new Error(`${file}: line "${trimmed}" has no tag column`);
    tokens.push(cols[0]!);
    tags.push(mapTag(cols[cols.length - 1]!, WNUT_TYPES, file));
  }
  flush();
  return out;
}

/** Parses Universal NER's IOB2 columns, keeping documents. */
export function parseUner(source: string, file: string): EnglishNerSentence[] {
  const out: EnglishNerSentence[] = [];
  let doc = '';
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) out.push({ corpus: 'uner', doc, tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^# newdoc id = (.+)$/.exec(line);
      if (m) doc = m[1]!.trim();
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`${file}: line "${line}" has fewer than 3 columns`);
    tokens.push(cols[1]!);
    tags.push(mapTag(cols[2]!, null, file));
  }
  flush();
  return out;
}

export function readWnut(corpora: string, split: 'train' | 'dev' | 'test'): EnglishNerSentence[] {
  const name = {
    train: 'wnut17train.conll',
    dev: 'emerging.dev.conll',
    test: 'emerging.test.annotated',
  }[split];
  const path = join(corpora, 'wnut17', name);
  return parseWnut(read(path), path);
}

export function readUnerEwt(corpora: string, split: 'dev' | 'test'): EnglishNerSentence[] {
  const path = join(corpora, 'uner-english-ewt', `en_ewt-ud-${split}.iob2`);
  return parseUner(read(path), path);
}

/** (form, UPOS) of every word of a CoNLL-U file (multi-word token lines skipped). */
export function* conlluWords(source: string): Generator<[form: string, upos: string]> {
  for (const line of source.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+$/.test(cols[0]!)) continue;
    yield [cols[1]!, cols[3]!];
  }
}

export function readEwtConllu(corpora: string, split: 'train' | 'dev'): string {
  return read(join(corpora, 'ud-english-ewt', `en_ewt-ud-${split}.conllu`));
}
