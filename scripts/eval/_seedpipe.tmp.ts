import { readFileSync, readdirSync } from 'node:fs';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
const dir = '/work/shared/seeds/';
const f = readdirSync(dir).filter((x) => x.startsWith(process.argv[2] ?? '000'))[0]!;
const text = readFileSync(dir + f, 'utf8');
const doc = loadGermanPipeline().run(f, text);
for (const q of doc.quotes as any[]) console.log(q.kind.padEnd(8), '|', q.cue?.text, '|', q.speaker?.text, q.speaker?.antecedent ? '→ ' + q.speaker.antecedent.text : '', q.speaker?.entity ?? '', '|', JSON.stringify(text.slice(q.content.start, q.content.end).slice(0, 70)));
