import type { DocumentRecord } from '../contract/types.js';
import { lexiconEntries, verbStem, type Predication } from '../compare/polarity.js';
import { sidesTaken, type SideTaken } from '../compare/polarity-across.js';
import type { Statement } from '../compare/statements.js';
import { nameKey } from '../entities/index.js';
import { cognateKey } from './cognate.js';
import type { BilingualDictionary } from './dictionary.js';
import type { CrossWord } from './facts.js';
import { compoundParts, WordLinker } from './link.js';
import { crossLang, type CrossLang } from './words.js';

/** A foreign word stands for at most this many words of the pivot language (the dictionary's first senses that occur). */
const MAX_TARGETS = 3;

/**
 * Puts the statements of reports in different languages into one vocabulary,
 * so that the comparison's word similarity works across languages as within
 * one: every term of a report not in the pivot language (German when any
 * report is German) is replaced by the pivot-language terms the other reports
 * actually use that it links to — by the dictionary, the exonym and derived
 * name lists, a shared transliteration key or a cognate key (see link.ts).
 * Restricting translations to the words the other reports use chooses the
 * sense: "range" becomes "Reichweite" in a weapons story, not "Herd". A term
 * without a counterpart stays as it is (names and numbers often match as
 * written). Reports that all share one language are returned unchanged.
 */
export function projectStatements(
  documents: readonly DocumentRecord[],
  byDoc: readonly Statement[][],
  dictionary: BilingualDictionary | null,
  linker = new WordLinker(dictionary ?? { english: () => [], german: () => [], size: 0 }),
): Projection {
  const langs = documents.map((d) => crossLang(d.lang));
  const identity = (_doc: number, terms: Iterable<string>) => new Set(terms);
  if (new Set(langs).size < 2) return { byDoc: byDoc.map((s) => s), mapTerms: identity };
  const pivot: CrossLang = langs.includes('de') ? 'de' : langs[0]!;
  const vocabulary = new Set<string>();
  byDoc.forEach((statements, i) => {
    if (langs[i] === pivot)
      for (const s of statements) for (const t of s.terms.keys()) vocabulary.add(t);
  });
  // Who is quoted and who is named as a source are words of the story too ("der
  // Wetterdienst meldete"), though the statements leave them out as attribution.
  documents.forEach((doc, i) => {
    if (langs[i] !== pivot) return;
    const spans = [
      ...doc.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
      ...(doc.frames ?? []).flatMap((f) => (f.source ? [f.source] : [])),
    ];
    for (const span of spans)
      for (const w of doc.text
        .slice(span.start, span.end)
        .toLowerCase()
        .split(/[^\p{L}]+/u))
        if (w.length > 2) vocabulary.add(w);
  });
  // What the pivot-language reports assert or deny: the keys a projected statement can take a side on.
  const pivotKeys = new Set<string>();
  byDoc.forEach((statements, i) => {
    if (langs[i] === pivot)
      for (const s of statements) for (const p of s.predications) pivotKeys.add(p.key);
  });
  const byCognate = indexBy(vocabulary, cognateKey);
  const byName = indexBy(vocabulary, (t) => nameKey(t));
  const memo = new Map<string, string[]>();
  // The other way round: each pivot word under the words of the other language it
  // may translate to, its compound's parts included ("Küstenwache" → coast, guard;
  // "Wetterdienst" → weather, service), since the other language often writes a
  // closed compound as two words.
  const reverse = new Map<string, string[]>();
  for (const v of vocabulary) {
    const parts = dictionary ? compoundParts(v, (w) => dictionary.english(w)) : [];
    for (const part of [v, ...parts]) {
      for (const t of linker.translations(asWord(part), pivot)) {
        const list = reverse.get(t);
        if (!list) reverse.set(t, [v]);
        else if (!list.includes(v)) list.push(v);
      }
    }
  }
  const targetsOf = (term: string, lang: CrossLang): string[] => {
    let targets = memo.get(term);
    if (targets) return targets;
    targets = [];
    if (vocabulary.has(term)) targets.push(term);
    else {
      const word = asWord(term);
      for (const t of [...linker.translations(word, lang), ...(reverse.get(term) ?? [])]) {
        if (vocabulary.has(t) && !targets.includes(t)) targets.push(t);
        if (targets.length >= MAX_TARGETS) break;
      }
      for (const t of [
        ...(byName.get(nameKey(term)) ?? []),
        ...(byCognate.get(cognateKey(term)) ?? []),
      ])
        if (targets.length < MAX_TARGETS && !targets.includes(t)) targets.push(t);
    }
    memo.set(term, targets);
    return targets;
  };
  const mapSet = (set: Iterable<string>, lang: CrossLang) => {
    const out = new Set<string>();
    for (const t of set) {
      const targets = targetsOf(t, lang);
      if (targets.length === 0) out.add(t);
      else for (const x of targets) out.add(x);
    }
    return out;
  };
  const projected = byDoc.map((statements, i) => {
    const lang = langs[i]!;
    if (lang === pivot) return statements;
    return statements.map((s) => {
      const terms = new Map<string, number>();
      for (const [t, w] of s.terms) {
        const targets = targetsOf(t, lang);
        if (targets.length === 0) terms.set(t, (terms.get(t) ?? 0) + w);
        // One foreign word is one word's weight, shared by the senses it may stand for.
        else for (const x of targets) terms.set(x, (terms.get(x) ?? 0) + w / targets.length);
      }
      const names = mapSet(s.names, lang);
      const doc = documents[i]!;
      // The word a projected predicate stands on, for the finding's quotation ("overloaded").
      const locate = (term: string) =>
        doc.tokens.find(
          (t) =>
            t.start >= s.ref.start &&
            t.end <= s.ref.end &&
            [t.lemma?.toLowerCase(), doc.text.slice(t.start, t.end).toLowerCase()].includes(term),
        ) ?? s.ref;
      // The statement's words with the sides of the language's own polarity lexicon.
      const sides = sidesTaken(
        lang,
        doc.tokens
          .filter((t) => t.start >= s.ref.start && t.end <= s.ref.end && t.kind === 'word')
          .map((t) => {
            const form = doc.text.slice(t.start, t.end).toLowerCase();
            return { form, lemma: t.lemma?.toLowerCase() ?? form, start: t.start, end: t.end };
          }),
      );
      const predications = predicationsAcross(
        s,
        terms,
        names,
        pivotKeys,
        (t) => targetsOf(t, lang),
        locate,
        sides,
      );
      return {
        ...s,
        terms,
        compounds: mapSet(s.compounds, lang),
        names,
        carried: mapSet(s.carried, lang),
        predicates: mapSet(s.predicates, lang),
        negationScope: mapSet(s.negationScope, lang),
        predications: predications.map(([p]) => p),
        clauseTerms: new Map(predications),
      };
    });
  });
  return {
    byDoc: projected,
    mapTerms: (doc, terms) => (langs[doc] === pivot ? new Set(terms) : mapSet(terms, langs[doc]!)),
  };
}

