import { NEGATORS } from './claim-words.js';
import data from './data/polarity.de.json' with { type: 'json' };

/**
 * What one clause of a sentence asserts or denies: a predicate (a group of the
 * antonym lexicon, or a plain verb or predicative adjective) with its polarity.
 * "Der Damm hat nicht gehalten" and "Der Damm brach" both give halten −1;
 * "sei ausgeschlossen" gives möglich −1 and "könne man nicht ausschließen" möglich +1.
 */
export interface Predication {
  /** `g:<group id>` for a lexicon group, `w:<lemma>` for any other predicate. */
  key: string;
  polarity: 1 | -1;
  /** Said as a possibility, a condition or a question, not as a fact: never contradicts a fact. */
  speculative: boolean;
  /** Offsets of the predicate word. */
  start: number;
  end: number;
  /** Offsets of the nouns and names of its clause: what the predicate is said of. */
  clauseNouns: { start: number; end: number }[];
}

/** The token facts polarity needs, free of the document record so that tests can build them. */
export interface PolarityToken {
  start: number;
  end: number;
  /** The form as written. */
  form: string;
  lemma?: string | undefined;
  upos?: string | undefined;
  xpos?: string | undefined;
  kind: string;
}

/** The polarity view of a document's tokens: each with its written form. */
export function polarityTokens(
  text: string,
  tokens: readonly {
    start: number;
    end: number;
    lemma?: string;
    upos?: string;
    xpos?: string;
    kind: string;
  }[],
): PolarityToken[] {
  return tokens.map((t) => ({
    start: t.start,
    end: t.end,
    form: text.slice(t.start, t.end),
    lemma: t.lemma,
    upos: t.upos,
    xpos: t.xpos,
    kind: t.kind,
  }));
}

interface LexiconEntry {
  group: string;
  sign: 1 | -1;
  modal: boolean;
  requires?: string;
}

/** Lemma or form (lower case) → its group and side. */
const LEXICON = new Map<string, LexiconEntry[]>();
for (const group of data.groups) {
  const modal = 'modal' in group && group.modal === true;
  const sides: [readonly (string | { word: string; requires: string })[], 1 | -1][] = [
    [group.affirm, 1],
    [group.deny, -1],
  ];
  for (const [words, sign] of sides) {
    for (const entry of words) {
      const [word, requires] =
        typeof entry === 'string' ? [entry, undefined] : [entry.word, entry.requires];
      const list = LEXICON.get(word) ?? [];
      list.push({ group: group.id, sign, modal, ...(requires ? { requires } : {}) });
      LEXICON.set(word, list);
    }
  }
}

const PARTICLES: ReadonlySet<string> = new Set(data.separableParticles);
const SPECULATIVE: ReadonlySet<string> = new Set(data.speculative);
const NOT_NEGATING: ReadonlySet<string> = new Set(data.notNegating);
const WEAK_VERBS: ReadonlySet<string> = new Set(data.weakVerbs);
const DEMAND_VERBS: ReadonlySet<string> = new Set(data.demandVerbs);
const CONDITIONS: ReadonlySet<string> = new Set(data.conditions);
const ENDED_STATE: ReadonlySet<string> = new Set(data.endedState);
/** Words that open a new clause: a negation before them does not reach past them. */
const CLAUSE_UPOS = new Set(['CCONJ', 'SCONJ']);
const PREDICATE_XPOS = /^(VV|ADJD)/;

/** The lexicon entries of a word, for tests and for the finder's explanations. */
export function lexiconEntries(word: string): readonly LexiconEntry[] {
  return LEXICON.get(word) ?? [];
}

/**
 * One key for a verb and its participle used as an adjective, which the tagger
 * lemmatizes apart: "sperren" and "gesperrt" → "sperr".
 */
export function verbStem(lemma: string): string {
  if (lemma.startsWith('ge') && lemma.endsWith('t') && lemma.length > 5) return lemma.slice(2, -1);
  if (lemma.endsWith('en') && lemma.length > 4) return lemma.slice(0, -2);
  if (lemma.endsWith('n') && lemma.length > 4) return lemma.slice(0, -1);
  return lemma;
}

/** Verbs that say nothing of their own ("sein", "sagen", "liegen"): no evidence that two sentences state one fact. */
export function isWeakVerb(lemma: string): boolean {
  return WEAK_VERBS.has(lemma);
}

/**
 * The predications of one sentence, clause by clause. A negator flips every
 * predicate of its own clause — German puts "nicht" after the finite verb
 * ("hielt nicht") and before the participle ("hat nicht gehalten") — but not
 * those of another clause: clauses end at punctuation and conjunctions.
 */
