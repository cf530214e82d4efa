import { readFileSync } from 'node:fs';
import { loadGermanPosTagger } from '../../src/node/models/pos.ts';
import { tokenize } from '../../src/core/tokenize/tokenize.ts';
import { splitSentences } from '../../src/core/segment/split-sentences.ts';
const text = readFileSync('/work/shared/corpora/ud-german-gsd/de_gsd-ud-test.conllu', 'utf8').split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9)).join(' ').repeat(4);
const tokens = tokenize(text); let sents: {start:number,end:number}[]; try { sents = splitSentences(text, tokens); } catch (e) { console.log("split failed", String(e).slice(0,100)); sents = []; for (let i = 0; i < tokens.length; i += 25) sents.push({ start: tokens[i]!.start, end: tokens[Math.min(i + 24, tokens.length - 1)]!.end }); }
const sentForms: string[][] = []; let t = 0;
for (const s of sents) { const f: string[] = []; while (t < tokens.length && tokens[t]!.start < s.end) { f.push(text.slice(tokens[t]!.start, tokens[t]!.end)); t++; } sentForms.push(f); }
const tagger = loadGermanPosTagger();
for (let r = 0; r < 4; r++) {
  let c0 = process.cpuUsage(); let n = 0;
  for (const f of sentForms) { tagger.tagIds(f); n += f.length; }
  const tag = process.cpuUsage(c0).user / 1000; const c1 = process.cpuUsage();

  for (const f of sentForms) tagger.analyse(f);
  const all = process.cpuUsage(c1).user / 1000;
  console.log(n, 'tagIds', (n / tag * 1000).toFixed(0), 'tok/s; analyse', (n / all * 1000).toFixed(0), 'tok/s');
}
