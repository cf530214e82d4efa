/**
 * Resolves an English speaker phrase to the person or body it means:
 * - a phrase with a person's name in it is that name ("Fire chief Colin Adair" → Colin Adair);
 *   a surname alone ("Adeyemi") takes the full name named before as its antecedent;
 * - "he"/"she" is the nearest person before whose first name does not contradict the pronoun;
 * - a role ("the minister", "the detective") is the nearest person before named with that role;
 *   a nationality used as a noun ("the Croatian") is the previous quote's person;
 * - a body ("the company", "a company spokesman") is the nearest body named with that noun
 *   ("Brightlane, the software company"), or for a generic noun the report's first body.
 */
import type { EntityMentionRecord } from '../../contract/types.js';
import type { QuoteSpeaker } from '../quote-scan.js';
import type { EnglishQuoteLexicon } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Word } from './scan.js';
import { headOf, personIn, phraseText, PRONOUNS, type Phrase } from './speaker.js';

/** Body nouns a report uses for the one organisation it is about, whatever its name. */
const GENERIC_BODIES = new Set([
  'company',
  'firm',
  'club',
  'group',
  'business',
  'organisation',
  'organization',
  'team',
  'operator',
  'carrier',
  'airline',
  'retailer',
]);

export interface ResolveInput {
  text: string;
  words: readonly Word[];
  phrase: Phrase;
  sentenceStart: number;
  mentions: readonly Mention[];
  entities: readonly EntityMentionRecord[];
  lex: EnglishQuoteLexicon;
  previousSpeakers: readonly QuoteSpeaker[];
}

export function resolveSpeaker(input: ResolveInput): QuoteSpeaker {
  const { text, words, phrase, mentions, lex } = input;
  const full = phraseText(text, words, phrase);
  const before = new MentionsBefore(mentions, full.start);
  const entityAt = (start: number, end: number): string | null =>
    input.entities.find(
      (e) => e.start < end && start < e.end && (e.type === 'PER' || e.type === 'ORG'),
    )?.entity ?? null;
  const withAntecedent = (
    own: { start: number; end: number; text: string },
    m: Mention | undefined,
  ): QuoteSpeaker => {
    const speaker: QuoteSpeaker = {
      ...own,
      entity: entityAt(own.start, own.end) ?? m?.entity ?? null,
    };
    if (m && !(m.start === own.start && m.end === own.end))
      speaker.antecedent = { start: m.start, end: m.end, text: m.text };
    return speaker;
  };

  // Before a comma stands the speaker, after it an age or a relative clause ("Petrović, 51,"),
  // unless a name follows ("The hospital's chief executive, Robert Grange,").
  let person = personIn(words, phrase, lex, input.sentenceStart);
  let core = phrase;
  const comma = words.slice(phrase.from, phrase.to).findIndex((w) => w.text === ',');
  if (!person && comma > 0) core = { from: phrase.from, to: phrase.from + comma };
  const coreText = phraseText(text, words, core);
  if (!person && core.to - core.from === 1) {
    const known = before.some((m) => m.kind === 'person' && m.surname === coreText.text);
    if (known) person = core;
  }
  if (person) {
    const name = phraseText(text, words, person);
    // A surname alone: the fuller mention of the same person before.
    const fuller =
      person.to - person.from === 1
        ? before.last((m) => m.kind === 'person' && m.surname === name.text && m.text !== name.text)
        : undefined;
    return withAntecedent(name, fuller);
  }
  const whole = coreText;
  const single = core.to - core.from === 1 ? words[core.from]! : null;
  if (single && PRONOUNS.has(single.lower)) {
    const gender = single.lower === 'he' ? 'm' : single.lower === 'she' ? 'f' : null;
    if (single.lower === 'he' || single.lower === 'she') {
      const m = before.last(
        (c) => c.kind === 'person' && (c.gender === null || c.gender === gender),
      );
      // A speaker named only by surname ("Jones said …") is a person the mentions may lack.
      const named = [...input.previousSpeakers]
        .reverse()
        .find((p) => !p.antecedent && isBareName(p.text, lex) && p.end <= whole.start);
      if (named && (!m || named.start > m.end)) {
        const asMention: Mention = {
          start: named.start,
          end: named.end,
          text: named.text,
          kind: 'person',
          gender: null,
          nouns: new Set(),
          surname: named.text.split(/\s+/).pop()!,
          entity: named.entity,
        };
        return withAntecedent(whole, asMention);
      }
      return withAntecedent(whole, m);
    }
    if (single.lower === 'it' || single.lower === 'they') {
      const m = before.last((c) => c.kind === 'body');
      return withAntecedent(whole, m);
    }
    return withAntecedent(whole, undefined);
  }
  // A surname or body named alone ("Petrović", "Seaway Lines"): the fuller mention, if any.
  const named = mentions.find((m) => m.start === whole.start && m.end === whole.end);
  if (named) {
    const fuller = before.last(
      (m) => m.kind === 'person' && m.surname === named.surname && m.text !== named.text,
    );
    return withAntecedent(whole, fuller ?? named);
  }
  const head = headOf(words, core);
  const headLower = head.lower;
  const capitalised = words
    .slice(core.from, core.to)
    .some((w, k) => /^\p{Lu}/u.test(w.text) && (core.from + k !== input.sentenceStart || k > 0));
  if (lex.personRoles.has(headLower)) {
    // "a company spokesman": a role inside a body speaks for it.
    const bodyNoun = words
      .slice(core.from, core.to)
      .find((w) => lex.bodies.has(w.lower) && w !== head);
    if (!capitalised) {
      const m = before.last((c) => c.kind === 'person' && c.nouns.has(headLower));
      if (m) return withAntecedent(whole, m);
      if (bodyNoun && /^(?:a|an|the)$/.test(words[core.from]!.lower)) {
        const body = bodyFor(bodyNoun.lower, before);
        if (body) return withAntecedent(whole, body);
      }
    }
    return withAntecedent(whole, undefined);
  }
  // "the Croatian": a nationality as a noun is the person just quoted.
  if (
    /^\p{Lu}/u.test(head.text) &&
    core.to - core.from === 2 &&
    words[core.from]!.lower === 'the' &&
    lex.nationalitySuffixes.some((s) => headLower.endsWith(s))
  ) {
    const last = input.previousSpeakers[input.previousSpeakers.length - 1];
    const m =
      last &&
      before.last(
        (c) => c.kind === 'person' && (c.text === last.text || c.text === last.antecedent?.text),
      );
    return withAntecedent(whole, m);
  }
  if (lex.bodies.has(headLower) && !capitalised && /^(?:the|its)$/.test(words[core.from]!.lower)) {
    return withAntecedent(whole, bodyFor(headLower, before));
  }
  return withAntecedent(whole, undefined);
}

