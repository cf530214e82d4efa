/**
 * Who a speaker phrase refers to, within one report. A pronoun ("sagte sie") or a role
 * phrase ("der Minister", "die 44-Jährige", "ein Polizeisprecher") is resolved to the
 * nearest compatible person named before it:
 * - gender from the role noun, the article, or the person's first name ("Anna" f);
 * - a role phrase prefers a person seen with the same role ("Innenminister Joachim
 *   Herrmann" … "der Minister"; "Polizeisprecherin Anna Berg" … "die Sprecherin");
 * - a definite role phrase with no such person takes the nearest person of its gender
 *   named in the last few sentences ("Horst Kiefer, 68, …" … "der Rentner");
 * - an indefinite one ("ein Sprecher") or one with an attachment ("der Sprecher des
 *   Ministeriums") only a person with that role: it may be someone not named.
 * The speaker keeps its written text; `entity` gets the person's entity id and
 * `antecedent` the mention it refers to.
 */
import type { EntityMentionRecord, QuoteRecord, Span } from '../contract/types.js';
import { spansWithin } from '../spans.js';
import rolesData from './data/roles.de.json' with { type: 'json' };
import { firstNameGender, roleOf, type Gender } from './role-lexicon.js';
import { nameRuns } from './speaker.js';
import { speakerProfile, type SpeakerProfile } from './speaker-check.js';
import { isCapitalized, isPunct, type Word } from './words.js';

/** How many sentences back a generic body ("das Unternehmen") looks for its name. */
const BODY_SENTENCES = 6;
/** Nouns that stand for whichever company or authority the report is about. */
const GENERIC_BODIES: ReadonlySet<string> = new Set(rolesData.genericBodies);
/** Company, authority or association, by the noun a body's name or a generic noun ends in. */
type BodyClass = 'company' | 'authority' | 'association';
const BODY_CLASSES: ReadonlyArray<[BodyClass, string[]]> = (
  Object.entries(rolesData.bodyClasses) as Array<[BodyClass, string[]]>
).map(([k, nouns]) => [k, nouns.map((n) => n.toLowerCase())]);
/** Case endings a body noun may carry: "des Wetterdienstes", "der Unternehmen". */
const CASE_ENDING = /(?:es|en|s|n|e)$/;

/** The class of the first word of a name (or of one noun) that ends in a class noun. */
export function bodyClass(name: string): BodyClass | null {
  for (const word of name.toLowerCase().split(/[\s-]+/)) {
    const bare = word.replace(CASE_ENDING, '');
    for (const [cls, nouns] of BODY_CLASSES)
      if (nouns.some((n) => word.endsWith(n) || (bare.length > 2 && bare.endsWith(n)))) return cls;
  }
  return null;
}
/** Roles that speak for a body: "ein Sprecher", "ein Bahnsprecher". */
const SPOKESPERSONS: ReadonlySet<string> = new Set(rolesData.spokespersons);
/** How many sentences back an unnamed spokesperson looks for the body it speaks for. */
const SPOKESPERSON_SENTENCES = 2;
/** How many sentences back a definite role phrase looks for a person of its gender alone. */
const ROLE_FALLBACK_SENTENCES = 4;

export interface ResolutionInput {
  text: string;
  words: readonly Word[];
  sentences: readonly Span[];
  entities: readonly EntityMentionRecord[];
  knownNames: ReadonlySet<string>;
}

/** A person named in the report, with what the text says about them. */
interface PersonMention extends Span {
  text: string;
  entity: string | null;
  gender: Gender | null;
  /** Role lemmas seen right next to this mention ("Polizeisprecherin Anna Berg" → Sprecher). */
  roles: Set<string>;
  /** Where the person was last mentioned: the mention's end, or a resolved speaker's end. */
  at: number;
}

