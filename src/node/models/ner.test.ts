/**
 * The shipped NER model on real text: every person named in the seed reports
 * (../shared/seeds) is found as PER, equipment gets its kind, and entities are
 * resolved across the document. Skipped when the model or the seeds are absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../core/pipeline/pipeline.js';
import { sentenceSplitterComponent } from '../../core/segment/component.js';
import { tokenizerComponent } from '../../core/tokenize/component.js';
import { createNerComponent } from '../../core/ner/component.js';
import { missingSharedMessage, sharedPath } from '../shared-data.js';
import { nerModelExists, readNerModelBytes } from './ner.js';
import { loadGermanLexicon, LEXICON_PATH } from './pos.js';

const seeds = sharedPath('seeds');
const ready = nerModelExists() && existsSync(LEXICON_PATH);
if (!seeds) console.warn(missingSharedMessage('seeds'));
if (!ready) console.warn('skipped: models/ner-de.bin not found (run `npm run train:ner`)');

function analyze(text: string) {
  const pipeline = createPipeline([
    tokenizerComponent,
    sentenceSplitterComponent,
    createNerComponent(readNerModelBytes(), loadGermanLexicon()),
  ]);
  return pipeline.run('test', text);
}

/** Every person named in the two seed reports (plain names, not "Obama-Administration"). */
const SEED_PERSONS = [
  'Biden',
  'Joe Biden',
  'Donald Trump',
  'Wolodymyr Zelensky',
  'Evelyn Farkas',
  'Farkas',
  'Kurt Volker',
  'Trump',
  'Donald Trump Jr',
  'JD Vance',
  'Michael Waltz',
  'Oleksiy Goncharenko',
  'Wladimir Putin',
  'Putin',
];

describe.skipIf(!ready || !seeds)('NER on the seed reports', () => {
  const texts = seeds ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')) : [];
  const docs = ready ? texts.map(analyze) : [];
  const perTexts = new Set(docs.flatMap((d) => d.entities.filter((e) => e.type === 'PER').map((e) => e.text)));

  it.each(SEED_PERSONS)('finds %s as PER', (name) => {
    const found = [...perTexts].some((t) => t === name || t.split(/\s+/).join(' ').includes(name));
    expect(found, `PER mentions: ${[...perTexts].join(', ')}`).toBe(true);
  });

  it('marks ATACMS as equipment of kind ballistic missile', () => {
    const atacms = docs[0]!.entities.filter((e) => e.text === 'ATACMS');
    expect(atacms.length).toBeGreaterThan(0);
    for (const e of atacms) expect([e.type, e.subtype, e.kind]).toEqual(['MISC', 'equipment', 'ballistic missile']);
  });

  it('resolves Biden and Joe Biden to one entity, and Donald Trump Jr apart from Donald Trump', () => {
    const doc = docs[0]!;
    const idOf = (text: string) => new Set(doc.entities.filter((e) => e.text === text).map((e) => e.entity));
    const biden = idOf('Biden');
    const joeBiden = idOf('Joe Biden');
    expect([...biden].some((id) => joeBiden.has(id))).toBe(true);
    const jr = idOf('Donald Trump Jr');
    const trump = idOf('Donald Trump');
    expect([...jr].some((id) => trump.has(id))).toBe(false);
  });

  it('gives every mention offsets that cover its text', () => {
    for (const doc of docs) for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });
});
