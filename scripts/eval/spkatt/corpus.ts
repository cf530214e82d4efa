import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SpkAttGroup } from './metric.js';

/** One SpkAtt JSON document rebuilt as running text with a character span per token. */
export interface SpkAttDocument {
  name: string;
  /** Sentences one per line, tokens detokenised (no space before `,` or a closing mark). */
  text: string;
  /** Document-wide token id → character span in `text`. */
  tokens: Array<{ start: number; end: number }>;
  /** Character span of each sentence. */
  sentences: Array<{ start: number; end: number }>;
  /** Gold speech events. */
  gold: SpkAttGroup[];
}

interface RawSentence {
  SentenceId: number;
  Tokens: string[];
}
type RawAnnotation = Record<string, unknown>;
interface RawDocument {
  Sentences: RawSentence[];
  Annotations: RawAnnotation[];
  DocumentName?: string;
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  '“',
  '”',
  '’',
  '‘',
  '«',
  '›',
  '...',
  '…',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '„', '‚', '»', '‹']);
const TOGGLING_QUOTES = new Set(['"', "'"]);

/** Rebuilds readable text: the quote finder works on text, as it would on a real article. */
function detokenize(
  sentences: RawSentence[],
): Pick<SpkAttDocument, 'text' | 'tokens' | 'sentences'> {
  let text = '';
  const tokens: SpkAttDocument['tokens'] = [];
  const spans: SpkAttDocument['sentences'] = [];
  for (const sentence of sentences) {
    if (text.length > 0) text += '\n';
    const sentenceStart = text.length;
    let glueNext = true;
    const open = new Set<string>();
    for (const token of sentence.Tokens) {
      let glue = glueNext || NO_SPACE_BEFORE.has(token);
      glueNext = NO_SPACE_AFTER.has(token);
      if (TOGGLING_QUOTES.has(token)) {
        if (open.has(token)) {
          open.delete(token);
          glue = true;
        } else {
          open.add(token);
          glueNext = true;
        }
      }
      if (!glue) text += ' ';
      tokens.push({ start: text.length, end: text.length + token.length });
      text += token;
    }
    spans.push({ start: sentenceStart, end: text.length });
  }
  return { text, tokens, sentences: spans };
}

function toTokenIds(refs: unknown, sentenceOffsets: number[]): number[] {
  if (!Array.isArray(refs)) return [];
  const ids = new Set<number>();
  for (const ref of refs) {
    const [s, t] = String(ref).split(':').map(Number);
    if (s === undefined || t === undefined || Number.isNaN(s) || Number.isNaN(t)) continue;
    ids.add((sentenceOffsets[s] ?? 0) + t);
  }
  return [...ids].sort((a, b) => a - b);
}

export function loadSpkAttDocument(path: string, roles: readonly string[]): SpkAttDocument {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as RawDocument;
  const sentences = [...raw.Sentences].sort((a, b) => a.SentenceId - b.SentenceId);
  const offsets: number[] = [];
  let total = 0;
  for (const s of sentences) {
    offsets[s.SentenceId] = total;
    total += s.Tokens.length;
  }
  // PTC (a separated verb particle, Task 1) belongs to the cue for scoring purposes.
  const gold = raw.Annotations.map((a): SpkAttGroup => {
    const groupRoles: Record<string, number[]> = {};
    for (const role of roles) groupRoles[role] = toTokenIds(a[role], offsets);
    if (a.PTC !== undefined && groupRoles.Cue) {
      groupRoles.Cue = [...new Set([...groupRoles.Cue, ...toTokenIds(a.PTC, offsets)])].sort(
        (x, y) => x - y,
      );
    }
    return {
      roles: groupRoles,
      form: typeof a.Form === 'string' ? a.Form : null,
      stwr: typeof a.STWR === 'string' ? a.STWR : null,
      isNested: a.IsNested === true,
    };
  });
  const name = raw.DocumentName ?? path.split('/').pop() ?? path;
  return { name, ...detokenize(sentences), gold };
}

export function loadSpkAttFolder(dir: string, roles: readonly string[]): SpkAttDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => loadSpkAttDocument(join(dir, f), roles));
}

/** Token ids of `doc` that overlap any of the character spans. */
export function tokensInSpans(
  doc: SpkAttDocument,
  spans: ReadonlyArray<{ start: number; end: number }>,
): number[] {
  const ids: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (spans.some((s) => t.start < s.end && s.start < t.end)) ids.push(i);
  });
  return ids;
}