export function resolveSpeakers(quotes: QuoteRecord[], input: ResolutionInput): void {
  const people = personMentions(input);
  const bodies = [
    ...input.entities.filter((e) => e.type === 'ORG' && e.form === 'name'),
    ...namedBodies(input),
  ].sort((a, b) => a.start - b.start);
  const surnames = surnameEntities(input.entities);
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.antecedent) continue;
    const from = firstWordAt(input.words, sp.start);
    let to = from;
    while (to < input.words.length && input.words[to]!.end <= sp.end) to++;
    const profile = speakerProfile(input.words, from, to, input.entities, input.knownNames);
    if (!profile) continue;
    if (profile.named) {
      // "sagte Brenner" with "Brenner" tagged as a place: the person named in full before.
      const person = surnames.get(sp.text.trim());
      if (person && sp.entity !== person) sp.entity = person;
      continue;
    }
    if (profile.kind === 'organisation' || profile.kind === 'group') {
      const body =
        bodyFor(profile, sp, input, bodies) ?? attachedBody(profile.head.to, to, sp, input, bodies);
      if (body) {
        sp.antecedent = { start: body.start, end: body.end, text: body.text };
        sp.entity = body.entity;
      }
      continue;
    }
    // "sagten sie", "sie teilten mit": a plural "sie" is no person.
    if (profile.kind === 'pronoun' && sp.text.toLowerCase() === 'sie' && pluralCue(q)) continue;
    if (profile.kind === 'pronoun') {
      const body = pronounBody(sp, input, bodies, people);
      if (body) {
        sp.antecedent = { start: body.start, end: body.end, text: body.text };
        sp.entity = body.entity;
        continue;
      }
    }
    const pick = antecedentFor(profile, sp, input, people, to - from);
    if (!pick) {
      // "ein Sprecher des Unternehmens": someone not named speaks for a body the report
      // has named; the body is who the reader needs.
      const body =
        attachedBody(profile.head.to, to, sp, input, bodies) ??
        (profile.role?.number === 'pl' && profile.definite
          ? memberBody(profile.role.lemma, sp, input, bodies)
          : null) ??
        (to - from <= profile.head.to - profile.head.from + 1
          ? spokespersonBody(profile, sp, input, bodies)
          : null);
      if (body) {
        sp.antecedent = { start: body.start, end: body.end, text: body.text };
        sp.entity = body.entity;
      }
      continue;
    }
    sp.antecedent = { start: pick.start, end: pick.end, text: pick.text };
    if (pick.entity) sp.entity = pick.entity;
    // A resolved speaker is the latest mention of its person: "die Sprecherin" … "sagte sie".
    people.push({ ...pick, at: sp.end });
    people.sort((a, b) => a.at - b.at);
  }
}

function antecedentFor(
  profile: SpeakerProfile,
  sp: Span & { text: string },
  input: ResolutionInput,
  people: readonly PersonMention[],
  length: number,
): PersonMention | null {
  const before = people.filter((p) => p.at <= sp.start);
  if (before.length === 0) return null;
  const nearestFirst = [...before].reverse();
  const compatible = (p: PersonMention, gender: Gender | null): boolean =>
    gender === null || p.gender === null || p.gender === gender;
  if (profile.kind === 'pronoun') {
    const lower = sp.text.toLowerCase();
    // Personal pronouns and possessives ("nach seinen Angaben"); "ihr-" may be plural too.
    const gender: Gender | null =
      lower === 'er' || lower.startsWith('sein')
        ? 'm'
        : lower === 'sie' || lower.startsWith('ihr')
          ? 'f'
          : null;
    if (gender === null) return null;
    let nearest = nearestFirst.find((p) => compatible(p, gender));
    // "Er habe mit Bürgermeister Kurt Lenz telefoniert. Er betonte, …": a sentence whose
    // subject is the same pronoun keeps its topic; the person named in its object is not
    // the antecedent, so look before that sentence.
    for (let hops = 0; nearest && hops < 3; hops++) {
      const k = sentenceIndex(input.sentences, nearest.start);
      const sentence = input.sentences[k]!;
      const subject = input.words[firstWordAt(input.words, sentence.start)];
      if (!subject || subject.lower !== lower || startsClause(input, nearest)) break;
      if (sentenceIndex(input.sentences, sp.start) === k) break;
      const earlier = nearestFirst.find((p) => p.start < sentence.start && compatible(p, gender));
      if (!earlier) break;
      nearest = earlier;
    }
    if (!nearest) return null;
    // Within the sentence of the nearest candidate, the subject is the likelier antecedent:
    // "Müller widersprach Schmidt. Er sagte, …" is Müller.
    const sentence = sentenceIndex(input.sentences, nearest.start);
    const subject = nearestFirst.find(
      (p) =>
        compatible(p, gender) &&
        sentenceIndex(input.sentences, p.start) === sentence &&
        startsClause(input, p),
    );
    return subject ?? nearest;
  }
  const role = profile.role;
  if (!role || role.kind !== 'person' || role.number === 'pl') return null;
  const gender = profile.gender;
  const sameRole = nearestFirst.find(
    (p) => compatible(p, gender) && [...p.roles].some((r) => sameLemma(r, role.lemma)),
  );
  if (sameRole) return sameRole;
  // Only a short definite phrase ("der Minister", "die 44-Jährige") stands for someone named before.
  const headEnd = profile.head.to - profile.head.from;
  if (!profile.definite || length > headEnd + 2) return null;
  const sentence = sentenceIndex(input.sentences, sp.start);
  const recent = nearestFirst.filter(
    (p) => sentence - sentenceIndex(input.sentences, p.start) <= ROLE_FALLBACK_SENTENCES,
  );
  return (
    recent.find((p) => p.gender !== null && compatible(p, gender)) ??
    recent.find((p) => compatible(p, gender)) ??
    null
  );
}

