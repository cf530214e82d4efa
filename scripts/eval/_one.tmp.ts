import { findQuotes } from '../../src/core/quotes/index.js';
const text = process.argv[2]!;
for (const q of findQuotes({ text, sentences: [], tokens: [], entities: [] })) console.log(JSON.stringify({ kind: q.kind, cue: q.cue?.text, aux: q.cue?.auxiliary?.text, ptc: q.cue?.particle?.text, spk: q.speaker?.text, ant: q.speaker?.antecedent?.text, content: text.slice(q.content.start, q.content.end), frame: text.slice(q.start, q.end) }));
