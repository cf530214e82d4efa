import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/pipeline.js';
import { sentenceSplitterComponent } from '../segment/component.js';
import { bioAllowed, trainSequenceModel } from '../tagging/index.js';
import { tokenizerComponent } from '../tokenize/component.js';
import { createNerComponent, withoutRoleWords } from './component.js';
import { nerFeatures, prepareNerItems } from './features.js';
import { NER_LABELS } from './labels.js';
import { createNerResources } from './resources.js';

/** A toy model trained on a handful of sentences: enough to test the component's mechanics. */
function toyModel() {
  const resources = createNerResources();
  const data: [string, string][] = [
    ['Präsident Joe Biden besuchte Berlin .', 'O B-PER I-PER O B-LOC O'],
    ['Biden sprach mit Olaf Scholz in Berlin .', 'B-PER O O B-PER I-PER O B-LOC O'],
    ['Die russischen Truppen griffen Kiew an .', 'O B-LOCderiv O O B-LOC O O'],
    ['Die Biden-Administration lieferte Waffen .', 'O B-PERpart O O O'],
    ['Kanzler Olaf Scholz traf Joe Biden .', 'O B-PER I-PER O B-PER I-PER O'],
    ['In Kiew sprach Scholz mit Biden .', 'O B-LOC O B-PER O B-PER O'],
  ];
  const sequences = data.map(([text, tags]) => ({
    items: prepareNerItems(text.split(' '), resources),
    labels: tags.split(' '),
  }));
  return trainSequenceModel(sequences, nerFeatures, {
    epochs: 10,
    seed: 1,
    decode: 'viterbi',
    labels: NER_LABELS,
    allowed: bioAllowed,
  });
}

describe('createNerComponent', () => {
  const pipeline = createPipeline([
    tokenizerComponent,
    sentenceSplitterComponent,
    createNerComponent(toyModel()),
  ]);
  const doc = pipeline.run(
    't',
    'Präsident Joe Biden besuchte Kiew. Biden lieferte ATACMS und Abrams-Panzer.',
  );

  it('fills entities whose offsets cover their text', () => {
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('marks equipment with its kind', () => {
    const equipment = doc.entities.filter((e) => e.subtype === 'equipment');
    expect(equipment.map((e) => [e.text, e.type, e.form, e.kind])).toEqual([
      ['ATACMS', 'MISC', 'name', 'ballistic missile'],
      ['Abrams-Panzer', 'MISC', 'part', 'tank'],
    ]);
  });

  it('gives Joe Biden and Biden one entity id', () => {
    const ids = doc.entities
      .filter((e) => e.text === 'Joe Biden' || e.text === 'Biden')
      .map((e) => e.entity);
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps entities sorted by position', () => {
    const starts = doc.entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('withoutRoleWords', () => {
  const span = (label: string, start: number, end: number) => ({ label, start, end });
  it.each([
    // role word tagged as a person of its own before a name: dropped
    ['sagte Feuerwehrchef Jonas Reuter', [span('PER', 1, 2), span('PER', 2, 4)], [[2, 4]]],
    // role inside the span: cut off
    ['Bürgermeisterin Petra Lindqvist dankte', [span('PER', 0, 3)], [[1, 3]]],
    ['Frau Merkel', [span('PER', 0, 2)], [[1, 2]]],
    // a lone role word with no name after it is left to the model
    ['der Kanzler sagte', [span('PER', 1, 2)], [[1, 2]]],
    // other types untouched
    ['Präsident Russlands', [span('LOC', 1, 2)], [[1, 2]]],
    ['Jonas Reuter sagte', [span('PER', 0, 2)], [[0, 2]]],
  ])('%s', (text, spans, expected) => {
    expect(withoutRoleWords(spans, text.split(' ')).map((s) => [s.start, s.end])).toEqual(expected);
  });
});
