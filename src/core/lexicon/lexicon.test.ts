import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLemmaEdit,
  encodeLexicon,
  Lexicon,
  lemmaEdit,
  type LexiconBuildEntry,
} from './lexicon.js';
import { ltNameSubtype, ltTagToStts } from './lt-tags.js';

const entries: LexiconBuildEntry[] = [
  { form: 'Häuser', readings: [{ tag: 'NN', lemma: 'Haus' }], nameTypes: [] },
  { form: 'Haus', readings: [{ tag: 'NN', lemma: 'Haus' }], nameTypes: [] },
  { form: 'Hausen', readings: [{ tag: 'NE', lemma: 'Hausen' }], nameTypes: ['STD'] },
  { form: 'Trumps', readings: [{ tag: 'NE', lemma: 'Trump' }], nameTypes: ['NAC'] },
  { form: 'sagte', readings: [{ tag: 'VVFIN', lemma: 'sagen' }], nameTypes: [] },
  { form: 'Gehen', readings: [{ tag: 'NN', lemma: 'gehen' }], nameTypes: [] },
  {
    form: 'sein',
    readings: [
      { tag: 'PPOSAT', lemma: 'sein' },
      { tag: 'VAINF', lemma: 'sein' },
    ],
    nameTypes: [],
  },
  // enough forms for several front-coded blocks
  ...Array.from({ length: 100 }, (_, i) => ({
    form: `Wort${String(i).padStart(3, '0')}`,
    readings: [{ tag: 'NN', lemma: `Wort${i}` }],
    nameTypes: [],
  })),
];

describe('lexicon', () => {
  const lexicon = Lexicon.fromBytes(encodeLexicon(entries, { test: true }, 8));

  it.each([
    ['Häuser', 'NN', 'Haus'],
    ['Trumps', 'NE', 'Trump'],
    ['sagte', 'VVFIN', 'sagen'],
    ['Gehen', 'NN', 'gehen'],
    ['sein', 'VAINF', 'sein'],
    ['Wort042', 'NN', 'Wort42'],
    ['Wort099', 'NN', 'Wort99'],
  ])('%s/%s → %s', (form, tag, lemma) => {
    expect(lexicon.lemma(form, tag)).toBe(lemma);
  });

  it.each(['haus', 'Hau', 'Häuserx', '', 'Wort100', 'zzz', 'A'])(
    'unknown form %j → null',
    (form) => {
      expect(lexicon.lookup(form)).toBeNull();
    },
  );

  it('gives ambiguity classes and name subtypes', () => {
    expect(lexicon.lookup('sein')?.ambiguityClass).toBe('PPOSAT|VAINF');
    expect(lexicon.nameTypes('Hausen')).toEqual(['STD']);
    expect(lexicon.nameTypes('Haus')).toEqual([]);
  });

  it('iterates every form in sorted order', () => {
    const forms = [...lexicon.entries()].map(([form]) => form);
    expect(forms).toEqual(entries.map((e) => e.form).sort());
  });

  it('finds every form it was built from (any forms)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 }),
        (forms) => {
          const clean = forms.filter((f) => !f.includes('\n'));
          const lx = Lexicon.fromBytes(
            encodeLexicon(
              clean.map((form) => ({
                form,
                readings: [{ tag: 'NN', lemma: form + 'x' }],
                nameTypes: [],
              })),
            ),
          );
          for (const form of clean) expect(lx.lemma(form, 'NN')).toBe(form + 'x');
        },
      ),
    );
  });

  it('rejects bytes that are not a lexicon', () => {
    expect(() => Lexicon.fromBytes(new Uint8Array(32))).toThrow(/not a CXLX/);
  });
});

describe('lemma edits', () => {
  it('round-trip for any form and lemma', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (form, lemma) => {
        expect(applyLemmaEdit(form, lemmaEdit(form, lemma))).toBe(lemma);
      }),
    );
  });

  it.each([
    ['Kinder', 'Kind', '2.'],
    ['Häuser', 'Haus', '5.aus'],
    ['Gehen', 'gehen', '_0.'],
    ['sagte', 'sagen', '2.en'],
  ])('%s → %s is %j', (form, lemma, edit) => {
    expect(lemmaEdit(form, lemma)).toBe(edit);
  });
});

describe('LanguageTool tags → STTS', () => {
  it.each([
    ['SUB:NOM:SIN:MAS', ['NN']],
    ['EIG:NOM:SIN:FEM:ART:NAC', ['NE']],
    ['ADJ:PRD:GRU', ['ADJD']],
    ['ADJ:NOM:SIN:MAS:GRU:DEF', ['ADJA']],
    ['PA2:PRD:GRU', ['ADJD']],
    ['VER:3:SIN:PRÄ:SFT', ['VVFIN']],
    ['VER:INF:NON', ['VVINF']],
    ['VER:EIZ:SFT', ['VVIZU']],
    ['VER:PA2:SFT', ['VVPP']],
    ['VER:AUX:3:SIN:PRÄ', ['VAFIN']],
    ['VER:AUX:INF', ['VAINF']],
    ['VER:MOD:1:SIN:PRÄ', ['VMFIN']],
    ['PRO:DEM:NOM:SIN:NEU:B/S', ['PDAT', 'PDS']],
    ['PRO:POS:NOM:SIN:MAS:BEG', ['PPOSAT']],
    ['KON:UNT', ['KOUS']],
    ['ZUS', ['PTKVZ']],
    ['ABK:Beispiel:SUB', null],
  ])('%s → %j', (tag, stts) => {
    expect(ltTagToStts(tag)).toEqual(stts);
  });

  it.each([
    ['EIG:NOM:SIN:FEM:ART:VOR*', 'VOR'],
    ['EIG:NOM:SIN:NEU:ART:STD', 'STD'],
    ['EIG:NOM:SIN:FEM', null],
    ['SUB:NOM:SIN:MAS', null],
  ])('name subtype of %s is %j', (tag, subtype) => {
    expect(ltNameSubtype(tag)).toBe(subtype);
  });
});
