import { loadSpkAttFolder } from './spkatt/corpus.js';
import { quotesToGroups } from './spkatt/adapter.js';
import { pairGroups } from './spkatt/metric.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
const pipe = loadGermanPipeline();
const docs = loadSpkAttFolder('/work/shared/corpora/_eval-only-noncommercial/spkatt2023-task2-news/data/dev/task2', ['Message', 'Addr', 'Cue', 'Frame', 'Source']);
const c: Record<string, number> = {};
for (const doc of docs) {
  const sys = quotesToGroups(doc, pipe.run(doc.name, doc.text).quotes);
  const w = (ids: number[] = []) => ids.map((i) => doc.text.slice(doc.tokens[i]!.start, doc.tokens[i]!.end)).join(' ');
  for (const [si, gi] of pairGroups(sys, doc.gold, 'Message')) {
    const s = sys[si]!, g = doc.gold[gi]!;
    const key = `${s.form}->${g.form} sysCue=${(s.roles.Cue?.length ?? 0) > 0} goldCue=${(g.roles.Cue?.length ?? 0) > 0}`;
    c[key] = (c[key] ?? 0) + 1;
    if (process.argv[2] && key.includes(process.argv[2])) console.log(`${s.form}/${g.form} sys=[${w(s.roles.Cue)}] gold=[${w(g.roles.Cue)}] msg=${w(g.roles.Message).slice(0, 90)}`);
  }
}
console.log(Object.entries(c).sort((a, b) => b[1] - a[1]));
