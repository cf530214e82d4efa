// Runs the full German pipeline (tagger and NER from models/) so that speakers are judged
// with the tags and entities they get in the CLI and web app.
import { describe, expect, it } from 'vitest';
import { loadGermanPipeline } from '../../node/pipeline.js';
import type { QuoteRecord } from '../contract/types.js';
import { findQuotes } from './find-quotes.js';

const pipeline = loadGermanPipeline();

function analyse(text: string, mode: 'attributed' | 'broad' = 'attributed') {
  const doc = pipeline.run('t', text, 'de');
  const quotes = mode === 'attributed' ? doc.quotes : findQuotes(doc, undefined, { mode });
  return { doc, quotes };
}

const content = (text: string, q: QuoteRecord): string =>
  text.slice(q.content.start, q.content.end);

describe('attributed mode: speech-like sentences that are no quotations', () => {
  it.each([
    ['an impersonal truth claim', 'Es stimmt, dass die Halle schon länger leer stand.'],
    ['pictures that show', 'Luftaufnahmen zeigen, dass das Dach vollständig eingestürzt ist.'],
    ['an abstract subject', 'Die Antwort ist komplex und erklärt, warum die Preise steigen.'],
    [
      'a passive accusation with no accuser',
      'Den Moskauer Geheimdiensten wird Sabotage mit Sprengpaketen in Kurierflugzeugen vorgeworfen.',
    ],
    ['a plan', 'Der Konzern will bis zum Jahr 2027 rund 3000 Stellen einsparen.'],
    ['an evaluation with a plain object', 'Trainerin Marta Kowalczyk lobte vor allem die Abwehr.'],
    ['a report with no source', 'Nach bisherigen Erkenntnissen war der Zug zu schnell.'],
  ])('%s', (_name, text) => {
    expect(analyse(text).quotes.map((q) => content(text, q))).toEqual([]);
  });

  it('keeps the broad SpkAtt notion for evaluation', () => {
    const text = 'Der Konzern will bis zum Jahr 2027 rund 3000 Stellen einsparen.';
    expect(analyse(text, 'broad').quotes).toHaveLength(1);
  });
});

describe('attributed mode: speakers', () => {
  /** [name, text, words of the content, speaker as written, the person it resolves to or null] */
  it.each<[string, string, string, string, string | null]>([
    [
      'a role phrase resolves to the person seen with that role',
      'Innenminister Joachim Herrmann besuchte am Freitag die Unglücksstelle. Der Minister sagte, man werde alles aufklären.',
      'man werde alles aufklären',
      'Der Minister',
      'Joachim Herrmann',
    ],
    [
      'a feminine role phrase after a direct quotation',
      'Polizeisprecherin Anna Berg bestätigte den Einsatz. „Wir hatten großes Glück“, sagte die Sprecherin.',
      'Wir hatten großes Glück',
      'die Sprecherin',
      'Anna Berg',
    ],
    [
      'a pronoun skips a person of the other gender',
      'Anna Keller traf am Morgen Joachim Herrmann. „Wir haben alles getan“, sagte sie.',
      'Wir haben alles getan',
      'sie',
      'Anna Keller',
    ],
    [
      'a pronoun prefers the subject of the sentence before to its object',
      'Bürgermeister Klaus Müller widersprach dem Landrat Peter Schmidt. Er sagte, die Straße bleibe offen.',
      'die Straße bleibe offen',
      'Er',
      'Klaus Müller',
    ],
    [
      'a pronoun skips the object of a sentence whose subject is the same pronoun',
      '„Wir sind vorbereitet“, sagte Landrat Peter Hansen. Er habe am Morgen mit Bürgermeister Kurt Lenz telefoniert. Er betonte, die Hilfe laufe an.',
      'die Hilfe laufe an',
      'Er',
      'Peter Hansen',
    ],
    [
      'the source of a marker without its preposition',
      'Verletzt wurde nach Angaben von Landeswahlleiterin Sabine Hoffmann niemand.',
      'niemand',
      'Landeswahlleiterin Sabine Hoffmann',
      null,
    ],
    [
      'a speaker named in the sentence before',
      'Landesverkehrsministerin Carola Henning reiste noch in der Nacht an. Die Ministerin äußerte sich am Morgen. „Wir stehen fassungslos vor diesem Unglück.“',
      'Wir stehen fassungslos',
      'Die Ministerin',
      'Carola Henning',
    ],
    [
      'a speaker before a colon',
      'SPD-Fraktionschefin Sabine Wörle warb in der Debatte für das Projekt: „Wer jetzt nicht saniert, schließt das Bad für immer.“',
      'Wer jetzt nicht saniert',
      'SPD-Fraktionschefin Sabine Wörle',
      null,
    ],
    [
      'a sentence that attributes the quotation before it',
      'Innenminister Joachim Herrmann besuchte die Brandstelle. „Wir lassen niemanden allein.“ Das sagte der Minister am Abend.',
      'Wir lassen niemanden allein',
      'der Minister',
      'Joachim Herrmann',
    ],
    [
      'a Konjunktiv continuation keeps its speaker',
      '„Wir haben alles getan“, sagte Bürgermeisterin Anna Keller. Die Warnung sei sofort weitergegeben worden.',
      'Die Warnung sei sofort',
      'Bürgermeisterin Anna Keller',
      null,
    ],
    [
      'a quotation closed by a wie-clause',
      'Die Arbeitgeber bieten 2,4 Prozent – „ein Angebot, das die Inflation nicht einmal ausgleicht“, wie Landeschefin Katrin Oberle findet.',
      'die Inflation nicht einmal',
      'Landeschefin Katrin Oberle',
      null,
    ],
    [
      'Konjunktiv after a semicolon goes on with the quote before it',
      'Eine Revision sei ausgeschlossen, sagte sein Verteidiger Rolf Sauer; sein Mandant nehme das Urteil an.',
      'sein Mandant nehme',
      'sein Verteidiger Rolf Sauer',
      null,
    ],
    [
      'a reported clause on both sides of the attribution is one quotation',
      'Seine Partei stehe für Gespräche bereit, sagte Tobias Rehm, wolle aber nicht um jeden Preis regieren.',
      'Seine Partei stehe',
      'Tobias Rehm',
      null,
    ],
  ])('%s', (_name, text, words, speaker, person) => {
    const { doc, quotes } = analyse(text);
    const q = quotes.find((x) => content(text, x).includes(words));
    expect(q, `no quotation with "${words}"`).toBeDefined();
    expect(q!.speaker?.text).toBe(speaker);
    if (person === null) return;
    expect(q!.speaker?.antecedent?.text).toBe(person);
    const mention = doc.entities.find((e) => e.text === person);
    expect(mention, `NER should find ${person}`).toBeDefined();
    expect(q!.speaker?.entity).toBe(mention!.entity);
  });
});

