/**
 * Token-per-line corpora (GermEval, EmpiriST, MobIE, LER) as raw sentences, for
 * training and validating the sentence splitter: the sentences are rebuilt as
 * running text by a simple detokenizer.
 */
import { readFileSync } from 'node:fs';
import type { ConlluSentence } from './conllu.js';

/** Sentences of a one-token-a-line file (blank line between sentences, '#' comments), the form in column `column`. */
export function readTokenSentences(path: string, column = 0): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('-DOCSTART-')) continue;
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const form = line.split(/[\t ]/)[column];
    if (form) current.push(form);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Rebuilds running text from tokens: no space before closing punctuation, none after opening marks. */
export function detokenize(tokens: readonly string[]): string {
  let text = '';
  let openDouble = false;
  let glueNext = true;
  for (const token of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (/^[.,;:!?)\]}%…“»]+$/.test(token) || token === "''") glue = true;
    if (token === '"') {
      if (openDouble) glue = true;
      else glueNext = true;
      openDouble = !openDouble;
    }
    if (/^[([{„»]$/.test(token) || token === '``') glueNext = true;
    text += (glue || text === '' ? '' : ' ') + token;
  }
  return text;
}

/** Detokenized sentences, a share of them without their final period (deterministic for a seed). */
export function dropSomePeriods(
  sentences: readonly string[][],
  share: number,
  seed: number,
): string[] {
  return dropSomePeriodTokens(sentences, share, seed).map(detokenize);
}

/** The token lists, a share of them without their final period (deterministic for a seed). */
export function dropSomePeriodTokens(
  sentences: readonly string[][],
  share: number,
  seed: number,
): string[][] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return sentences.map((tokens) =>
    tokens[tokens.length - 1] === '.' && random() < share ? tokens.slice(0, -1) : [...tokens],
  );
}

/** Held out from training the boundary model, for validating it: the last sentences of GermEval 2014 dev. */
export const GERMEVAL_HELD_OUT = 500;

/**
 * Sentences given as token lists, in the shape of CoNLL-U sentences (text from
 * the detokenizer, one surface token per form), so that buildGoldDocuments can
 * turn them into evaluation documents.
 */
export function asConlluSentences(
  sentences: readonly string[][],
  texts?: readonly string[],
): ConlluSentence[] {
  return sentences.map((tokens, i) => ({
    id: String(i),
    text: texts?.[i] ?? detokenize(tokens),
    newdoc: false,
    docId: null,
    newpar: false,
    comments: {},
    tokens: tokens.map((form) => ({
      form,
      words: [],
      multiword: false,
      spaceAfter: true,
      misc: '_',
    })),
    words: [],
  }));
}
