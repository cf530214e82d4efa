/**
 * A small reader for CoNLL-U files (Universal Dependencies), enough for the
 * evaluation and training scripts: sentence text, document breaks, surface
 * tokens (multiword tokens such as "zum" = "zu" + "dem" kept as one surface
 * token with its parts), and per-word form, lemma, UPOS, XPOS, features, MISC.
 *
 * Usage:
 *   const sentences = readConlluFile(path);            // or parseConllu(text)
 *   for (const s of sentences) s.text, s.newdoc, s.tokens, s.words
 */
import { readFileSync } from 'node:fs';

/** One syntactic word (a CoNLL-U line whose ID is an integer). */
export interface ConlluWord {
  /** 1-based word index within the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: string;
  deprel: string;
  misc: string;
}

/**
 * One surface token: either a single word, or a multiword token (an `a-b` range
 * line, e.g. "zum") whose `words` are its syntactic parts.
 */
export interface ConlluToken {
  /** Surface form as written in the text. */
  form: string;
  /** The syntactic words this token stands for (one for ordinary tokens). */
  words: ConlluWord[];
  /** True for a multiword-token range line (`4-5 im`). */
  multiword: boolean;
  /** False when MISC has `SpaceAfter=No` (read from the range line for multiword tokens). */
  spaceAfter: boolean;
  misc: string;
}

export interface ConlluSentence {
  /** `# sent_id`, or '' when missing. */
  id: string;
  /** `# text`: the raw sentence text, or the tokens joined by their spacing when missing. */
  text: string;
  /** True when a `# newdoc` comment precedes this sentence. */
  newdoc: boolean;
  /** `# newdoc id = …` when present. */
  docId: string | null;
  /** True when a `# newpar` comment precedes this sentence. */
  newpar: boolean;
  /** Every comment line, without the leading '# ', keyed by what stands before ' = '. */
  comments: Record<string, string>;
  /** Surface tokens in order. */
  tokens: ConlluToken[];
  /** Syntactic words in order (multiword tokens expanded). */
  words: ConlluWord[];
}

export function readConlluFile(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current = emptySentence();
  let pendingRange: { from: number; to: number; token: ConlluToken } | null = null;

  const finish = () => {
    if (current.tokens.length > 0) {
      if (current.text === '') current.text = surfaceText(current.tokens);
      sentences.push(current);
    }
    current = emptySentence();
    pendingRange = null;
  };

  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line === '') {
      finish();
      continue;
    }
    if (line.startsWith('#')) {
      readComment(current, line);
      continue;
    }
    const cols = line.split('\t');
    const idField = cols[0] ?? '';
    if (idField.includes('.')) continue; // empty nodes of enhanced dependencies
    const range = /^(\d+)-(\d+)$/.exec(idField);
    if (range) {
      const misc = cols[9] ?? '_';
      const token: ConlluToken = {
        form: cols[1] ?? '',
        words: [],
        multiword: true,
        spaceAfter: !hasNoSpaceAfter(misc),
        misc,
      };
      current.tokens.push(token);
      pendingRange = { from: Number(range[1]), to: Number(range[2]), token };
      continue;
    }
    const word: ConlluWord = {
      id: Number(idField),
      form: cols[1] ?? '',
      lemma: cols[2] ?? '_',
      upos: cols[3] ?? '_',
      xpos: cols[4] ?? '_',
      feats: cols[5] ?? '_',
      head: cols[6] ?? '_',
      deprel: cols[7] ?? '_',
      misc: cols[9] ?? '_',
    };
    current.words.push(word);
    if (pendingRange && word.id >= pendingRange.from && word.id <= pendingRange.to) {
      pendingRange.token.words.push(word);
      if (word.id === pendingRange.to) pendingRange = null;
    } else {
      current.tokens.push({
        form: word.form,
        words: [word],
        multiword: false,
        spaceAfter: !hasNoSpaceAfter(word.misc),
        misc: word.misc,
      });
    }
  }
  finish();
  return sentences;
}

/** A sentence with no text, tokens or metadata, to be filled in. */
export function emptySentence(): ConlluSentence {
  return {
    id: '',
    text: '',
    newdoc: false,
    docId: null,
    newpar: false,
    comments: {},
    tokens: [],
    words: [],
  };
}

function readComment(sentence: ConlluSentence, line: string): void {
  const body = line.replace(/^#\s?/, '');
  const eq = body.indexOf(' = ');
  const key = (eq >= 0 ? body.slice(0, eq) : body).trim();
  const value = eq >= 0 ? body.slice(eq + 3) : '';
  sentence.comments[key] = value;
  if (key === 'sent_id') sentence.id = value;
  else if (key === 'text') sentence.text = value;
  else if (key.startsWith('newdoc')) {
    sentence.newdoc = true;
    sentence.docId = value || null;
  } else if (key.startsWith('newpar')) sentence.newpar = true;
}

function hasNoSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}

function surfaceText(tokens: readonly ConlluToken[]): string {
  let text = '';
  tokens.forEach((t, i) => {
    text += t.form;
    if (t.spaceAfter && i < tokens.length - 1) text += ' ';
  });
  return text;
}

/**
 * Character spans `[start, end)` of the surface tokens inside `sentence.text`,
 * found by searching each form in order (robust to spacing that `SpaceAfter`
 * gets wrong). Forms that cannot be found are skipped, and their count is returned.
 */
export function alignTokens(sentence: ConlluSentence): {
  spans: { start: number; end: number }[];
  unaligned: number;
} {
  const spans: { start: number; end: number }[] = [];
  let unaligned = 0;
  let pos = 0;
  for (const token of sentence.tokens) {
    while (pos < sentence.text.length && /\s/.test(sentence.text[pos]!)) pos++;
    const at = sentence.text.startsWith(token.form, pos)
      ? pos
      : sentence.text.indexOf(token.form, pos);
    if (at < 0) {
      unaligned++;
      continue;
    }
    spans.push({ start: at, end: at + token.form.length });
    pos = at + token.form.length;
  }
  return { spans, unaligned };
}
