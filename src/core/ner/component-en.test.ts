import { describe, expect, it } from 'vitest';
import { ENGLISH_ENTITIES } from '../entities/language.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { sentenceSplitterComponent } from '../segment/component.js';
import { bioAllowed, trainSequenceModel } from '../tagging/index.js';
import { tokenizerComponent } from '../tokenize/component.js';
import { createTaggerNerComponent, withoutRoleWords } from './component.js';
import { createEnglishNerComponent } from './component-en.js';
import { nerFeatures, prepareNerItems } from './features.js';
import { ENGLISH_NER_LABELS } from './labels.js';
import { createEnglishNerResources } from './resources-en.js';
import { NerTagger } from './tagger.js';

/** A toy English model: enough to test the component's English data, not the model. */
function toyModel(meta: Record<string, unknown> = { language: 'en' }) {
  const resources = createEnglishNerResources();
  const data: [string, string][] = [
    ['President Volodymyr Zelensky visited Kyiv .', 'O B-PER I-PER O B-LOC O'],
    ['Zelensky met Joe Biden in Washington .', 'B-PER O B-PER I-PER O B-LOC O'],
    ['Mr. Zelensky thanked NATO .', 'O B-PER O B-ORG O'],
    ['Biden spoke with Zelensky in Kyiv .', 'B-PER O O B-PER O B-LOC O'],
    ['The Ukrainian army held the line .', 'O O O O O O O'],
  ];
  const sequences = data.map(([text, tags]) => ({
    items: prepareNerItems(text.split(' '), resources),
    labels: tags.split(' '),
  }));
  return trainSequenceModel(sequences, nerFeatures, {
    epochs: 10,
    seed: 1,
    decode: 'viterbi',
    labels: ENGLISH_NER_LABELS,
    allowed: bioAllowed,
    meta,
  });
}

describe('English NER component', () => {
  const model = toyModel();
  const pipeline = createPipeline([
    tokenizerComponent,
    sentenceSplitterComponent,
    createTaggerNerComponent(new NerTagger(model, createEnglishNerResources()), ENGLISH_ENTITIES),
  ]);
  const doc = pipeline.run(
    't',
    'President Volodymyr Zelensky visited Kyiv. Zelensky thanked NATO. Ukrainian soldiers held the line.',
  );

  it('fills entities whose offsets cover their text', () => {
    expect(doc.entities.length).toBeGreaterThan(0);
    for (const e of doc.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('resolves the surname to the full name, without the title', () => {
    const zelensky = doc.entities.filter((e) => e.text.includes('Zelensky'));
    expect(zelensky.map((e) => e.text)).toEqual(['Volodymyr Zelensky', 'Zelensky']);
    expect(new Set(zelensky.map((e) => e.entity)).size).toBe(1);
  });

  it('marks a listed nationality word as a derived form of its place', () => {
    const derived = doc.entities.find((e) => e.text === 'Ukrainian');
    expect(derived).toMatchObject({ type: 'LOC', form: 'derived' });
  });

  it('refuses a model that is not English', () => {
    expect(() => createEnglishNerComponent(toyModel({ language: 'de', name: 'ner-de' }))).toThrow(
      /not an English model/,
    );
  });
});

describe('names after titles', () => {
  const pipeline = createPipeline([
    tokenizerComponent,
    sentenceSplitterComponent,
    createTaggerNerComponent(
      new NerTagger(toyModel(), createEnglishNerResources()),
      ENGLISH_ENTITIES,
    ),
  ]);
  const persons = (text: string) =>
    pipeline
      .run('t', text)
      .entities.filter((e) => e.type === 'PER')
      .map((e) => e.text);
  it.each([
    // a title that stands before persons only, then capitalised words: a name
    ['Yesterday Mrs Okonkwo spoke.', ['Okonkwo']],
    ['Yesterday Senator Amara Diallo spoke.', ['Amara Diallo']],
    // no capitalised word after the title: nothing
    ['Yesterday the president spoke.', []],
    ['Yesterday Mrs and Mr spoke.', []],
    // a role word after the title is no name
    ['Yesterday Minister President spoke.', []],
  ])('%s', (text, expected) => {
    for (const name of expected) expect(persons(text)).toContain(name);
    if (expected.length === 0) expect(persons(text)).toEqual([]);
  });
});

describe('withoutRoleWords with English data', () => {
  const span = (label: string, start: number, end: number) => ({ label, start, end });
  it.each([
    ['Mr. Villega is a lawyer', [span('PER', 0, 2)], [[1, 2]]],
    ['Foreign Minister Dmytro Kuleba said', [span('PER', 0, 4)], [[2, 4]]],
    ['White House spokesman John Kirby said', [span('PER', 0, 5)], [[3, 5]]],
    // a title alone before a name, tagged as a person of its own: dropped
    ['said Senator Elizabeth Warren', [span('PER', 1, 2), span('PER', 2, 4)], [[2, 4]]],
    // a name that contains a role word is left whole
    ['John Major resigned', [span('PER', 0, 2)], [[0, 2]]],
    ['Supreme Court ruled', [span('ORG', 0, 2)], [[0, 2]]],
  ])('%s', (text, spans, expected) => {
    expect(
      withoutRoleWords(spans, text.split(' '), ENGLISH_ENTITIES).map((s) => [s.start, s.end]),
    ).toEqual(expected);
  });
});