describe('attributed mode: plural pronouns', () => {
  it('leaves a plural "sie" unresolved', () => {
    const text =
      'Anna Keller und Tom Berg halfen beim Löschen. „Wir haben alles getan“, sagten sie.';
    const q = analyse(text).quotes.find((x) => content(text, x).includes('alles getan'));
    expect(q?.speaker?.text).toBe('sie');
    expect(q?.speaker?.antecedent).toBeUndefined();
  });
});

describe('attributed mode: constructions of reported speech a tagger may misread', () => {
  /** [name, text, words of the content, speaker as written] */
  it.each<[string, string, string, string | null]>([
    [
      'an inverted attribution whose verb the tagger reads as an adjective',
      '„Die Lage ist weiter sehr angespannt“, ergänzte Landrat Peter Hansen.',
      'Die Lage ist weiter',
      'Landrat Peter Hansen',
    ],
    [
      'a cue before the colon read as an adjective',
      'Petra Sommer kritisierte: „Die Lage ist weiter sehr angespannt.“',
      'Die Lage ist weiter',
      'Petra Sommer',
    ],
    [
      'a particle verb before the colon whose verb is read as a name',
      'Petra Sommer gab zu: „Die Lage ist weiter sehr angespannt.“',
      'Die Lage ist weiter',
      'Petra Sommer',
    ],
    [
      'a surname that is also an adjective',
      'Thomas Brandt und Anna Kühn stellten den Plan vor. Kühn sagte, der Plan sei solide finanziert.',
      'der Plan sei solide',
      'Kühn',
    ],
    [
      'the inverted order with causative lassen',
      'Er sei unschuldig, ließ der Angeklagte über seinen Anwalt erklären.',
      'Er sei unschuldig',
      'der Angeklagte',
    ],
    [
      'causative lassen before the reported clause',
      'Die Sängerin ließ über ihr Management ausrichten, sie sei erkrankt.',
      'sie sei erkrankt',
      'Die Sängerin',
    ],
    [
      'an opinion verb right after a direct quotation',
      '„Die Lage ist weiter sehr angespannt“, findet Landrat Peter Hansen.',
      'Die Lage ist weiter',
      'Landrat Peter Hansen',
    ],
    [
      'the source of a statement noun before a colon',
      'Die Bilanz des Ministers fiel knapp aus: „Wir haben in diesem Jahr viel erreicht.“',
      'viel erreicht',
      'des Ministers',
    ],
    [
      'a judgement ascribed with "für"',
      'Für den Bürgermeister ist klar: „Wir brauchen deutlich mehr Geld vom Land.“',
      'mehr Geld',
      'den Bürgermeister',
    ],
    [
      'a headline with the speaker before the colon',
      'Landrat Hansen: „Wir sind auf alles vorbereitet“',
      'vorbereitet',
      'Landrat Hansen',
    ],
    [
      'plain Konjunktiv I after a sentence about a person reports that person',
      'Die Rektorin zeigte sich stolz. Der Preis sei eine Anerkennung für das ganze Team.',
      'Der Preis sei eine Anerkennung',
      'Die Rektorin',
    ],
    [
      'a closing "so X" after a dash',
      'Die Stromversorgung sei inzwischen wiederhergestellt – so ein Sprecher der Stadtwerke.',
      'Die Stromversorgung sei',
      'ein Sprecher der Stadtwerke',
    ],
    [
      'a direct quotation closed by a dash and "so X"',
      '„Wir haben die Lage im Griff“ – so Landrat Peter Hansen am Abend.',
      'die Lage im Griff',
      'Landrat Peter Hansen',
    ],
    [
      'a passive accusation names the accused, not a speaker',
      'Dem Angeklagten wird vorgeworfen, drei Millionen Euro veruntreut zu haben.',
      'veruntreut',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    const q = analyse(text).quotes.find((x) => content(text, x).includes(words));
    expect(q, `no quotation with "${words}"`).toBeDefined();
    expect(q!.speaker?.text ?? null).toBe(speaker);
  });
});

describe('attributed mode: bodies behind generic and unnamed speakers', () => {
  /** [name, text, words of the content, speaker as written, the body it resolves to] */
  it.each<[string, string, string, string, string]>([
    [
      'a generic noun takes the body of its class, not the nearest one',
      'Die Reederei Nordlicht stellte den Fährverkehr ein. Der Deutsche Wetterdienst warnte vor Orkanböen. Nach Angaben des Unternehmens sollen die Schiffe am Mittwoch wieder fahren.',
      'wieder fahren',
      'des Unternehmens',
      'Reederei Nordlicht',
    ],
    [
      'a compound names its body by its first part',
      'Der Landkreis Friesmoor rief den Katastrophenfall aus. Die Kreisverwaltung sagte, die Schäden seien hoch.',
      'die Schäden seien hoch',
      'Die Kreisverwaltung',
      'Landkreis Friesmoor',
    ],
    [
      'a spokesperson of a body in the genitive',
      'Die Reederei Nordlicht stellte den Fährverkehr ein. Ein Sprecher des Unternehmens sagte, die Schiffe blieben im Hafen.',
      'die Schiffe blieben',
      'Ein Sprecher des Unternehmens',
      'Reederei Nordlicht',
    ],
    [
      'a genitive that repeats part of the name',
      'Die Hofkäserei Lindenmoos ruft Käse zurück. Ein Sprecher der Hofkäserei erklärte, man bedauere den Vorfall.',
      'man bedauere',
      'Ein Sprecher der Hofkäserei',
      'Hofkäserei Lindenmoos',
    ],
    [
      'an unnamed spokesperson speaks for the body just named',
      'Die Reederei Wattlinie stellte den Verkehr ein. Ein Sprecher sagte, die Schiffe blieben bis Mittwoch im Hafen.',
      'die Schiffe blieben',
      'Ein Sprecher',
      'Reederei Wattlinie',
    ],
    [
      'a pronoun whose antecedent is the body that was the subject before',
      'Ministerin Eva Roth besuchte den Ort. Die Polizei sperrte die Straße. Sie teilte mit, die Sperrung dauere bis Freitag.',
      'die Sperrung dauere',
      'Sie',
      'Die Polizei',
    ],
    [
      'a plural role stands for the association of its members',
      'Der Arbeitgeberverband Nordland bot 2,4 Prozent an. Die Arbeitgeber kündigten an, bald ein besseres Angebot vorzulegen.',
      'ein besseres Angebot',
      'Die Arbeitgeber',
      'Arbeitgeberverband Nordland',
    ],
    [
      'a spokesperson compound names its body',
      'Die Deutsche Bahn hat den Verkehr eingestellt. Ein Bahnsprecher sagte, die Strecke bleibe gesperrt.',
      'die Strecke bleibe',
      'Ein Bahnsprecher',
      'Deutsche Bahn',
    ],
  ])('%s', (_name, text, words, speaker, body) => {
    const q = analyse(text).quotes.find((x) => content(text, x).includes(words));
    expect(q, `no quotation with "${words}"`).toBeDefined();
    expect(q!.speaker?.text).toBe(speaker);
    expect(q!.speaker?.antecedent?.text).toBe(body);
  });
});

describe('attributed mode: speech reported inside a quotation', () => {
  it('is part of the outer quotation, not a second one', () => {
    const text =
      'Die Reederei Wattlinie stellte den Verkehr ein. Sie rechne damit, dass die Schiffe am Mittwoch fahren, teilte sie mit.';
    const quotes = analyse(text).quotes.filter((x) => content(text, x).includes('Mittwoch'));
    expect(quotes).toHaveLength(1);
    expect(content(text, quotes[0]!)).toBe('Sie rechne damit, dass die Schiffe am Mittwoch fahren');
    expect(quotes[0]!.speaker?.antecedent?.text).toBe('Reederei Wattlinie');
  });
});

describe('attributed mode: a reported clause and a direct quotation after its colon', () => {
  it('are two quotations with one speaker', () => {
    const text =
      'Die Ministerin Eva Roth forderte, die Schulen sofort zu schließen: „Wir dürfen kein Risiko eingehen.“';
    const quotes = analyse(text).quotes;
    expect(quotes.map((q) => [q.kind, content(text, q), q.speaker?.text])).toEqual([
      ['indirect', 'die Schulen sofort zu schließen', 'Die Ministerin Eva Roth'],
      ['direct', 'Wir dürfen kein Risiko eingehen.', 'Die Ministerin Eva Roth'],
    ]);
  });
});