/**
 * "das Unternehmen", "des Amtes", "Firmenangaben", "die Kreisverwaltung": a generic body
 * resolves to the nearest organisation named before it (in the last BODY_SENTENCES
 * sentences) that
 * 1. has a name word ending in the same noun ("Landesamt für …" for "das Amt") or in the
 *    compound's first part ("Landkreis Friesmoor" for "die Kreisverwaltung"); else
 * 2. for the generic nouns, is of the noun's class ("die Reederei Wattlinie" for "das
 *    Unternehmen", not the "Deutsche Wetterdienst" named after it); else
 * 3. for the generic nouns, has no class the text shows ("Brückner Wohnen").
 */
function bodyFor(
  profile: Pick<SpeakerProfile, 'role'>,
  sp: Span,
  input: ResolutionInput,
  bodies: readonly BodyMention[],
): BodyMention | null {
  const role = profile.role;
  if (!role) return null;
  if (role.number === 'pl') return memberBody(role.lemma, sp, input, bodies);
  const sentence = sentenceIndex(input.sentences, sp.start);
  const lemma = role.lemma.toLowerCase();
  const written = role.word.toLowerCase().replace(/^.*-/, '');
  // "Kreisverwaltung" → "kreis"; "Firmenangaben" has no first part of its own beyond the lemma.
  const at = written.lastIndexOf(lemma);
  const modifier = at >= 3 ? written.slice(0, at) : '';
  // With or without a linking s: "Landesverwaltung" → "land", "Kreisverwaltung" → "kreis".
  const modifiers = [modifier, modifier.replace(/(?:es|s)$/, '')].filter((m) => m.length >= 4);
  // Only the bare generic noun stands for any body: "des Unternehmens", but not "des
  // Fahrgastverbands", which names a kind of its own.
  const bare = written.startsWith(lemma) || /angaben$/i.test(role.word);
  const generic = bare && GENERIC_BODIES.has(role.lemma);
  const wanted = bodyClass(role.lemma);
  const candidates: BodyMention[] = [];
  for (let k = bodies.length - 1; k >= 0; k--) {
    const b = bodies[k]!;
    if (b.end > sp.start) continue;
    if (sentence - sentenceIndex(input.sentences, b.start) > BODY_SENTENCES) break;
    candidates.push(b);
  }
  const nameWords = (b: BodyMention) => b.text.toLowerCase().split(/[\s-]+/);
  const byNoun = candidates.find((b) =>
    nameWords(b).some((w) => w.endsWith(lemma) || modifiers.some((m) => w.endsWith(m))),
  );
  if (byNoun) return byNoun;
  if (!generic) return null;
  return (
    candidates.find((b) => wanted !== null && bodyClass(b.text) === wanted) ??
    candidates.find((b) => bodyClass(b.text) === null) ??
    null
  );
}

