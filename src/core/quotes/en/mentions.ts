/**
 * People and bodies a report names, in text order, for resolving speakers written as a
 * pronoun ("she"), a surname ("Adeyemi"), a role ("the minister") or a generic body
 * ("the company"). Named entities are used when the NER ran; besides them the report's
 * own words name a person by a known first name or a title or role before a capitalised
 * word ("Dr Miguel Ferrante", "Fire chief Colin Adair"), and a body by apposition with a
 * body noun ("Brightlane, the software company"; "the operator Northway Trains").
 */
import type { EntityMentionRecord, Span } from '../../contract/types.js';
import type { EnglishQuoteLexicon, Gender } from './lexicon.js';
import type { Word } from './scan.js';
import { foldName, isCap, isRole, PRONOUNS } from './speaker.js';

export interface Mention extends Span {
  text: string;
  kind: 'person' | 'body';
  gender: Gender | null;
  /** Role or body nouns the report gives it: "minister", "chief", "company". */
  nouns: Set<string>;
  /** Its last word, by which a report names a person again. */
  surname: string;
  entity: string | null;
}

const STOP_BEFORE = new Set([
  'the',
  'a',
  'an',
  'in',
  'at',
  'of',
  'on',
  'by',
  'for',
  'to',
  'from',
  'with',
  'and',
  'or',
  'near',
  'said',
  'says',
  'told',
]);
const NAME_JOINERS = new Set(['de', 'van', 'von', 'da', 'del', 'la', 'bin', 'al']);

export function collectMentions(
  text: string,
  words: readonly Word[],
  sentenceStarts: ReadonlySet<number>,
  entities: readonly EntityMentionRecord[],
  lex: EnglishQuoteLexicon,
): Mention[] {
  const mentions: Mention[] = [];
  /** Words already in a mention: an entity and a scanned run never overlap. */
  const taken = new Uint8Array(words.length);
  const byStart = new Map<number, number>();
  words.forEach((w, i) => byStart.set(w.start, i));
  const add = (from: number, to: number, kind: Mention['kind'], entity: string | null): void => {
    const first = words[from]!;
    const last = words[to - 1]!;
    for (let k = from; k < to; k++) if (taken[k]) return;
    taken.fill(1, from, to);
    const nouns = new Set<string>();
    // Role and body nouns just before the name ("Transport Minister", "the operator"), up to a
    // function word: "based in Marlow Park" gives the place no noun.
    for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
      const w = words[k]!;
      if (!/^[\p{L}]/u.test(w.text) || STOP_BEFORE.has(w.lower) || /^\p{Ll}+ed$/u.test(w.text))
        break;
      if (isRole(w.lower, lex) || lex.bodies.has(w.lower)) nouns.add(w.lower);
    }
    // … and in an apposition after it ("Brightlane, the software company", "Grange, the chief executive").
    if (
      words[to]?.text === ',' &&
      ['the', 'a', 'an', 'its', 'their'].includes(words[to + 1]?.lower ?? '')
    ) {
      for (let k = to + 2; k < Math.min(words.length, to + 8); k++) {
        const w = words[k]!;
        if (!/^[\p{L}]/u.test(w.text)) break;
        if (isRole(w.lower, lex) || lex.bodies.has(w.lower)) nouns.add(w.lower);
      }
    }
    for (let k = from; k < to; k++) if (lex.bodies.has(words[k]!.lower)) nouns.add(words[k]!.lower);
    const firstName = words.slice(from, to).find((w) => !lex.titles.has(w.lower));
    // The report's own words outrank a recogniser's type: "Brightlane, the software company" is
    // a body even when NER tags it PER; "Transport Minister Claire Bannister" a person even as ORG.
    const bodyNoun = [...nouns].some((n) => lex.bodies.has(n) && !isRole(n, lex));
    const roleNoun = [...nouns].some((n) => isRole(n, lex));
    if (kind === 'person' && bodyNoun && !roleNoun) kind = 'body';
    else if (
      kind === 'body' &&
      roleNoun &&
      !bodyNoun &&
      firstName &&
      lex.firstNames.has(foldName(firstName.lower))
    )
      kind = 'person';
    mentions.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      kind,
      gender:
        kind === 'person' && firstName
          ? (lex.firstNames.get(foldName(firstName.lower)) ?? null)
          : null,
      nouns,
      surname: last.text,
      entity,
    });
  };
  for (const e of entities) {
    if (e.type !== 'PER' && e.type !== 'ORG') continue;
    if (e.form !== undefined && e.form !== 'name') continue;
    const from = byStart.get(e.start);
    if (from === undefined) continue;
    let to = from;
    while (to < words.length && words[to]!.end <= e.end) to++;
    if (to > from) add(from, to, e.type === 'PER' ? 'person' : 'body', e.entity);
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!isCap(w) || PRONOUNS.has(w.lower)) continue;
    let e = k;
    while (
      e < words.length &&
      (isCap(words[e]) || (NAME_JOINERS.has(words[e]!.lower) && isCap(words[e + 1])))
    )
      e++;
    const run = words.slice(k, e);
    // Titles and roles the run starts with, up to the last one ("Health Minister Joan Keller"),
    // and a sentence's first word before a name ("Passenger Tom Whitfield") are no part of it.
    let s = 0;
    for (let j = 0; j < run.length - 1; j++) {
      const lower = run[j]!.lower.replace(/\.$/, '');
      if (lex.titles.has(lower) || isRole(lower, lex)) s = j + 1;
    }
    if (
      s === 0 &&
      run.length > 2 &&
      sentenceStarts.has(k) &&
      !lex.firstNames.has(foldName(run[0]!.lower))
    )
      s = 1;
    const known = lex.firstNames.has(foldName(run[s]!.lower));
    const prev = words[k - 1];
    const afterRole =
      s > 0 || (prev !== undefined && (isRole(prev.lower, lex) || lex.titles.has(prev.lower)));
    const isBody = run.some((r) => lex.bodies.has(r.lower));
    if (!isBody && (known || (afterRole && (e - k - s >= 2 || !sentenceStarts.has(k + s))))) {
      add(k + s, e, 'person', null);
    } else if (
      e - k >= 2 ||
      !sentenceStarts.has(k) ||
      (words[e]?.text === ',' && ['the', 'a', 'an'].includes(words[e + 1]?.lower ?? ''))
    ) {
      // A single word at a sentence start names something only in apposition: "Brightlane, the software company".
      // A capitalised run that names no known person: a body when a body noun stands beside it.
      const from = words[k]!.lower === 'the' ? k + 1 : k;
      if (from < e) add(from, e, 'body', null);
    }
    k = e - 1;
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