export function predicationsOf(tokens: readonly PolarityToken[]): Predication[] {
  const words = tokens.map((t) => ({
    token: t,
    lower: t.form.toLowerCase(),
    lemma: (t.lemma ?? t.form).toLowerCase(),
  }));
  joinSeparableVerbs(words);
  const question = tokens.some((t) => t.form === '?');

  const predications: Predication[] = [];
  let clause: typeof words = [];
  let demanded = false;
  let consequence = false;
  const flush = () => {
    if (clause.length === 0) return;
    // "Sie verlangte, dass kein Haus geschlossen wird": a wish, not a fact.
    const wish = demanded && clause[0]!.lower === 'dass';
    predications.push(...clausePredications(clause, question || wish || consequence));
    demanded = clause.some((w) => DEMAND_VERBS.has(w.lemma)) || (wish && demanded);
    // "Wer jetzt nicht saniert, schließt das Bad", "Wenn der Damm bricht, wird …":
    // the clause after a condition is its consequence, not a fact.
    consequence = CONDITIONS.has(clause[0]!.lower);
    clause = [];
  };
  for (const word of words) {
    const boundary = word.token.kind === 'punct' || word.token.kind === 'quote';
    if (boundary || CLAUSE_UPOS.has(word.token.upos ?? '')) {
      flush();
      if (boundary) continue;
    }
    clause.push(word);
  }
  flush();
  // "Die USA haben Kiew nie erlaubt, … – bis jetzt": a state the report says has
  // ended is history, not a claim about now, and contradicts no report of the change.
  const lowers = words.filter((w) => w.token.kind !== 'punct').map((w) => w.lower);
  const ended =
    lowers.some((w, i) => ENDED_STATE.has(w) || ENDED_STATE.has(`${w} ${lowers[i + 1] ?? ''}`)) ||
    lowers.slice(-2).join(' ') === 'bis jetzt';
  return ended ? predications.map((p) => ({ ...p, speculative: true })) : predications;
}

type Word = { token: PolarityToken; lower: string; lemma: string; consumed?: boolean };

/** "lehnte den Antrag ab" → ablehnen: a separated particle at the clause end joins its verb. */
function joinSeparableVerbs(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const isParticle =
      w.token.xpos === 'PTKVZ' ||
      (PARTICLES.has(w.lower) &&
        w.token.upos === 'ADP' &&
        (i + 1 === words.length || words[i + 1]!.token.kind === 'punct'));
    if (!isParticle || !PARTICLES.has(w.lower)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const v = words[j]!;
      if (v.token.kind === 'punct') break;
      if (v.token.xpos === 'VVFIN' || v.token.xpos === 'VVIMP') {
        v.lemma = w.lower + v.lemma;
        w.consumed = true;
        break;
      }
    }
  }
}

function clausePredications(clause: readonly Word[], question: boolean): Predication[] {
  let negations = 0;
  let speculative = question;
  const lemmas = new Set(clause.map((w) => w.lemma));
  clause.forEach((w, i) => {
    if (SPECULATIVE.has(w.lower)) speculative = true;
    if (!NEGATORS.has(w.lower)) return;
    if (NOT_NEGATING.has(clause[i + 1]?.lower ?? '')) return;
    negations++;
  });
  const flip = negations % 2 === 1 ? -1 : 1;

  const clauseNouns = clause
    .filter((w) => w.token.upos === 'NOUN' || w.token.upos === 'PROPN')
    .map((w) => ({ start: w.token.start, end: w.token.end }));
  const found: Predication[] = [];
  for (const w of clause) {
    if (w.consumed) continue;
    const entries = [
      ...lexiconEntries(w.lemma),
      ...(w.lemma === w.lower ? [] : lexiconEntries(w.lower)),
    ];
    // An attributive adjective describes, it does not assert: "unverletzte Fahrgäste".
    // A word may belong to two groups: "bleibt erhalten" is neither closed nor abolished.
    const groups =
      w.token.xpos === 'ADJA' ? [] : entries.filter((e) => !e.requires || lemmas.has(e.requires));
    const span = { start: w.token.start, end: w.token.end, clauseNouns };
    for (const entry of new Map(groups.map((e) => [e.group, e])).values()) {
      found.push({
        key: `g:${entry.group}`,
        polarity: (entry.sign * flip) as 1 | -1,
        speculative: speculative && !entry.modal,
        ...span,
      });
    }
    if (groups.length > 0) continue;
    if (
      PREDICATE_XPOS.test(w.token.xpos ?? '') &&
      w.token.upos !== 'AUX' &&
      !WEAK_VERBS.has(w.lemma)
    ) {
      found.push({ key: `w:${verbStem(w.lemma)}`, polarity: flip, speculative, ...span });
    }
  }
  // "Ein Verfahren werde es nicht geben", "Es gab keine Verletzten" deny that the
  // thing exists at all; a clause that does something with it ("leitete ein
  // Verfahren ein", "Die Verletzten wurden in Kliniken gebracht") affirms it.
  const existential = lemmas.has('geben') && clause.some((w) => w.lower === 'es');
  const acts = found.some((p) => p.key.startsWith('w:') || p.key.startsWith('g:'));
  if ((existential && flip === -1) || (!existential && flip === 1 && acts)) {
    // What is denied to exist is the first noun ("Ein Verfahren gegen ihn", "keine Verletzten").
    const nouns = clause.filter((w) => w.token.upos === 'NOUN');
    for (const w of existential ? nouns.slice(0, 1) : nouns) {
      found.push({
        key: `x:${w.lemma}`,
        polarity: existential ? -1 : 1,
        speculative,
        start: w.token.start,
        end: w.token.end,
        clauseNouns,
      });
    }
  }
  return found;
}
