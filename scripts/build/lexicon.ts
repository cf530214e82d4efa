/**
 * Builds models/lexicon-de.bin from ../shared/corpora/german-pos-dict (CC BY-SA 4.0).
 * Usage: npm run build:lexicon
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import {
  encodeLexicon,
  Lexicon,
  type LexiconBuildEntry,
  type LexiconReading,
} from '../../src/core/lexicon/lexicon.js';
import { ltNameSubtype, ltTagToStts } from '../../src/core/lexicon/lt-tags.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';

const source = sharedPath('corpora', 'german-pos-dict', 'german-pos-dict.grouped.tsv.gz');
if (!source) {
  console.error(missingSharedMessage('corpora/german-pos-dict'));
  process.exit(1);
}
const out = join(REPO_ROOT, 'models', 'lexicon-de.bin');
const started = performance.now();

const forms = new Map<string, { readings: LexiconReading[]; names: Set<string> }>();
const lines = createInterface({
  input: createReadStream(source).pipe(createGunzip()),
  crlfDelay: Infinity,
});
let lineCount = 0;
for await (const line of lines) {
  lineCount++;
  const [form, lemma, tagList] = line.split('\t');
  if (!form || !lemma || !tagList || form.includes('\n')) continue;
  let entry = forms.get(form);
  for (const tag of tagList.split('|')) {
    const stts = ltTagToStts(tag);
    if (!stts) continue;
    if (!entry) forms.set(form, (entry = { readings: [], names: new Set() }));
    for (const t of stts) {
      if (!entry.readings.some((r) => r.tag === t && r.lemma === lemma))
        entry.readings.push({ tag: t, lemma });
    }
    const name = ltNameSubtype(tag);
    if (name) entry.names.add(name);
  }
}

const entries: LexiconBuildEntry[] = [...forms].map(([form, e]) => ({
  form,
  // Order readings by tag so that equal analyses share one pattern, keeping lemma order within a tag.
  readings: [...e.readings].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)),
  nameTypes: [...e.names],
}));
const bytes = encodeLexicon(entries, {
  source: 'LanguageTool german-pos-dict (german-pos-dict.grouped.tsv.gz)',
  licence: 'CC BY-SA 4.0',
  sourceLines: lineCount,
  built: 'npm run build:lexicon',
});
writeFileSync(out, bytes);
const t0 = performance.now();
const lexicon = Lexicon.fromBytes(bytes);
const loadMs = performance.now() - t0;
console.log(
  `${lineCount} lines → ${lexicon.formCount} forms, ${out}: ${(statSync(out).size / 1e6).toFixed(2)} MB, ` +
    `built in ${((performance.now() - started) / 1000).toFixed(1)} s, loads in ${loadMs.toFixed(0)} ms`,
);
for (const probe of ['Häuser', 'Trumps', 'sagte', 'Berlin', 'schönen'])
  console.log(probe, JSON.stringify(lexicon.readings(probe)), lexicon.nameTypes(probe));
