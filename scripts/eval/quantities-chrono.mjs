// Scores chrono-node's German parser (chrono.de) on the gold dates of the quantities
// eval, for the library-or-own decision recorded in docs/quantities.md. chrono-node is
// not a dependency of crosscheck; install it for this run only:
//
//   npm install --no-save chrono-node@2.10.3 && node scripts/eval/quantities-chrono.mjs
//
// A gold date counts as found when a chrono result overlaps it and, read at the gold
// granularity, gives the gold value (generous to chrono, which has no granularity).
import { readFileSync } from 'node:fs';

const GOLD = ['quantities.de.json', 'quantities.de.holdout.json'].map(
  (f) => new URL(`../../src/core/quantities/gold/${f}`, import.meta.url),
);
let chrono;
try {
  chrono = await import('chrono-node');
} catch {
  console.error('chrono-node is not installed: npm install --no-save chrono-node@2.10.3');
  process.exit(1);
}
const pad = (n) => String(n).padStart(2, '0');
function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  return `${y}-W${pad(Math.ceil(((t - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7))}`;
}
function valueAt(d, granularity) {
  if (granularity === 'day')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (granularity === 'month') return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
  if (granularity === 'year') return `${d.getFullYear()}`;
  return isoWeek(d);
}
let gold = 0;
let predicted = 0;
let overlapping = 0;
let matched = 0;
for (const file of GOLD) {
  for (const doc of JSON.parse(readFileSync(file, 'utf8')).documents) {
    // chrono always resolves against some date; without one, gold expects null (unresolved).
    const ref = new Date(`${doc.documentDate ?? '2026-01-01'}T12:00:00`);
    const results = chrono.de.parse(doc.text, ref);
    predicted += results.length;
    gold += doc.dates.length;
    for (const g of doc.dates) {
      const start = doc.text.indexOf(g.text);
      const end = start + g.text.length;
      const r = results.find((x) => x.index < end && start < x.index + x.text.length);
      if (!r) continue;
      overlapping++;
      const value =
        !doc.documentDate && !r.start.isCertain('year')
          ? null
          : valueAt(r.start.date(), g.granularity);
      if (value === g.value) matched++;
    }
  }
}
const f3 = (x) => x.toFixed(3);
console.log(
  `chrono.de on ${gold} gold dates: ${predicted} results, span overlap ${f3(overlapping / gold)}, value recall ${f3(matched / gold)}, precision ≤ ${f3(matched / predicted)}`,
);
