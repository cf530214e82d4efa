import type { EntityForm, EntityType } from '../contract/types.js';

/**
 * The NER label set follows GermEval 2014's outer level: four types (OTH is
 * called MISC in the contract), each as a name, a derived word ("deriv") or a
 * compound part ("part"), in BIO encoding: `O`, `B-PER`, `I-LOCderiv` …
 */
export const GERMEVAL_TYPES = ['PER', 'ORG', 'LOC', 'OTH'] as const;
export const GERMEVAL_SUFFIXES = ['', 'deriv', 'part'] as const;

/** The 12 GermEval classes: PER, PERderiv, PERpart, ORG, … OTHpart. */
export const NER_CLASSES: readonly string[] = GERMEVAL_TYPES.flatMap((t) =>
  GERMEVAL_SUFFIXES.map((s) => t + s),
);

/** Every BIO label of the model, `O` first. */
export const NER_LABELS: readonly string[] = [
  'O',
  ...NER_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`]),
];

/** A labelled span over token indices `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  /** GermEval class, e.g. `LOCderiv`. */
  label: string;
}

/**
 * Reads spans from BIO tags as the CoNLL evaluation does: a span starts at `B-X`,
 * or at an `I-X` that does not continue an `X` span, and runs over following `I-X`.
 */
export function bioToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const label = tag === 'O' ? '' : tag.slice(2);
    const continues = current !== null && tag.startsWith('I-') && current.label === label;
    if (continues) {
      current!.end = i + 1;
      continue;
    }
    if (current) spans.push(current);
    current = tag === 'O' ? null : { start: i, end: i + 1, label };
  }
  if (current) spans.push(current);
  return spans;
}

/**
 * Contract type and form of a class: GermEval's (`OTHpart` → MISC, part) or a
 * plain contract type (`MISC`, as the English model's labels are).
 */
export function classToTypeForm(label: string): { type: EntityType; form: EntityForm } {
  if (label === 'MISC') return { type: 'MISC', form: 'name' };
  const base = label.slice(0, 3);
  const suffix = label.slice(3);
  const type: EntityType = base === 'OTH' ? 'MISC' : (base as EntityType);
  const form: EntityForm = suffix === 'deriv' ? 'derived' : suffix === 'part' ? 'part' : 'name';
  return { type, form };
}

/** The English model's labels: the four contract types in BIO encoding, `O` first. */
export const ENGLISH_NER_LABELS: readonly string[] = [
  'O',
  ...['PER', 'ORG', 'LOC', 'MISC'].flatMap((t) => [`B-${t}`, `I-${t}`]),
];

/** BIO tags of `length` tokens from spans (the inverse of `bioToSpans` for non-overlapping spans). */
export function spansToBio(spans: readonly TokenSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const span of spans)
    for (let i = span.start; i < span.end; i++)
      tags[i] = (i === span.start ? 'B-' : 'I-') + span.label;
  return tags;
}
