/**
 * The NER pipeline component: tags each sentence's tokens with the NER model,
 * marks weapon and equipment systems from the curated list (MISC, subtype
 * "equipment", with their kind), and groups all mentions into document-level
 * entities (`entity` ids). Needs `doc.tokens`; uses `doc.sentences` when filled
 * (otherwise the whole text is one sequence, cut at sentence punctuation).
 */
import type { EntityMentionRecord, TokenRecord } from '../contract/types.js';
import type { Doc } from '../doc.js';
import { findEquipment, type EquipmentMatch } from '../entities/equipment.js';
import { GERMAN_ENTITIES, type EntityLanguage } from '../entities/language.js';
import { resolveEntities } from '../entities/resolve.js';
import type { PipelineComponent } from '../pipeline/pipeline.js';
import { decodeSequenceModel, SequenceModel } from '../tagging/index.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { WordClusters } from '../lexicon/word-clusters.js';
import { bioToSpans, classToTypeForm } from './labels.js';
import { createNerResources } from './resources.js';
import { NerTagger } from './tagger.js';

/** Longest token run tagged at once when no sentence layer exists. */
const MAX_RUN = 200;

/**
 * `lexicon`: the German lexicon (models/lexicon-de.bin) the model was trained
 * with; without it the tagger falls back to the small shipped gazetteer and
 * loses its word-class features, which costs accuracy. `clusters`: the word
 * clusters (models/clusters-de.bin, as bytes or loaded) for models trained with
 * cluster features (feature version 6); such a model needs them.
 */
export function createNerComponent(
  model: SequenceModel | Uint8Array,
  lexicon?: Lexicon,
  clusters?: WordClusters | Uint8Array,
): PipelineComponent {
  const sequenceModel = model instanceof SequenceModel ? model : decodeSequenceModel(model);
  const wordClusters = clusters instanceof Uint8Array ? WordClusters.fromBytes(clusters) : clusters;
  const tagger = new NerTagger(
    sequenceModel,
    createNerResources({ lexicon, clusters: wordClusters }),
  );
  return createTaggerNerComponent(tagger, GERMAN_ENTITIES);
}

/**
 * The NER component around a tagger of any language: `language` holds the
 * titles, roles, derived words and aliases that role handling and entity
 * resolution use (`GERMAN_ENTITIES`, `ENGLISH_ENTITIES`).
 */
export function createTaggerNerComponent(
  tagger: NerTagger,
  language: EntityLanguage,
): PipelineComponent {
  return {
    name: 'ner',
    apply(doc: Doc) {
      const tagged = namesAfterTitles(doc, tagMentions(doc, tagger, language), language);
      const mentions = retypeAfterRoles(
        doc,
        language.options.derivedByList ? withListedDerived(doc, tagged, language) : tagged,
        language,
      );
      const withEquipment = mergeEquipment(mentions, findEquipment(doc.text), doc.text);
      const resolution = resolveEntities(
        withEquipment.map((m) => ({
          text: m.equipmentName ?? m.text,
          type: m.type,
          form: m.equipmentName ? 'name' : m.form,
        })),
        language,
      );
      withEquipment.forEach((m, i) => {
        const record: EntityMentionRecord = {
          start: m.start,
          end: m.end,
          text: m.text,
          type: m.type,
          form: m.form,
          entity: resolution.entityOf[i]!,
        };
        if (m.subtype) record.subtype = m.subtype;
        if (m.kind) record.kind = m.kind;
        doc.entities.push(record);
      });
    },
  };
}

interface Mention extends Omit<EntityMentionRecord, 'entity'> {
  /** Canonical system name for equipment (what resolution groups by). */
  equipmentName?: string;
}

