import { applyLemmaEdit, lemmaEdit, type Lexicon } from '../lexicon/lexicon.js';
import { closedClassReadings } from './closed-class.js';
import { compoundHead } from './word-features.js';

/**
 * Lemma data learned at training time and stored in the POS model's metadata:
 * lemmas of (form, STTS) pairs seen in the annotated data (UD GSD conventions),
 * and suffix rules for words that neither the data nor the lexicon knows.
 */
export interface LemmaData {
  /** "form\tTAG" → lemma, from the training data. */
  memory: Record<string, string>;
  /** "TAG\tsuffix" → edit (see `lemmaEdit`), longest suffix first at lookup. */
  suffixRules: Record<string, string>;
  /** Longest suffix length in `suffixRules`. */
  maxSuffix: number;
}

/** Tags whose lemma is the form itself (numbers, punctuation, foreign material…). */
const IDENTITY_TAGS = new Set(['CARD', '$.', '$,', '$(', 'XY', 'FM', 'ITJ', 'TRUNC']);
const NOUN_TAGS = new Set(['NN', 'NE']);
/** Lexicon readings to borrow when the predicted tag has none (e.g. tagger says ADJD, lexicon knows ADJA). */
const RELATED: Record<string, string[]> = {
  NN: ['NE'],
  NE: ['NN'],
  ADJD: ['ADJA'],
  ADJA: ['ADJD'],
  VVFIN: ['VAFIN', 'VMFIN', 'VVIMP'],
  VAFIN: ['VVFIN'],
  VVINF: ['VAINF', 'VMINF', 'VVFIN'],
  VAINF: ['VVINF'],
  VVPP: ['VAPP', 'ADJD'],
  VVIMP: ['VVFIN'],
  VMFIN: ['VVFIN'],
  ADV: ['ADJD', 'PAV'],
};

export class Lemmatizer {
  private readonly memory: Map<string, string>;
  private readonly rules: Map<string, string>;
  /** Memo of (form, tag) → lemma for everything but names (whose lemma depends on the document). */
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly data: LemmaData,
  ) {
    this.memory = new Map(Object.entries(data.memory));
    this.rules = new Map(Object.entries(data.suffixRules));
  }

  /**
   * Lemma of `form` tagged `tag`. `knownNames` (optional) holds name forms seen
   * elsewhere in the document, so "Farkas" stays but "Müllers" → "Müller" when
   * "Müller" occurs too.
   */
  lemmatize(form: string, tag: string, knownNames?: ReadonlySet<string>): string {
    if (IDENTITY_TAGS.has(tag)) return tag === 'CARD' ? lowerInitial(form) : form;
    if (tag === 'NE') return this.uncachedLemma(form, tag, knownNames);
    const key = form + '\t' + tag;
    let lemma = this.cache.get(key);
    if (lemma === undefined) {
      if (this.cache.size >= 100_000) this.cache.clear();
      lemma = this.uncachedLemma(form, tag);
      this.cache.set(key, lemma);
    }
    return lemma;
  }

  private uncachedLemma(form: string, tag: string, knownNames?: ReadonlySet<string>): string {
    const closed = closedClassReadings(form);
    if (closed) for (const [t, lemma] of closed) if (t === tag) return lemma;
    const remembered = this.memory.get(form + '\t' + tag);
    if (remembered !== undefined) return remembered;
    if (tag === 'NE') return this.nameLemma(form, knownNames);
    const fromLexicon = this.lexiconLemma(form, tag);
    if (fromLexicon !== null) return fromLexicon;
    return this.unknownLemma(form, tag);
  }

  private lexiconLemma(form: string, tag: string): string | null {
    const variants = [form];
    const first = form[0] ?? '';
    const lowerFirst = first.toLowerCase() + form.slice(1);
    const upperFirst = first.toUpperCase() + form.slice(1);
    if (NOUN_TAGS.has(tag)) {
      if (upperFirst !== form) variants.push(upperFirst);
    } else if (lowerFirst !== form) variants.push(lowerFirst);
    for (const v of variants) {
      const p = this.lexicon.lookup(v);
      if (!p) continue;
      const direct = this.readingLemma(v, p.edits, tag);
      if (direct !== null) return direct;
      for (const related of RELATED[tag] ?? []) {
        for (const e of p.edits) if (e.tag === related) return applyLemmaEdit(v, e.edit);
      }
    }
    return null;
  }

  /**
   * Lemma of the first reading with `tag`; for participles with several (geleitet:
   * leiten/geleiten) the shortest, which is the verb without the ge- prefix.
   */
  private readingLemma(
    form: string,
    edits: readonly { tag: string; edit: string }[],
    tag: string,
  ): string | null {
    let best: string | null = null;
    for (const e of edits) {
      if (e.tag !== tag) continue;
      const lemma = applyLemmaEdit(form, e.edit);
      if (best === null) best = lemma;
      else if (tag === 'VVPP' && lemma.length < best.length) best = lemma;
      if (tag !== 'VVPP') break;
    }
    return best;
  }

  /** Compound heads first ("US-ATACMS-Raketen" → "US-ATACMS-Rakete"), then suffix rules. */
  private unknownLemma(form: string, tag: string): string {
    const head = compoundHead(form, this.lexicon);
    if (head) {
      const headLemma =
        this.lexiconLemma(head.head, tag) ?? this.lexiconLemma(capitalise(head.head), tag);
      if (headLemma !== null) {
        const prefix = form.slice(0, form.length - head.head.length);
        // Inside a closed compound the head is lower case ("Parfüm" + "kreation").
        const joined = prefix.endsWith('-') || prefix === '' ? headLemma : headLemma.toLowerCase();
        return prefix + joined;
      }
    }
    return this.suffixRule(form, tag);
  }

  private suffixRule(form: string, tag: string): string {
    const lower = form.toLowerCase();
    for (let k = Math.min(this.data.maxSuffix, lower.length - 1); k >= 1; k--) {
      const edit = this.rules.get(tag + '\t' + lower.slice(-k));
      if (edit !== undefined)
        return applyLemmaEdit(NOUN_TAGS.has(tag) ? form : lowerInitial(form), edit);
    }
    return NOUN_TAGS.has(tag) ? form : lowerInitial(form);
  }

  /** Names keep their form, minus a genitive -s when the bare name is known. */
  private nameLemma(form: string, knownNames?: ReadonlySet<string>): string {
    const p = this.lexicon.lookup(form);
    if (p) {
      for (const e of p.edits) {
        if (e.tag !== 'NE') continue;
        // Inflection (Trumps → Trump) and also old spellings (Russland → Rußland), as UD GSD's lemmas do.
        return applyLemmaEdit(form, e.edit);
      }
    }
    const last = form[form.length - 1];
    if (last === "'" || last === '’') return form.slice(0, -1);
    if (last === 's' && form.length > 2) {
      const bare = form.slice(0, -1);
      if (bare.endsWith('s')) return form;
      if (knownNames?.has(bare)) return bare;
      const q = this.lexicon.lookup(bare);
      if (q && (q.tags.includes('NE') || q.nameTypes.length > 0)) return bare;
    }
    const hyphen = form.lastIndexOf('-');
    if (hyphen > 0 && hyphen < form.length - 1) {
      const headLemma = this.lexiconLemma(form.slice(hyphen + 1), 'NN');
      if (headLemma !== null) return form.slice(0, hyphen + 1) + headLemma;
    }
    return form;
  }
}

