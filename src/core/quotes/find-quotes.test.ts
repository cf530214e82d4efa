import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Doc } from '../doc.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { createQuotesComponent } from './component.js';
import { findQuotes, type FoundQuote } from './find-quotes.js';

function quotes(text: string, mode: 'attributed' | 'broad' = 'attributed'): FoundQuote[] {
  return findQuotes({ text, sentences: [], tokens: [], entities: [] }, undefined, { mode });
}

interface Expected {
  kind: FoundQuote['kind'];
  cue: string | null;
  /** The speaker as written, or "pronoun → antecedent". */
  speaker: string | null;
  content: string;
}

function describeQuote(text: string, q: FoundQuote): Expected {
  const speaker = q.speaker
    ? q.speaker.antecedent && q.speaker.antecedent.start !== q.speaker.start
      ? `${q.speaker.text} → ${q.speaker.antecedent.text}`
      : q.speaker.text
    : null;
  const cue = q.cue
    ? [q.cue.auxiliary?.text, q.cue.text, q.cue.particle?.text].filter(Boolean).join(' … ')
    : null;
  return { kind: q.kind, cue, speaker, content: text.slice(q.content.start, q.content.end) };
}

describe('findQuotes: direct speech', () => {
  it.each<[string, string, Expected[]]>([
    [
      'attribution before, colon',
      'Der Minister sagte: „Wir bleiben hart.“',
      [{ kind: 'direct', cue: 'sagte', speaker: 'Der Minister', content: 'Wir bleiben hart.' }],
    ],
    [
      'attribution after, inverted',
      '„Wir bleiben hart“, sagte der Minister.',
      [{ kind: 'direct', cue: 'sagte', speaker: 'der Minister', content: 'Wir bleiben hart' }],
    ],
    [
      'ASCII marks, noun phrase speaker',
      '"Ich glaube nicht, dass es reicht", sagte ein westlicher Diplomat in Kiew der BBC.',
      [
        {
          kind: 'direct',
          cue: 'sagte',
          speaker: 'ein westlicher Diplomat in Kiew',
          content: 'Ich glaube nicht, dass es reicht',
        },
      ],
    ],
    [
      'guillemets, particle verb',
      'Sie fügte hinzu: »Das war erst der Anfang.«',
      [
        {
          kind: 'direct',
          cue: 'fügte … hinzu',
          speaker: 'Sie',
          content: 'Das war erst der Anfang.',
        },
      ],
    ],
    [
      'apposition',
      'Kurt Volker, ein ehemaliger US-Botschafter, sagte: "Die Grenzen waren willkürlich gezogen."',
      [
        {
          kind: 'direct',
          cue: 'sagte',
          speaker: 'Kurt Volker, ein ehemaliger US-Botschafter',
          content: 'Die Grenzen waren willkürlich gezogen.',
        },
      ],
    ],
    [
      'several sentences in one quotation',
      'Er sagte: „Wir kommen. Wir bleiben. Wir gehen nicht.“',
      [
        {
          kind: 'direct',
          cue: 'sagte',
          speaker: 'Er',
          content: 'Wir kommen. Wir bleiben. Wir gehen nicht.',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text).map((q) => describeQuote(text, q))).toEqual(expected);
  });

  it('goes on after its attribution: „…“, sagte X. „…“', () => {
    const text =
      '„Wir bleiben hart“, sagte die Ministerin. „Niemand wird uns von diesem Kurs abbringen.“';
    expect(quotes(text).map((q) => describeQuote(text, q))).toEqual([
      { kind: 'direct', cue: 'sagte', speaker: 'die Ministerin', content: 'Wir bleiben hart' },
      {
        kind: 'direct',
        cue: null,
        speaker: 'die Ministerin',
        content: 'Niemand wird uns von diesem Kurs abbringen.',
      },
    ]);
  });

  it('a paragraph of quoted speech with no cue inherits the previous speaker', () => {
    const text =
      '"Das ist ein Anfang", sagte Evelyn Farkas.\n"Die Frage ist natürlich, wie viele Raketen sie haben?"';
    const [, second] = quotes(text);
    expect(second?.speaker?.text).toBe('Evelyn Farkas');
    expect(second?.cue).toBeNull();
  });

  it.each([
    ['a newspaper title', 'Das berichtete die „Süddeutsche Zeitung“ am Montag.'],
    ['a compound with a quoted name', 'Die „Bild“-Zeitung druckte das Foto.'],
    ['a scare-quoted word', 'Die sogenannte „Reform“ kam nie zustande.'],
    ['a book title', 'Sein Buch „Krieg und Frieden“ erschien 1869.'],
  ])('does not take %s for a quotation', (_name, text) => {
    expect(quotes(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('findQuotes: indirect speech', () => {
  it.each<[string, string, Expected]>([
    [
      'dass-clause',
      'Der Sprecher sagte, dass die Entscheidung spät komme.',
      {
        kind: 'indirect',
        cue: 'sagte',
        speaker: 'Der Sprecher',
        content: 'dass die Entscheidung spät komme',
      },
    ],
    [
      'ob-clause',
      'Trump hat noch nicht gesagt, ob er die Politik fortsetzen würde.',
      {
        kind: 'indirect',
        cue: 'hat … gesagt',
        speaker: 'Trump',
        content: 'ob er die Politik fortsetzen würde',
      },
    ],
    [
      'w-clause',
      'Die Ministerin erklärte, warum das Gesetz scheiterte.',
      {
        kind: 'indirect',
        cue: 'erklärte',
        speaker: 'Die Ministerin',
        content: 'warum das Gesetz scheiterte',
      },
    ],
    [
      'reported V2 clause in Konjunktiv',
      'Er sagte, die Entscheidung komme spät.',
      { kind: 'indirect', cue: 'sagte', speaker: 'Er', content: 'die Entscheidung komme spät' },
    ],
    [
      'inverted order',
      'Es würde den Konflikt verändern, sagte Putin im September.',
      {
        kind: 'indirect',
        cue: 'sagte',
        speaker: 'Putin',
        content: 'Es würde den Konflikt verändern',
      },
    ],
    [
      'fronted adverbial, subject after the cue',
      'Am Sonntag erklärte der Bürgermeister, die Straße bleibe gesperrt.',
      {
        kind: 'indirect',
        cue: 'erklärte',
        speaker: 'der Bürgermeister',
        content: 'die Straße bleibe gesperrt',
      },
    ],
    [
      'particle verb',
      'Die Polizei teilte am Abend mit, dass zwei Menschen verletzt wurden.',
      {
        kind: 'indirect',
        cue: 'teilte … mit',
        speaker: 'Die Polizei',
        content: 'dass zwei Menschen verletzt wurden',
      },
    ],
    [
      'quantified noun phrase with a parenthesis',
      'Viele der Top-Beamten Trumps, wie JD Vance, sagen, dass die USA keine Hilfe mehr gewähren sollten.',
      {
        kind: 'indirect',
        cue: 'sagen',
        speaker: 'Viele der Top-Beamten Trumps',
        content: 'dass die USA keine Hilfe mehr gewähren sollten',
      },
    ],
    [
      'institution',
      'Das Weiße Haus erklärte, man prüfe alle Optionen.',
      {
        kind: 'indirect',
        cue: 'erklärte',
        speaker: 'Das Weiße Haus',
        content: 'man prüfe alle Optionen',
      },
    ],
    [
      'nominal cue',
      'Die Forderung der Opposition, dass der Minister zurücktritt, blieb ungehört.',
      {
        kind: 'indirect',
        cue: 'Forderung',
        speaker: 'der Opposition',
        content: 'dass der Minister zurücktritt',
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotes(text).map((q) => describeQuote(text, q))).toContainEqual(expected);
  });

  it.each<[string, string, string, string]>([
    ['laut X', 'Laut Polizei wurden drei Menschen verletzt.', 'Laut', 'Polizei'],
    ['X zufolge', 'Dem Bericht zufolge wurden drei Menschen verletzt.', 'zufolge', 'Dem Bericht'],
    [
      'nach Angaben von X',
      'Nach Angaben von Augenzeugen wurden drei Menschen verletzt.',
      'Nach',
      'Angaben von Augenzeugen',
    ],
    ['so X', 'Drei Menschen seien verletzt worden, so der Sprecher.', 'so', 'der Sprecher'],
    [
      'wie X sagte',
      'Wie die Polizei mitteilte, wurden drei Menschen verletzt.',
      'mitteilte',
      'die Polizei',
    ],
    [
      'heißt es aus X',
      'Drei Menschen seien verletzt worden, hieß es aus dem Innenministerium.',
      'hieß es',
      'dem Innenministerium',
    ],
  ])(
    'marker %s (broad mode: SpkAtt takes "Angaben von X" for the source)',
    (_name, text, cue, speaker) => {
      const found = quotes(text, 'broad').map((q) => describeQuote(text, q));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'indirect', cue, speaker });
      expect(found[0]!.content).toMatch(/drei Menschen|Drei Menschen/);
    },
  );

  it('mixed: indirect speech with a quoted phrase', () => {
    const text =
      'Farkas fügte hinzu, dass die Raketen eine "positive psychologische Wirkung" haben könnten.';
    const [q] = quotes(text);
    expect(q && describeQuote(text, q)).toEqual({
      kind: 'mixed',
      cue: 'fügte … hinzu',
      speaker: 'Farkas',
      content: 'dass die Raketen eine "positive psychologische Wirkung" haben könnten',
    });
  });

  it('a report of speech without a reported clause', () => {
    const text = 'Die Polizei sprach von 800 beschädigten Autos.';
    const [q] = quotes(text);
    expect(q?.report).toBe(true);
    expect(q?.speaker?.text).toBe('Die Polizei');
  });
});

describe('findQuotes: speakers', () => {
  it('resolves a pronoun to the nearest earlier person', () => {
    const text =
      'Der ukrainische Präsident Wolodymyr Zelensky hat nichts bestätigt.\nAber er sagte am Sonntag: "Die Raketen werden für sich sprechen."';
    const direct = quotes(text).find((q) => q.kind === 'direct');
    expect(direct?.speaker?.text).toBe('er');
    expect(direct?.speaker?.antecedent?.text).toContain('Wolodymyr Zelensky');
  });

  it('prefers a person over an earlier institution for "er"', () => {
    const text =
      'Die Ukraine hatte argumentiert, dass es nicht erlaubt sei.\nDer Umzug kommt, bevor Donald Trump zurückkehrt.\nEr hat bereits gesagt, dass er den Krieg beenden will.';
    const last = quotes(text).at(-1);
    expect(last?.speaker?.antecedent?.text).toBe('Donald Trump');
  });

  it('takes speaker and entity id from NER mentions when present', () => {
    const text = 'Angela Merkel sagte, die Lage sei ernst.';
    const [q] = findQuotes({
      text,
      sentences: [],
      tokens: [],
      entities: [
        { start: 0, end: 13, text: 'Angela Merkel', type: 'PER', form: 'name', entity: 'e1' },
      ],
    });
    expect(q?.speaker).toMatchObject({ text: 'Angela Merkel', entity: 'e1' });
  });
});

describe('findQuotes: speaker entities', () => {
  it('does not give a phrase the entity of a name in its genitive or prepositional part', () => {
    const text = 'Viele der Top-Beamten Trumps sagen, dass die Hilfe enden solle.';
    const start = text.indexOf('Trumps');
    const [q] = findQuotes({
      text,
      sentences: [],
      tokens: [],
      entities: [
        { start, end: start + 6, text: 'Trumps', type: 'PER', form: 'name', entity: 'e7' },
      ],
    });
    expect(q?.speaker).toMatchObject({ text: 'Viele der Top-Beamten Trumps', entity: null });
  });
});

describe('createQuotesComponent', () => {
  it('fills doc.quotes in a pipeline', () => {
    const doc = createPipeline([createQuotesComponent()]).run('t', '„Wir bleiben“, sagte sie.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.kind).toBe('direct');
  });

  it('uses the sentences of the document when a segmenter has run', () => {
    const doc = new Doc('t', 'Er sagte, sie komme. Dann ging er.');
    doc.sentences.push({ start: 0, end: 20 }, { start: 21, end: 34 });
    createQuotesComponent().apply(doc);
    expect(doc.quotes.map((q) => doc.slice(q.content))).toEqual(['sie komme']);
  });
});

describe('findQuotes: properties', () => {
  const piece = fc.constantFrom(
    'Er sagte',
    ', ',
    ': ',
    '„',
    '“',
    '"',
    '»',
    '«',
    ' ',
    '.',
    '\n',
    'dass',
    ' die Lage',
    ' sei ernst',
    'laut',
    ' Polizei',
    'zufolge',
    'Die Ministerin',
    ' erklärte',
    ' fügte',
    ' hinzu',
    ' so',
    ' der Sprecher',
    'sie',
    'Wir bleiben hart',
    "'",
    '‚',
    '‘',
    ' bezeichnete',
    ' als ',
    'Wie',
    ' nach Angaben',
    ' hatte',
    ' gesagt',
    ' wurde',
    ' vorgeworfen',
    ' sei',
    ' will',
    '(',
    ')',
    ' er',
    'Kurt Volker',
  );
  const texts = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

  it('never throws, and every span lies inside the text and the content inside its quote', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const q of quotes(text)) {
          expect(0 <= q.start && q.start <= q.end && q.end <= text.length).toBe(true);
          expect(
            q.start <= q.content.start &&
              q.content.start <= q.content.end &&
              q.content.end <= q.end,
          ).toBe(true);
          for (const part of [q.cue, q.speaker]) {
            if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws with arbitrary tags and entity mentions either', () => {
    const upos = fc.constantFrom(
      'NOUN',
      'PROPN',
      'VERB',
      'AUX',
      'ADJ',
      'DET',
      'X',
      'INTJ',
      'PUNCT',
      'PRON',
    );
    fc.assert(
      fc.property(texts, fc.array(upos, { minLength: 1, maxLength: 60 }), (text, tags) => {
        const tokens = [...text.matchAll(/\S+/g)].map((m, i) => ({
          start: m.index,
          end: m.index + m[0].length,
          kind: 'word' as const,
          upos: tags[i % tags.length]!,
          xpos: 'VVFIN',
          lemma: m[0].toLowerCase(),
        }));
        const entities = tokens.slice(0, 3).map((t, i) => ({
          start: t.start,
          end: Math.min(text.length, t.end + 4),
          text: text.slice(t.start, Math.min(text.length, t.end + 4)),
          type: 'PER' as const,
          form: 'name' as const,
          entity: `e${i}`,
        }));
        for (const q of findQuotes({ text, sentences: [], tokens, entities })) {
          expect(
            0 <= q.start &&
              q.start <= q.content.start &&
              q.content.end <= q.end &&
              q.end <= text.length,
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