/** "Jones", "Ana Lualemo": capitalised words only, none a role, body, group or pronoun. */
function isBareName(text: string, lex: EnglishQuoteLexicon): boolean {
  const parts = text.split(/\s+/);
  return (
    parts.length <= 3 &&
    parts.every((p) => /^\p{Lu}[\p{L}’'-]*$/u.test(p)) &&
    !parts.some((p) => {
      const lower = p.toLowerCase();
      return (
        lex.bodies.has(lower) ||
        lex.groups.has(lower) ||
        lex.personRoles.has(lower) ||
        PRONOUNS.has(lower) ||
        lower === 'the'
      );
    })
  );
}

/** How many named mentions back a pronoun, role or body looks for what it refers to. */
const LOOK_BACK = 300;

/** The mentions that end before an offset, searched from either end without copying (mentions are sorted by start). */
class MentionsBefore {
  private readonly count: number;
  constructor(
    private readonly mentions: readonly Mention[],
    offset: number,
  ) {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    while (lo > 0 && mentions[lo - 1]!.end > offset) lo--;
    this.count = lo;
  }
  /** The nearest match before; a report names again what it means within a few hundred names. */
  last(test: (m: Mention) => boolean): Mention | undefined {
    for (let k = this.count - 1; k >= 0 && k >= this.count - LOOK_BACK; k--)
      if (test(this.mentions[k]!)) return this.mentions[k];
    return undefined;
  }
  first(test: (m: Mention) => boolean): Mention | undefined {
    for (let k = 0; k < this.count; k++) if (test(this.mentions[k]!)) return this.mentions[k];
    return undefined;
  }
  some(test: (m: Mention) => boolean): boolean {
    return this.last(test) !== undefined;
  }
}

function bodyFor(noun: string, before: MentionsBefore): Mention | undefined {
  const matching = before.last((m) => m.kind === 'body' && m.nouns.has(noun));
  if (matching) return matching;
  if (!GENERIC_BODIES.has(noun)) return undefined;
  return before.first((m) => m.kind === 'body');
}
