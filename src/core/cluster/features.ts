/**
 * A report's clustering features from its analysis record: the keys two reports
 * of one story share — names, rare words, claim frames — and its day.
 */
import type { DocumentRecord } from '../contract/types.js';
import { detectDocumentDate } from '../dates/index.js';
import { resolveEntities } from '../entities/index.js';
import type { ReportFeatures } from './types.js';

/** Parts of speech whose lemmas carry what a story is about; function words carry nothing. */
const CONTENT_POS = new Set(['NOUN', 'PROPN']);
/** Headline and first sentence of the body. */
const LEAD_SENTENCES = 2;
/** A lead word counts as this many occurrences. */
const LEAD_WEIGHT = 2;
const DAY = /^\d{4}-\d{2}-\d{2}/;

export function reportFeatures(record: DocumentRecord, report: string): ReportFeatures {
  return {
    report,
    published: publishedDay(record),
    entities: entityKeys(record),
    terms: contentTerms(record),
    frames: frameKeys(record),
  };
}

/** The page's own publication date when it states one, else the dateline in the text. */
export function publishedDay(record: DocumentRecord): string | null {
  const stated = record.meta?.published;
  if (stated && DAY.test(stated) && validDay(stated.slice(0, 10))) return stated.slice(0, 10);
  return detectDocumentDate(record.text);
}

function validDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/**
 * Entities resolved across the record's mentions ("Carola Henning" … "Henning"
 * is one entity), keyed by the cross-document name key of the fullest name.
 */
function entityKeys(record: DocumentRecord): string[] {
  if (record.entities.length === 0) return [];
  const resolution = resolveEntities(
    record.entities.map((m) => ({ text: m.text, type: m.type, form: m.form })),
  );
  const keys: string[] = [];
  const seen = new Set<string>();
  // In order of first mention: the headline's and lead's names come first.
  const ordered = [...resolution.entities].sort(
    (a, b) => Math.min(...a.mentions) - Math.min(...b.mentions),
  );
  for (const entity of ordered) {
    if (entity.key.length < 2) continue;
    const key = `${entity.type}:${entity.key}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push(key);
  }
  return keys;
}

/**
 * Lemmas of nouns and proper nouns, and numbers written in digits ("41",
 * "130"): what differs between two events of one kind is mostly there — the
 * place, the company, the figures. Adjectives and verbs say more about the kind.
 */
function contentTerms(record: DocumentRecord): Record<string, number> {
  const terms: Record<string, number> = {};
  // The headline and the lead name the event; the later paragraphs add background.
  const leadEnd = record.sentences[LEAD_SENTENCES - 1]?.end ?? record.text.length;
  for (const token of record.tokens) {
    let term: string | null = null;
    if (token.upos !== undefined && CONTENT_POS.has(token.upos)) {
      const word =
        token.lemma && token.lemma !== '_'
          ? token.lemma
          : record.text.slice(token.start, token.end);
      term = word.toLowerCase();
      // A letter is needed: a bare symbol or a one-letter abbreviation tells nothing.
      if (term.length < 2 || !/\p{L}/u.test(term)) term = null;
    } else if (token.kind === 'number') {
      // "1.200" and "1200" are one number; "3" alone is too common to tell stories apart.
      const digits = record.text.slice(token.start, token.end).replace(/[.\s]/g, '');
      if (/^\d[\d,]*$/.test(digits) && digits.replace(/,.*/, '').length >= 2) term = `#${digits}`;
    }
    if (term !== null) terms[term] = (terms[term] ?? 0) + (token.end <= leadEnd ? LEAD_WEIGHT : 1);
  }
  return terms;
}

/** Bearer and attribute of each claim frame; a named bearer is marked, see ReportFeatures.frames. */
function frameKeys(record: DocumentRecord): string[] {
  const keys = new Set<string>();
  for (const frame of record.frames ?? []) {
    if (!frame.bearer || !frame.bearer.key || !frame.attribute.key) continue;
    keys.add(`${frame.bearer.named ? '!' : ''}${frame.bearer.key}|${frame.attribute.key}`);
  }
  return [...keys];
}