/** Statements in one vocabulary, and the same mapping for other terms of a report (its quotations' words). */
export interface Projection {
  byDoc: Statement[][];
  /** A report's terms in the pivot language's words (unchanged for reports in the pivot language). */
  mapTerms(doc: number, terms: Iterable<string>): Set<string>;
}

/**
 * What a statement in another language asserts or denies, in the pivot
 * language's predicate keys: each of its words whose counterpart is a
 * predicate of a pivot-language report ("overloaded" → überladen, `w:überlad`),
 * or belongs to a group of the polarity lexicon, asserted — or denied when the
 * statement is negated ("had not been overloaded"). The polarity rules of
 * src/core/compare/polarity.ts read German clauses, so a foreign statement is
 * read as one clause; its clause terms are its other words.
 */
function predicationsAcross(
  s: Statement,
  terms: ReadonlyMap<string, number>,
  names: ReadonlySet<string>,
  pivotKeys: ReadonlySet<string>,
  targetsOf: (term: string) => string[],
  locate: (term: string) => { start: number; end: number },
  sides: readonly SideTaken[],
): [Predication, Set<string>][] {
  const sign = s.negated ? -1 : 1;
  const found = new Map<string, [Predication, Set<string>]>();
  const clauseWithout = (word: string) =>
    new Set([...terms.keys()].filter((t) => t !== word && !names.has(t)));
  // First the sides of the language's own lexicon ("denied", "ruled out"): its
  // words are chosen for their polarity, where a dictionary's senses are not.
  for (const side of sides) {
    const key = `g:${side.group}`;
    if (!pivotKeys.has(key) || found.has(key)) continue;
    const predication: Predication = {
      key,
      polarity: (side.sign * sign) as 1 | -1,
      // A group about possibility is not voided by a hedge ("may not be ruled out").
      speculative: s.hedges.length > 0 && !side.modal,
      start: side.start,
      end: side.end,
      clauseNouns: [],
    };
    found.set(key, [predication, clauseWithout('')]);
  }
  for (const term of s.terms.keys()) {
    for (const target of targetsOf(term)) {
      const keys: [string, 1 | -1][] = [[`w:${verbStem(target)}`, 1]];
      for (const entry of lexiconEntries(target)) keys.push([`g:${entry.group}`, entry.sign]);
      for (const [key, polarity] of keys) {
        if (!pivotKeys.has(key) || found.has(key)) continue;
        const clause = clauseWithout(target);
        const predication: Predication = {
          key,
          polarity: (polarity * sign) as 1 | -1,
          speculative: s.hedges.length > 0,
          start: locate(term).start,
          end: locate(term).end,
          clauseNouns: [],
        };
        found.set(key, [predication, clause]);
      }
    }
  }
  return [...found.values()];
}

function asWord(term: string): CrossWord {
  return { text: term, form: term, lemma: term, start: 0, end: 0, name: false, entity: false };
}

function indexBy(words: Iterable<string>, key: (w: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 5) continue;
    const k = key(w);
    const list = index.get(k);
    if (list) list.push(w);
    else index.set(k, [w]);
  }
  return index;
}
