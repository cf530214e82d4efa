import { readFileSync, readdirSync } from 'node:fs';
import { findQuotes } from '../../src/core/quotes/index.js';
const dir = '/work/shared/seeds/';
const f = readdirSync(dir).filter((x) => x.startsWith(process.argv[2] ?? '000'))[0]!;
const text = readFileSync(dir + f, 'utf8');
for (const q of findQuotes({ text, sentences: [], tokens: [], entities: [] })) {
  console.log(q.kind.padEnd(8), '| cue:', q.cue?.text, q.cue?.particle?.text ?? '', '| spk:', q.speaker?.text, q.speaker?.antecedent ? '→ ' + q.speaker.antecedent.text : '', '\n   ', JSON.stringify(text.slice(q.content.start, q.content.end).slice(0, 140)));
}
