/**
 * The shipped English NER model on sentences written for this test (news
 * style, the kind of text crosscheck reads): the names a reader would mark are
 * found with their types, titles are cut, surnames resolve to the full name and
 * nationality words to their country. Skipped when the model is absent.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../core/pipeline/pipeline.js';
import { sentenceSplitterComponent } from '../../core/segment/component.js';
import { tokenizerComponent } from '../../core/tokenize/component.js';
import { existsSync } from 'node:fs';
import { ENGLISH_NER_MODEL_PATH, loadEnglishNerComponent } from './ner-en.js';

const ready = existsSync(ENGLISH_NER_MODEL_PATH);
if (!ready) console.warn('skipped: models/ner-en.bin not found (run `npm run train:ner -- --lang en`)');

const pipeline = ready
  ? createPipeline([tokenizerComponent, sentenceSplitterComponent, loadEnglishNerComponent()], 'en')
  : null;

function entities(text: string) {
  return pipeline!.run('t', text, 'en').entities;
}

describe.skipIf(!ready)('English NER model', () => {
  const cases: [text: string, expected: [name: string, type: string][]][] = [
    [
      'President Joe Biden met Chancellor Olaf Scholz in Berlin on Tuesday.',
      [
        ['Joe Biden', 'PER'],
        ['Olaf Scholz', 'PER'],
        ['Berlin', 'LOC'],
      ],
    ],
    [
      'The United Nations said aid convoys had reached Kharkiv and Odesa.',
      [
        ['United Nations', 'ORG'],
        ['Kharkiv', 'LOC'],
        ['Odesa', 'LOC'],
      ],
    ],
    [
      'Microsoft and Google announced new offices in London.',
      [
        ['Google', 'ORG'],
        ['London', 'LOC'],
      ],
    ],
    [
      'Speaking in Washington, Secretary of State Antony Blinken criticised Russia.',
      [
        ['Washington', 'LOC'],
        ['Antony Blinken', 'PER'],
        ['Russia', 'LOC'],
      ],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = entities(text)
      .filter((e) => e.form === 'name')
      .map((e) => [e.text, e.type]);
    for (const pair of expected) expect(found).toContainEqual(pair);
  });

  // Known miss of the shipped model (see docs/models/ner-en.md): an organisation
  // as the first word of a sentence, where capitals say nothing. When a model
  // finds it, this test fails: move the pair into the table above.
  it.fails('finds a sentence-initial organisation (known miss)', () => {
    expect(entities('Microsoft and Google announced new offices in London.').map((e) => e.text)).toContain(
      'Microsoft',
    );
  });

  it('resolves surnames, titles and nationality words within a document', () => {
    const found = entities(
      'President Volodymyr Zelensky visited Kyiv on Monday. Zelensky thanked the soldiers. ' +
        'Ukrainian officials said the visit had been planned for weeks.',
    );
    const of = (text: string) => found.find((e) => e.text === text);
    expect(of('Volodymyr Zelensky')?.type).toBe('PER');
    expect(of('Zelensky')?.entity).toBe(of('Volodymyr Zelensky')?.entity);
    expect(of('Ukrainian')).toMatchObject({ type: 'LOC', form: 'derived' });
  });
});