/** Nouns of a body that stands for its members: "Arbeitgeberverband", "Bauernverband". */
const MEMBER_BODY = /^(?:verband|verbands|vereinigung|bund|bunds|seite)$/;

/**
 * "Die Arbeitgeber kündigten an, …" after "Der Kommunale Arbeitgeberverband Weserland": a
 * plural role resolves to the association of its members named before ("Arbeitgeber" +
 * "verband"), and to nothing else: "die Ärzte" are not the "Ärztekammer".
 */
function memberBody(
  lemma: string,
  sp: Span,
  input: ResolutionInput,
  bodies: readonly BodyMention[],
): BodyMention | null {
  const stem = lemma.toLowerCase();
  const sentence = sentenceIndex(input.sentences, sp.start);
  for (let k = bodies.length - 1; k >= 0; k--) {
    const b = bodies[k]!;
    if (b.end > sp.start) continue;
    if (sentence - sentenceIndex(input.sentences, b.start) > BODY_SENTENCES) break;
    const words = b.text.toLowerCase().split(/[\s-]+/);
    if (words.some((w) => w.startsWith(stem) && MEMBER_BODY.test(w.slice(stem.length)))) return b;
  }
  return null;
}

/** A body the text names: an ORG mention, or an organisation noun with its name ("die Reederei Wattlinie"). */
type BodyMention = Span & { text: string; entity: string | null };

/**
 * "die Reederei Wattlinie", "der Landkreis Friesmoor", "die Gewerkschaft GSB": an
 * organisation noun followed straight by capitalised words (no article between) is a close
 * apposition that names the body, whatever NER made of the name.
 */
function namedBodies(input: ResolutionInput): BodyMention[] {
  const { words, text, entities } = input;
  const out: BodyMention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const role = roleOf(words[i]!.text);
    if ((role?.kind !== 'organisation' && role?.kind !== 'group') || role.number === 'pl') continue;
    let j = i + 1;
    while (
      j < words.length &&
      j <= i + 3 &&
      words[j]!.sentence === words[i]!.sentence &&
      !isPunct(words[j]!) &&
      /^\p{Lu}/u.test(words[j]!.text) &&
      !roleOf(words[j]!.text) &&
      (!words[j]!.upos ||
        words[j]!.upos === 'NOUN' ||
        words[j]!.upos === 'PROPN' ||
        words[j]!.upos === 'X')
    )
      j++;
    if (j === i + 1) continue;
    const span = { start: words[i]!.start, end: words[j - 1]!.end };
    const entity =
      entities.find((e) => e.type === 'ORG' && e.start < span.end && span.start < e.end)?.entity ??
      null;
    out.push({ ...span, text: text.slice(span.start, span.end), entity });
    i = j - 1;
  }
  return out;
}

/**
 * The body in a genitive after the head of a speaker phrase: "ein Sprecher des
 * Unternehmens", "der Fachleute des Amtes" (words [from, to) after the head).
 */
function attachedBody(
  from: number,
  to: number,
  sp: Span,
  input: ResolutionInput,
  bodies: readonly BodyMention[],
): BodyMention | null {
  const { words } = input;
  for (let k = from; k + 1 < to && k < from + 3; k++) {
    if (!/^(?:des|der|eines|einer)$/.test(words[k]!.lower)) continue;
    const noun = words[k + 1]!;
    const role = roleOf(noun.text);
    if (role?.kind === 'organisation' || role?.kind === 'group')
      return bodyFor({ role: { ...role, word: noun.text } }, sp, input, bodies);
    // "ein Sprecher der Hofkäserei" after "die Hofkäserei Lindenmoos": the noun is part of the name.
    const bare = noun.lower.replace(CASE_ENDING, '');
    if (bare.length < 4 || !isCapitalized(noun.text)) return null;
    for (let b = bodies.length - 1; b >= 0; b--) {
      const body = bodies[b]!;
      if (body.end > sp.start) continue;
      if (
        body.text
          .toLowerCase()
          .split(/[\s-]+/)
          .some((w) => w === noun.lower || w.replace(CASE_ENDING, '') === bare)
      )
        return body;
    }
    return null;
  }
  return null;
}

