import { Doc } from '../../src/core/doc.js';
import { findQuotes } from '../../src/core/quotes/index.js';
import { loadSpkAttFolder } from './spkatt/corpus.js';
import { quotesToGroups } from './spkatt/adapter.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
const pipe = process.env.BARE ? null : loadGermanPipeline();
import { pairGroups } from './spkatt/metric.js';
const split = process.argv[2] ?? 'dev';
const docs = loadSpkAttFolder(`/work/shared/corpora/_eval-only-noncommercial/spkatt2023-task2-news/data/${split}/task2`, ['Message', 'Addr', 'Cue', 'Frame', 'Source']);
const mode = process.argv[3] ?? 'fn';
const counts: Record<string, number> = {};
for (const doc of docs) {
  const d = new Doc(doc.name, doc.text); d.sentences.push(...doc.sentences);
  const sys = quotesToGroups(doc, !pipe ? findQuotes(d) : pipe.run(doc.name, doc.text).quotes);
  const pairs = pairGroups(sys, doc.gold, 'Message');
  const w = (ids: number[] = []) => ids.map((i) => doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)).join(' ');
  if (mode === 'fn') doc.gold.forEach((g, i) => { if (!pairs.some(([, gi]) => gi === i)) { counts[g.form!] = (counts[g.form!] ?? 0) + 1; console.log(`${g.form}${g.isNested ? '(n)' : ''} | cue=${w(g.roles.Cue)} | src=${w(g.roles.Source)} | frame=${w(g.roles.Frame)} | msg=${w(g.roles.Message).slice(0, 160)}`); } });
  if (mode === 'fp') sys.forEach((g, i) => { if (!pairs.some(([si]) => si === i)) console.log(`${g.form} | cue=${w(g.roles.Cue)} | src=${w(g.roles.Source)} | msg=${w(g.roles.Message).slice(0, 160)}`); });
  if (mode === 'nosrc') for (const [si, gi] of pairs) { const sg = sys[si]!, g = doc.gold[gi]!; if ((sg.roles.Source?.length ?? 0) === 0 && (g.roles.Source?.length ?? 0) > 0) console.log(`${g.form} | cue=${w(sg.roles.Cue)} | gsrc=${w(g.roles.Source)} | gcue=${w(g.roles.Cue)} | msg=${w(g.roles.Message).slice(0, 100)}`); }
  if (mode === 'pair') for (const [si, gi] of pairs) { const s = sys[si]!, g = doc.gold[gi]!; for (const r of ['Cue','Source','Frame','Message']) { if (w(s.roles[r]) !== w(g.roles[r])) console.log(`${r.padEnd(7)} sys=[${w(s.roles[r]).slice(0,120)}]\n        gold=[${w(g.roles[r]).slice(0,120)}]`); } }
}
console.log(counts);
