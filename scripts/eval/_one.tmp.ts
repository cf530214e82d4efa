import { findQuotes } from '../../src/core/quotes/index.js';
const text = process.argv[2]!;
import { loadGermanPipeline } from '../../src/node/pipeline.js';
const doc = loadGermanPipeline().run('x', text);
if (process.env.TAGS) console.log(doc.tokens.map((t) => text.slice(t.start, t.end) + '/' + t.upos).join(' '), JSON.stringify(doc.entities.map((e) => [e.text, e.type, e.entity])));
for (const q of process.env.BARE ? findQuotes({ text, sentences: [], tokens: [], entities: [] }) : doc.quotes as any[]) console.log(JSON.stringify({ kind: q.kind, cue: q.cue?.text, aux: q.cue?.auxiliary?.text, ptc: q.cue?.particle?.text, spk: q.speaker?.text, ant: q.speaker?.antecedent?.text, content: text.slice(q.content.start, q.content.end), frame: text.slice(q.start, q.end) }));
