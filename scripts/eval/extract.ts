/**
 * `npm run eval:extract` — scores main-text extraction of web pages
 * (src/node/ingest) on the two benchmarks in ../shared/corpora/article-extraction/:
 *
 *   scrapinghub/: the Zyte article-extraction benchmark (181 pages, mostly English),
 *     scored by the benchmark's own evaluate.py (shingle precision/recall/F1), run
 *     with python3 on our output. Held out: never tuned on.
 *   trafilatura-de/: the German pages of trafilatura's evaluation set (410), with its
 *     snippet metric: a "with" snippet found in the text is a true positive (else a
 *     false negative), a "without" snippet found is a false positive. White space is
 *     collapsed on both sides before matching. The same file states each page's
 *     date, which scores the published date we read (`meta.published`, day only).
 *
 * Also prints the time per page (decode, parse, Readability, metadata, source map)
 * on this machine, one process, one page at a time.
 *
 * Options: --only scrapinghub|trafilatura-de, --json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readHtmlDocument, type HtmlDocument } from '../../src/node/ingest/html-document.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const asJson = args.includes('--json');

interface Timing {
  pages: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process per page (user + system): less affected by other load on the machine. */
  cpuMeanMs: number;
}

function timed(pages: { id: string; bytes: Uint8Array; url?: string }[]) {
  const results = new Map<string, HtmlDocument>();
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (const page of pages) {
    const start = performance.now();
    results.set(page.id, readHtmlDocument(page.bytes, { url: page.url }));
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const timing: Timing = {
    pages: times.length,
    meanMs: times.reduce((s, t) => s + t, 0) / Math.max(times.length, 1),
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    p95Ms: times[Math.floor(times.length * 0.95)] ?? 0,
    cpuMeanMs: (cpu.user + cpu.system) / 1000 / Math.max(times.length, 1),
  };
  return { results, timing };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function scrapinghub(): Record<string, unknown> | null {
  const dir = sharedPath('corpora', 'article-extraction', 'scrapinghub');
  if (!dir) {
    console.log(missingSharedMessage('corpora/article-extraction/scrapinghub'));
    return null;
  }
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >;
  const pages = Object.keys(truth).map((id) => ({
    id,
    bytes: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
    url: truth[id]!.url,
  }));
  const { results, timing } = timed(pages);
  const output: Record<string, { articleBody: string }> = {};
  for (const [id, doc] of results) output[id] = { articleBody: doc.text };
  // evaluate.py reads ./ground-truth.json and ./output/*.json.
  const work = mkdtempSync(join(tmpdir(), 'crosscheck-extract-'));
  try {
    symlinkSync(join(dir, 'ground-truth.json'), join(work, 'ground-truth.json'));
    mkdirSync(join(work, 'output'));
    writeFileSync(join(work, 'output', 'crosscheck.json'), JSON.stringify(output));
    let printed: string;
    try {
      printed = execFileSync(
        'python3',
        [join(dir, 'evaluate.py'), '--n-bootstrap', '200', '--output', join(work, 'metrics.json')],
        {
          cwd: work,
          encoding: 'utf8',
        },
      );
    } catch (error) {
      console.log(
        `scrapinghub: evaluate.py could not run (${(error as Error).message.split('\n')[0]}); python3 is needed`,
      );
      return { timing };
    }
    const metrics = (
      JSON.parse(readFileSync(join(work, 'metrics.json'), 'utf8')) as Record<
        string,
        Record<string, number>
      >
    ).crosscheck!;
    if (!asJson) process.stdout.write(printed);
    return {
      f1: metrics.f1,
      precision: metrics.precision,
      recall: metrics.recall,
      accuracy: metrics.accuracy,
      timing,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function trafilaturaDe(): Record<string, unknown> | null {
  const dir = sharedPath('corpora', 'article-extraction', 'trafilatura-de');
  if (!dir) {
    console.log(missingSharedMessage('corpora/article-extraction/trafilatura-de'));
    return null;
  }
  const data = JSON.parse(readFileSync(join(dir, 'evaldata-de.json'), 'utf8')) as Record<
    string,
    { file: string; with?: string[]; without?: string[]; date?: string }
  >;
  const pages = Object.entries(data).map(([url, entry]) => ({
    id: url,
    url,
    bytes: gunzipSync(readFileSync(join(dir, 'html', `${entry.file.replace(/\.gz$/, '')}.gz`))),
  }));
  const { results, timing } = timed(pages);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  let dated = 0;
  let dateRight = 0;
  let dateMissing = 0;
  for (const [url, entry] of Object.entries(data)) {
    const doc = results.get(url)!;
    const text = collapse(doc.text);
    for (const snippet of entry.with ?? [])
      if (text.includes(collapse(snippet))) tp++;
      else fn++;
    for (const snippet of entry.without ?? [])
      if (text.includes(collapse(snippet))) fp++;
      else tn++;
    if (entry.date) {
      dated++;
      const day = doc.meta.published?.slice(0, 10);
      if (!day) dateMissing++;
      else if (day === entry.date.slice(0, 10)) dateRight++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const result = {
    pages: pages.length,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    accuracy: (tp + tn) / (tp + tn + fp + fn),
    snippets: { tp, fn, fp, tn },
    published: {
      pages: dated,
      right: dateRight,
      missing: dateMissing,
      accuracy: dateRight / dated,
    },
    timing,
  };
  if (!asJson) {
    console.log(
      `trafilatura-de (${pages.length} pages): F1 ${result.f1.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  accuracy ${result.accuracy.toFixed(3)}  (TP ${tp}, FN ${fn}, FP ${fp}, TN ${tn})`,
    );
    console.log(
      `  published day: ${dateRight}/${dated} pages that state a date = ${result.published.accuracy.toFixed(3)} (${dateMissing} found none)`,
    );
  }
  return result;
}

const report: Record<string, unknown> = {};
if (!only || only === 'scrapinghub') report.scrapinghub = scrapinghub();
if (!only || only === 'trafilatura-de') report.trafilaturaDe = trafilaturaDe();
if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  for (const [name, result] of Object.entries(report)) {
    const timing = (result as { timing?: Timing } | null)?.timing;
    if (timing)
      console.log(
        `${name}: ${timing.pages} pages, ${timing.meanMs.toFixed(1)} ms mean, ${timing.medianMs.toFixed(1)} ms median, ${timing.p95Ms.toFixed(1)} ms p95 per page (wall clock); ${timing.cpuMeanMs.toFixed(1)} ms CPU per page`,
      );
  }
}