/**
 * "Die Reederei Wattlinie stellte den Verkehr ein. Ein Sprecher sagte, …": an unnamed
 * spokesperson with no attachment speaks for the body its compound names ("ein
 * Bahnsprecher" → "Deutsche Bahn") or else for the body named in the last two sentences.
 */
function spokespersonBody(
  profile: SpeakerProfile,
  sp: Span,
  input: ResolutionInput,
  bodies: readonly BodyMention[],
): BodyMention | null {
  const role = profile.role;
  if (!role || role.number === 'pl' || !SPOKESPERSONS.has(role.lemma)) return null;
  const named = bodyFor(profile, sp, input, bodies);
  if (named) return named;
  // A compound that names another body ("ein Polizeisprecher" after the Reederei) is not this one.
  const written = role.word.replace(/^.*-/, '').toLowerCase();
  if (!written.startsWith(role.lemma.toLowerCase())) return null;
  const sentence = sentenceIndex(input.sentences, sp.start);
  for (let k = bodies.length - 1; k >= 0; k--) {
    const b = bodies[k]!;
    if (b.end > sp.start) continue;
    return sentence - sentenceIndex(input.sentences, b.start) <= SPOKESPERSON_SENTENCES ? b : null;
  }
  return null;
}

/**
 * "Die Polizei sperrte die Straße. Sie teilte mit, …": a pronoun whose nearest antecedent
 * is a body that is the subject of the sentence before (or of its own sentence) — with
 * the pronoun's gender in its article ("die Polizei" → "sie", "der Konzern" → "er") and no
 * person of that gender named after it — stands for that body.
 */
function pronounBody(
  sp: Span & { text: string },
  input: ResolutionInput,
  bodies: readonly BodyMention[],
  people: readonly PersonMention[],
): BodyMention | null {
  const { words, sentences, text } = input;
  const lower = sp.text.toLowerCase();
  const article = lower === 'sie' ? 'die' : lower === 'er' ? 'der' : null;
  if (!article) return null;
  const s = sentenceIndex(sentences, sp.start);
  for (const k of [s, s - 1]) {
    const sentence = sentences[k];
    if (!sentence) continue;
    const at = firstWordAt(words, sentence.start);
    const first = words[at];
    const noun = words[at + 1];
    if (!first || !noun || first.start >= sp.start || first.lower !== article) continue;
    const role = roleOf(noun.text);
    if ((role?.kind !== 'organisation' && role?.kind !== 'group') || role.number === 'pl') continue;
    // "Die Arbeitgeber": a masculine person noun after "die" is plural; bodies carry no gender.
    const gender = lower === 'er' ? 'm' : 'f';
    const later = people.some(
      (p) =>
        p.start > first.start && p.at <= sp.start && (p.gender === null || p.gender === gender),
    );
    if (later) return null;
    // The body's name when the text gives one there ("Die Reederei Wattlinie").
    const named = bodies.find((b) => b.start <= noun.start && noun.end <= b.end);
    if (named) return named;
    return {
      start: first.start,
      end: noun.end,
      text: text.slice(first.start, noun.end),
      entity: null,
    };
  }
  return null;
}

/**
 * Surnames of the people named in full ("Brenner" of "Thomas Brenner") → their entity:
 * a later "Brenner" that NER took for another type is that person.
 */
export function surnameEntities(entities: readonly EntityMentionRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'PER' || e.form !== 'name') continue;
    const parts = e.text.trim().split(/\s+/);
    if (parts.length >= 2 && firstNameGender(parts[0]!) !== null)
      out.set(parts[parts.length - 1]!, e.entity);
  }
  return out;
}

/** A mention of one word that is a role noun: "CDU-Politiker", "Sprecherin". */
function onlyRole(text: string): boolean {
  return !/\s/.test(text.trim()) && roleOf(text.trim()) !== null;
}

/** Whether a mention opens its sentence, past a role word before the name ("Polizeisprecherin Anna Berg sagte"). */
function startsClause(input: ResolutionInput, p: Span): boolean {
  const sentence = input.sentences[sentenceIndex(input.sentences, p.start)];
  if (!sentence) return false;
  const before = input.text.slice(sentence.start, p.start).trim();
  return before.split(/\s+/).filter(Boolean).length <= 2 && !/[,;:]/.test(before);
}