/**
 * "Äusserst" → "äusserst", "Sieben" → "sieben": only nouns and names are lemmatised
 * with a capital, so a capital on anything else is the sentence start's. All-caps
 * words ("EU", "OBI") are left alone.
 */
function lowerInitial(form: string): string {
  if (form.length < 2) return form;
  const first = form[0]!;
  const second = form[1]!;
  if (first === first.toLowerCase() || second !== second.toLowerCase()) return form;
  return first.toLowerCase() + form.slice(1);
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * Learns lemma memory and suffix rules from (form, tag, lemma) triples. Suffix
 * rules keep, for each tag and suffix (1…maxSuffix chars), the most frequent
 * edit when it covers at least `minShare` of that suffix's examples.
 */
export function learnLemmaData(
  examples: Iterable<{ form: string; tag: string; lemma: string; memorise: boolean }>,
  maxSuffix = 6,
  minShare = 0.6,
): LemmaData {
  const memoryCounts = new Map<string, Map<string, number>>();
  const suffixCounts = new Map<string, Map<string, number>>();
  const bump = (outer: Map<string, Map<string, number>>, key: string, value: string) => {
    let inner = outer.get(key);
    if (!inner) outer.set(key, (inner = new Map()));
    inner.set(value, (inner.get(value) ?? 0) + 1);
  };
  for (const { form, tag, lemma, memorise } of examples) {
    if (memorise) bump(memoryCounts, form + '\t' + tag, lemma);
    if (IDENTITY_TAGS.has(tag)) continue;
    const edit = lemmaEdit(form, lemma);
    const strip = Number(edit.slice(edit[0] === '_' || edit[0] === '^' ? 1 : 0, edit.indexOf('.')));
    const lower = form.toLowerCase();
    // A suffix can only predict an edit that stays inside it.
    for (let k = Math.max(1, strip); k <= maxSuffix && k < lower.length; k++) {
      bump(suffixCounts, tag + '\t' + lower.slice(-k), edit);
    }
  }
  const best = (counts: Map<string, number>): [string, number, number] => {
    let top = '';
    let topCount = 0;
    let total = 0;
    for (const [value, count] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += count;
      if (count > topCount) [top, topCount] = [value, count];
    }
    return [top, topCount, total];
  };
  const memory: Record<string, string> = {};
  for (const key of [...memoryCounts.keys()].sort()) memory[key] = best(memoryCounts.get(key)!)[0];
  // Keep a rule only where it says something its one-shorter suffix does not:
  // lookup falls back to shorter suffixes anyway. Identity edits are kept where they
  // override a shorter rule ("-ss" names, "-us" nouns).
  const chosen = new Map<string, string>();
  for (const key of suffixCounts.keys()) {
    const [edit, count, total] = best(suffixCounts.get(key)!);
    if (count / total >= minShare && total >= 2) chosen.set(key, edit);
  }
  const effective = (tag: string, suffix: string): string => {
    for (let k = suffix.length; k >= 1; k--) {
      const edit = chosen.get(tag + '\t' + suffix.slice(-k));
      if (edit !== undefined) return edit;
    }
    return '0.';
  };
  const suffixRules: Record<string, string> = {};
  for (const key of [...chosen.keys()].sort()) {
    const tab = key.indexOf('\t');
    const tag = key.slice(0, tab);
    const suffix = key.slice(tab + 1);
    const edit = chosen.get(key)!;
    if (edit !== effective(tag, suffix.slice(1))) suffixRules[key] = edit;
  }
  return { memory, suffixRules, maxSuffix };
}