/** Token runs to tag: the sentences, or runs cut at sentence punctuation when there are none. */
function tokenRuns(doc: Doc): TokenRecord[][] {
  const tokens = doc.tokens;
  if (doc.sentences.length > 0) {
    const runs: TokenRecord[][] = [];
    let t = 0;
    for (const sentence of doc.sentences) {
      while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
      const run: TokenRecord[] = [];
      while (t < tokens.length && tokens[t]!.end <= sentence.end) run.push(tokens[t++]!);
      if (run.length > 0) runs.push(run);
    }
    return runs;
  }
  const runs: TokenRecord[][] = [];
  let run: TokenRecord[] = [];
  for (const token of tokens) {
    run.push(token);
    const text = doc.text.slice(token.start, token.end);
    if (
      ((text === '.' || text === '!' || text === '?') && run.length > 3) ||
      run.length >= MAX_RUN
    ) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function tagMentions(doc: Doc, tagger: NerTagger, language: EntityLanguage): Mention[] {
  const mentions: Mention[] = [];
  for (const run of tokenRuns(doc)) {
    const words = run.map((t) => doc.text.slice(t.start, t.end));
    for (const span of withoutRoleWords(bioToSpans(tagger.tag(words)), words, language)) {
      const start = run[span.start]!.start;
      const end = run[span.end - 1]!.end;
      mentions.push({
        start,
        end,
        text: doc.text.slice(start, end),
        ...classToTypeForm(span.label),
      });
    }
  }
  return propagateNames(doc, mentions);
}

/**
 * Titles and roles are not part of a person's name (GermEval guidelines):
 * leading role words are cut from a PER span ("Bürgermeisterin Petra
 * Lindqvist" → "Petra Lindqvist"), and a PER span of role words only is
 * dropped when a capitalised word follows ("sagte Feuerwehrchef Jonas Reuter":
 * the model may tag "Feuerwehrchef" as a person of its own). Done before
 * document-level propagation, so a role word never spreads as a name.
 */
export function withoutRoleWords<S extends { label: string; start: number; end: number }>(
  spans: readonly S[],
  words: readonly string[],
  language: EntityLanguage = GERMAN_ENTITIES,
): S[] {
  const out: S[] = [];
  for (const span of spans) {
    if (span.label !== 'PER') {
      out.push(span);
      continue;
    }
    let start = span.start;
    while (start < span.end && language.isRoleWord(words[start]!)) start++;
    if (start < span.end)
      start = Math.max(start, span.start + language.nameStart(words.slice(span.start, span.end)));
    if (start === span.start) out.push(span);
    else if (start < span.end) out.push({ ...span, start });
    else if (!/^\p{Lu}/u.test(words[span.end] ?? '')) out.push(span);
  }
  return out;
}

/**
 * Up to three capitalised words right after a title that stands before
 * persons only ("Mr. Zelensky", "President Volodymyr Zelensky"), none of them
 * a role word or inside a mention, become a person when the model left them
 * untagged. The language's data lists such titles (`personTitles`); with none
 * listed nothing changes. Run before name propagation, so the name spreads.
 */
function namesAfterTitles(doc: Doc, mentions: Mention[], language: EntityLanguage): Mention[] {
  const tokens = doc.tokens;
  const covered = (token: TokenRecord) =>
    mentions.some((m) => m.start < token.end && m.end > token.start);
  const added: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!language.isPersonTitle(doc.text.slice(tokens[i]!.start, tokens[i]!.end))) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3) {
      const token = tokens[j]!;
      const text = doc.text.slice(token.start, token.end);
      if (token.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(text)) break;
      if (language.isRoleWord(text) || covered(token)) break;
      // Words must follow each other directly, separated by a space only.
      if (j > i + 1 && token.start - tokens[j - 1]!.end !== 1) break;
      j++;
    }
    if (j === i + 1) continue;
    // A name followed by more capitalised words is left to the model ("President Biden Administration").
    const next = tokens[j];
    if (
      next &&
      next.kind === 'word' &&
      /^\p{Lu}/u.test(doc.text.slice(next.start, next.end)) &&
      !covered(next)
    )
      continue;
    const start = tokens[i + 1]!.start;
    const end = tokens[j - 1]!.end;
    added.push({ start, end, text: doc.text.slice(start, end), type: 'PER', form: 'name' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Capitalised words the language's data derives from a place ("Ukrainian",
 * "Russians"), outside the model's mentions, become derived mentions of that
 * place: type LOC, form "derived", as GermEval's LOCderiv ("ukrainischen"),
 * so that both languages' reports record them alike. Words inside a mention
 * are left alone ("South African Airways" tagged ORG stays one name).
 */
function withListedDerived(doc: Doc, mentions: Mention[], language: EntityLanguage): Mention[] {
  const added: Mention[] = [];
  let k = 0;
  for (const token of doc.tokens) {
    while (k < mentions.length && mentions[k]!.end <= token.start) k++;
    if (k < mentions.length && mentions[k]!.start <= token.start) continue;
    if (token.kind !== 'word') continue;
    const text = doc.text.slice(token.start, token.end);
    if (!/^\p{Lu}/u.test(text) || language.derivedBase(text) === null) continue;
    added.push({ start: token.start, end: token.end, text, type: 'LOC', form: 'derived' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Equipment matches replace the model's mentions they overlap ("ATACMS" tagged
 * ORG, "US-ATACMS-Raketen" tagged LOCpart) and are added where the model saw
 * nothing. A plain-name model mention that only partly overlaps a compound
 * match keeps its own span.
 */
function mergeEquipment(mentions: Mention[], matches: EquipmentMatch[], text: string): Mention[] {
  const out = mentions.filter(
    (m) => !matches.some((e) => e.start < m.end && e.end > m.start && covers(e, m)),
  );
  for (const e of matches) {
    const overlapping = out.filter((m) => m.start < e.end && m.end > e.start);
    if (overlapping.length > 0) {
      // A longer MISC name around the system ("American ATACMS") names that system.
      for (const m of overlapping) {
        if (m.type !== 'MISC' || m.subtype) continue;
        m.subtype = 'equipment';
        m.kind = e.system.kind;
        m.equipmentName = e.system.name;
      }
      continue;
    }
    out.push({
      start: e.start,
      end: e.end,
      text: text.slice(e.start, e.end),
      type: 'MISC',
      form: e.form,
      subtype: 'equipment',
      kind: e.system.kind,
      equipmentName: e.system.name,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The equipment match covers the mention, or the mention covers little more than the match. */
function covers(e: EquipmentMatch, m: Mention): boolean {
  return (
    (e.start <= m.start && e.end >= m.end) ||
    (m.start >= e.start - 1 && m.end <= e.end + 1) ||
    m.end - m.start <= e.end - e.start + 4
  );
}

/**
 * Document-level consistency: a capitalised token the model left untagged gets
 * the type that the same word has elsewhere in the document as a one-word name
 * or as the surname of a person ("Farkas" after "Evelyn Farkas"; "Vances" after
 * "Vance" as a genitive). News reports repeat their names, and the model, which
 * sees one sentence at a time, misses some repetitions.
 */
function propagateNames(doc: Doc, mentions: Mention[]): Mention[] {
  const known = new Map<string, EntityMentionRecord['type']>();
  for (const m of mentions) {
    if (m.form !== 'name' || m.type === 'MISC') continue;
    const words = m.text.split(' ');
    if (words.length === 1) known.set(m.text, m.type);
    else if (m.type === 'PER' && !NAME_SUFFIX.test(words.at(-1)!)) known.set(words.at(-1)!, 'PER');
  }
  if (known.size === 0) return mentions;
  const added: Mention[] = [];
  let k = 0;
  for (const token of doc.tokens) {
    while (k < mentions.length && mentions[k]!.end <= token.start) k++;
    const inside = k < mentions.length && mentions[k]!.start <= token.start;
    if (inside || token.kind !== 'word') continue;
    const text = doc.text.slice(token.start, token.end);
    if (!/^\p{Lu}\p{Ll}/u.test(text)) continue;
    const type =
      known.get(text) ??
      (text.endsWith('s') && known.get(text.slice(0, -1)) === 'PER' ? 'PER' : undefined);
    if (type) added.push({ start: token.start, end: token.end, text, type, form: 'name' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * A short name right after a title or role ("Kremlsprecher Dmitri Peskow", "der
 * zum Vizepräsidenten gewählten JD Vance") is a person, whatever type the model
 * gave it as ORG or MISC (LOC is left alone: "Präsident Russlands"). Adjectives
 * between role and name (gewählten, designierte) are skipped, articles are not
 * ("Chef der Bundesagentur" stays ORG).
 */
function retypeAfterRoles(doc: Doc, mentions: Mention[], language: EntityLanguage): Mention[] {
  const tokens = doc.tokens;
  let t = 0;
  for (const m of mentions) {
    if ((m.type !== 'ORG' && m.type !== 'MISC') || m.form !== 'name' || m.subtype) continue;
    if (m.text.split(' ').length > 3) continue;
    if (!/^\p{Lu}/u.test(m.text)) continue;
    while (t < tokens.length && tokens[t]!.start < m.start) t++;
    let k = t - 1;
    while (
      k >= 0 &&
      k >= t - 3 &&
      language.isRoleModifier(doc.text.slice(tokens[k]!.start, tokens[k]!.end))
    )
      k--;
    if (k < 0 || k < t - 3) continue;
    const before = doc.text.slice(tokens[k]!.start, tokens[k]!.end);
    if (/^\p{Lu}/u.test(before) && language.isTitleOrRole(before)) m.type = 'PER';
  }
  return mentions;
}