/** Whether the finite verb of a quote's cue is plural ("sagten", "haben … erklärt"). */
function pluralCue(q: QuoteRecord): boolean {
  const finite = (q.cue?.auxiliary?.text ?? q.cue?.text ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  return /(?:en|sind)$/.test(finite);
}

/** "Minister" and "Landesverkehrsminister" are one role; so are "Sprecher" and "Polizeisprecher". */
function sameLemma(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(y) || y.endsWith(x);
}

function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstWordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every person mention in text order with its gender and the roles seen beside it;
 * what one mention shows holds for every mention of the same entity.
 */
function personMentions(input: ResolutionInput): PersonMention[] {
  const { words, entities, text } = input;
  const surnames = surnameEntities(entities);
  const spans: Array<Span & { text: string; entity: string | null }> = entities.length
    ? entities
        // A mention that is only a role word ("CDU-Politiker" tagged PER) names no one;
        // a surname the tagger took for a place ("Brenner") is the person.
        .filter(
          (e) =>
            (e.type === 'PER' && e.form === 'name' && !onlyRole(e.text)) ||
            (e.type !== 'PER' && surnames.has(e.text)),
        )
        .map((e) =>
          e.type === 'PER'
            ? trimMention(words, text, e)
            : { start: e.start, end: e.end, text: e.text, entity: surnames.get(e.text)! },
        )
    : // The text as it stands between the run's ends, not its words joined.
      nameRuns(words).map((r) => ({ ...r, text: text.slice(r.start, r.end), entity: null }));
  const mentions: PersonMention[] = spans.map((m) => {
    const inside = spansWithin(words, m);
    const at = firstWordAt(words, m.start);
    const roles = new Set<string>();
    let gender: Gender | null = null;
    // Role words right before the name ("Elbtals Trainer Henrik Aas", "Polizeisprecherin Anna Berg")
    // and in an apposition after it ("Anna Berg, Sprecherin der Polizei").
    const near = [words[at - 1], words[at - 2], ...appositionAfter(words, at + inside.length)];
    for (const w of near) {
      if (!w || isPunct(w)) continue;
      const role = roleOf(w.text);
      if (role?.kind === 'person') {
        roles.add(role.lemma);
        gender ??= role.gender;
      }
      if (w.text === 'Frau') gender ??= 'f';
      if (w.text === 'Herr' || w.text === 'Herrn') gender ??= 'm';
    }
    const first = inside[0];
    if (first && inside.length > 1) gender = firstNameGender(first.text) ?? gender;
    return { ...m, gender, roles, at: m.end };
  });
  // One entity, one person: share gender and roles across its mentions.
  const byEntity = new Map<string, { gender: Gender | null; roles: Set<string> }>();
  for (const m of mentions) {
    if (!m.entity) continue;
    const e = byEntity.get(m.entity) ?? { gender: null, roles: new Set<string>() };
    e.gender ??= m.gender;
    for (const r of m.roles) e.roles.add(r);
    byEntity.set(m.entity, e);
  }
  for (const m of mentions) {
    const e = m.entity ? byEntity.get(m.entity) : undefined;
    if (!e) continue;
    m.gender ??= e.gender;
    m.roles = e.roles;
  }
  return mentions;
}

/** The words of an apposition right after a name: ", Sprecherin der Polizei," (up to three words). */
function appositionAfter(words: readonly Word[], after: number): Word[] {
  if (words[after]?.text !== ',') return [];
  const out: Word[] = [];
  for (let k = after + 1; k < words.length && k <= after + 3; k++) {
    const w = words[k]!;
    if (isPunct(w)) break;
    out.push(w);
  }
  return out;
}

/** A person mention without trailing lower-case words a tagger slip may have added ("Barack Obama will"). */
function trimMention(
  words: readonly Word[],
  text: string,
  e: EntityMentionRecord,
): Span & { text: string; entity: string | null } {
  const inside = spansWithin(words, e);
  let last = inside.length - 1;
  while (last > 0 && !isCapitalized(inside[last]!.text)) last--;
  const end = last >= 0 ? inside[last]!.end : e.end;
  return { start: e.start, end, text: text.slice(e.start, end), entity: e.entity };
}
