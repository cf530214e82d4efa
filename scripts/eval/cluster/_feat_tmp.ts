import { readFileSync } from 'node:fs';
import { reportFeatures } from '../../../src/core/cluster/index.js';
import { normalizeText } from '../../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../../src/node/pipeline.js';
for (const f of process.argv.slice(2)) {
  const rec = loadGermanPipeline().run(f, normalizeText(readFileSync(f, 'utf8'))).toRecord();
  const ft = reportFeatures(rec, f);
  console.log(f, '\n E', ft.entities.join(' ; '), '\n F', ft.frames.join(' ; '), '\n T', Object.keys(ft.terms).slice(0,60).join(' '));
}
