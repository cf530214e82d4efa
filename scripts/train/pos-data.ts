/**
 * Annotated German data for the POS tagger, as surface-token sentences:
 * UD German GSD (CoNLL-U; multiword tokens "im" = "in"+"dem" become one APPRART
 * token, as crosscheck's tokenizer keeps them) and EmpiriST 2015 (STTS_IBK mapped to
 * STTS, UPOS mapped to GSD's conventions).
 */
import { readFileSync } from 'node:fs';
import { readConlluFile } from '../eval/lib/conllu.js';

export interface PosToken {
  form: string;
  xpos: string;
  upos: string;
  lemma: string;
}
export type PosSentence = PosToken[];

export function readGsd(path: string): PosSentence[] {
  return readConlluFile(path).map((s) =>
    s.tokens.map((t) => {
      if (!t.multiword) {
        const w = t.words[0]!;
        return { form: t.form, xpos: w.xpos, upos: w.upos, lemma: w.lemma };
      }
      const first = t.words[0];
      return { form: t.form, xpos: 'APPRART', upos: 'ADP', lemma: first?.lemma ?? t.form };
    }),
  );
}

/** STTS_IBK tags outside plain STTS → STTS (EmpiriST guidelines, closest tag). */
const IBK_TO_STTS: Record<string, string> = {
  PTKIFG: 'ADV',
  PTKMA: 'ADV',
  PTKMWL: 'ADV',
  ADVART: 'ADV',
  EMOASC: 'XY',
  EMOIMG: 'XY',
  AKW: 'ITJ',
  ONO: 'ITJ',
  HST: 'XY',
  ADR: 'XY',
  URL: 'XY',
  EML: 'XY',
  DM: 'ADV',
  VVPPER: 'VVFIN',
  VAPPER: 'VAFIN',
  VMPPER: 'VMFIN',
  PPERPPER: 'PPER',
  KOUSPPER: 'KOUS',
  APPRPPER: 'APPR',
};

export function readEmpirist(paths: string[]): PosSentence[] {
  const sentences: PosSentence[] = [];
  for (const path of paths) {
    let current: PosSentence = [];
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      if (line.trim() === '') {
        if (current.length > 0) sentences.push(current);
        current = [];
        continue;
      }
      const [form, ibk, upos, , lemmaSurface] = line.split('\t');
      if (!form || !ibk || !upos) continue;
      current.push({ form, xpos: IBK_TO_STTS[ibk] ?? ibk, upos, lemma: lemmaSurface ?? form });
    }
    if (current.length > 0) sentences.push(current);
  }
  return sentences;
}

/**
 * Rewrites UPOS of `sentences` to the conventions of `reference` (GSD): the most
 * frequent UPOS of the same (lower-cased form, XPOS) in the reference, else the
 * token's own UPOS if the reference ever pairs it with that XPOS, else the
 * reference's most frequent UPOS for the XPOS.
 */
export function harmoniseUpos(sentences: PosSentence[], reference: PosSentence[]): void {
  const byWord = new Map<string, Map<string, number>>();
  const byTag = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, k: string, v: string) => {
    let inner = m.get(k);
    if (!inner) m.set(k, (inner = new Map()));
    inner.set(v, (inner.get(v) ?? 0) + 1);
  };
  for (const s of reference)
    for (const t of s) {
      bump(byWord, t.form.toLowerCase() + '\t' + t.xpos, t.upos);
      bump(byTag, t.xpos, t.upos);
    }
  const top = (m: Map<string, number> | undefined) =>
    m ? [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : undefined;
  for (const s of sentences)
    s.forEach((t, i) => {
      const word = top(byWord.get(t.form.toLowerCase() + '\t' + t.xpos));
      if (word) t.upos = word;
      else if (!byTag.get(t.xpos)?.has(t.upos)) t.upos = top(byTag.get(t.xpos)) ?? t.upos;
      // GSD: "haben" is AUX only with a participle or infinitive in its clause.
      if (t.xpos.startsWith('VA') && t.lemma === 'haben') {
        const verbLater = s.slice(i + 1).some((u) => /^V[VAM](PP|INF|IZU)$/.test(u.xpos));
        t.upos = verbLater ? 'AUX' : 'VERB';
      }
    });
}

/** Word forms of the GermEval 2014 NER files (column 2), one array per sentence; tags ignored. */
export function readGermevalSentences(path: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const form = line.split('\t')[1];
    if (form) current.push(form);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}
