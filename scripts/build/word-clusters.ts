/**
 * Builds distributional word clusters for German (models/clusters-de.bin) from
 * the unannotated text of the corpora in ../shared/corpora (token columns only;
 * no labels are read). Test splits that anything is evaluated on are left out:
 * GermEval 2014 test, UNER/UD German PUD, GSD test, and the test splits of
 * MobIE, SmartData and ZEFYS.
 *
 *   npm run build:clusters                     # models/clusters-de.bin
 *   options: --min-count N (3)  --vocab N (60000)  --contexts N (600)  --dims N (96)
 *            --levels 32,8,4 (branching per level: 32 → 256 → 1024)  --out PATH
 *
 * Method (a cheap stand-in for Brown clustering): for each word of the
 * vocabulary, count its left and right neighbours among the most frequent
 * `--contexts` words; weight the counts by positive PMI (context distribution
 * smoothed with α = 0.75); project to `--dims` dimensions with a fixed random
 * Gaussian matrix; normalise; then split the words top-down with spherical
 * k-means, so that every word has a path of cluster ids, coarse to fine.
 * Deterministic (seeded).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeWordClusters } from '../../src/core/lexicon/word-clusters.js';
import { createRandom } from '../../src/core/tagging/index.js';
import {
  readEuropeana,
  readGermEval,
  readLer,
  readMobie,
  readSmartData,
  readZefys,
} from '../../src/node/corpora/ner-corpora.js';
import { missingSharedMessage, REPO_ROOT, sharedPath } from '../../src/node/shared-data.js';

const { values: args } = parseArgs({
  options: {
    'min-count': { type: 'string', default: '3' },
    vocab: { type: 'string', default: '60000' },
    contexts: { type: 'string', default: '600' },
    dims: { type: 'string', default: '96' },
    levels: { type: 'string', default: '32,8,4' },
    out: { type: 'string', default: join(REPO_ROOT, 'models', 'clusters-de.bin') },
  },
});

const corpora = sharedPath('corpora');
if (!corpora) {
  console.error(missingSharedMessage('corpora'));
  process.exit(1);
}

function log(msg: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

// ---------------------------------------------------------------------------
// Unannotated text: token sequences.

function conlluForms(path: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0] ?? '')) continue; // multiword ranges and empty nodes
    current.push(cols[1]!);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function empiristForms(path: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    current.push(line.split('\t')[0]!);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function spkattForms(dir: string): string[][] {
  const out: string[][] = [];
  for (const split of ['train', 'dev']) {
    const base = join(dir, 'data', split, 'task1');
    for (const file of readdirSync(base)) {
      if (!file.endsWith('.json')) continue;
      const doc = JSON.parse(readFileSync(join(base, file), 'utf8')) as {
        Sentences?: { Tokens: string[] }[];
      };
      for (const s of doc.Sentences ?? []) out.push(s.Tokens);
    }
  }
  return out;
}

const sources: [name: string, read: () => string[][]][] = [
  ['ler (per_court)', () => readLer(corpora).map((s) => s.tokens)],
  ['zefys train+dev', () => readZefys(corpora).map((s) => s.tokens)],
  ['europeana', () => readEuropeana(corpora).map((s) => s.tokens)],
  ['mobie train+dev', () => readMobie(corpora).map((s) => s.tokens)],
  ['smartdata v1 train', () => readSmartData(corpora).map((s) => s.tokens)],
  ['germeval dev', () => readGermEval(corpora, 'dev').map((s) => s.tokens)],
  ['spkatt debates train+dev', () => spkattForms(join(corpora, 'spkatt2023-task1-debates'))],
  ['ud gsd dev', () => conlluForms(join(corpora, 'ud-german-gsd', 'de_gsd-ud-dev.conllu'))],
  [
    'empirist',
    () =>
      ['train_cmc', 'train_web', 'test_cmc', 'test_web'].flatMap((f) =>
        empiristForms(join(corpora, 'empirist2015', `empirist_${f}.tsv`)),
      ),
  ],
];

const sentences: string[][] = [];
for (const [name, read] of sources) {
  const got = read();
  sentences.push(...got);
  log(`${name}: ${got.length} sentences, ${got.reduce((n, s) => n + s.length, 0)} tokens`);
}

// ---------------------------------------------------------------------------
// Vocabulary and context counts.

const frequency = new Map<string, number>();
for (const s of sentences) for (const t of s) frequency.set(t, (frequency.get(t) ?? 0) + 1);
const byFrequency = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const minCount = Number(args['min-count']);
const vocab = byFrequency
  .filter(([w, n]) => n >= minCount && !w.includes('\n'))
  .slice(0, Number(args.vocab))
  .map(([w]) => w);
const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
const C = Number(args.contexts);
const contextIndex = new Map(byFrequency.slice(0, C).map(([w], i) => [w, i]));
const D = 2 * C; // left neighbours, then right neighbours
log(`vocabulary ${vocab.length} words (count ≥ ${minCount}), ${C} context words each side`);

const V = vocab.length;
const counts = new Float32Array(V * D);
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const w = vocabIndex.get(s[i]!);
    if (w === undefined) continue;
    const left = i > 0 ? contextIndex.get(s[i - 1]!) : C - 1; // sentence start ~ a rare context
    const right = i + 1 < s.length ? contextIndex.get(s[i + 1]!) : undefined;
    if (left !== undefined) counts[w * D + left]! += 1;
    if (right !== undefined) counts[w * D + C + right]! += 1;
  }
}

// Positive PMI with smoothed context distribution.
const rowSum = new Float64Array(V);
const colSum = new Float64Array(D);
let total = 0;
for (let w = 0; w < V; w++) {
  for (let d = 0; d < D; d++) {
    const c = counts[w * D + d]!;
    rowSum[w]! += c;
    colSum[d]! += c;
    total += c;
  }
}
const colSmoothed = new Float64Array(D);
let smoothedTotal = 0;
for (let d = 0; d < D; d++) smoothedTotal += colSmoothed[d] = Math.pow(colSum[d]!, 0.75);

// Random projection to `dims` dimensions, then unit length.
const K = Number(args.dims);
const random = createRandom(20260522);
const gaussian = (): number => {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const projection = new Float32Array(D * K);
for (let i = 0; i < projection.length; i++) projection[i] = gaussian();
const vectors = new Float32Array(V * K);
const kept: number[] = [];
for (let w = 0; w < V; w++) {
  if (rowSum[w] === 0) continue;
  const out = w * K;
  for (let d = 0; d < D; d++) {
    const c = counts[w * D + d]!;
    if (c === 0) continue;
    const pmi = Math.log((c * smoothedTotal) / (rowSum[w]! * colSmoothed[d]!));
    if (pmi <= 0) continue;
    for (let k = 0; k < K; k++) vectors[out + k]! += pmi * projection[d * K + k]!;
  }
  let norm = 0;
  for (let k = 0; k < K; k++) norm += vectors[out + k]! ** 2;
  if (norm === 0) continue;
  norm = Math.sqrt(norm);
  for (let k = 0; k < K; k++) vectors[out + k]! /= norm;
  kept.push(w);
}
log(`${kept.length} words with context vectors (${total} context counts)`);

// ---------------------------------------------------------------------------
// Top-down spherical k-means.

/** Splits `members` into `k` groups; returns the group of each member. */
function kmeans(members: readonly number[], k: number, iterations = 20): Uint16Array {
  const n = members.length;
  const assign = new Uint16Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  // k-means++ style seeding on a sample, deterministic.
  const centroids = new Float32Array(k * K);
  const first = members[Math.floor(random() * n)]!;
  centroids.set(vectors.subarray(first * K, first * K + K), 0);
  const best = new Float32Array(n).fill(-Infinity);
  for (let c = 1; c < k; c++) {
    let sum = 0;
    const dist = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const w = members[i]! * K;
      let dot = 0;
      for (let x = 0; x < K; x++) dot += vectors[w + x]! * centroids[(c - 1) * K + x]!;
      if (dot > best[i]!) best[i] = dot;
      dist[i] = Math.max(0, 1 - best[i]!) ** 2;
      sum += dist[i]!;
    }
    let r = random() * sum;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= dist[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    const w = members[pick]! * K;
    centroids.set(vectors.subarray(w, w + K), c * K);
  }
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const w = members[i]! * K;
      let bestC = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let x = 0; x < K; x++) dot += vectors[w + x]! * centroids[c * K + x]!;
        if (dot > bestDot) {
          bestDot = dot;
          bestC = c;
        }
      }
      if (assign[i] !== bestC || it === 0) changed++;
      assign[i] = bestC;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const w = members[i]! * K;
      const c = assign[i]! * K;
      for (let x = 0; x < K; x++) centroids[c + x]! += vectors[w + x]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let x = 0; x < K; x++) norm += centroids[c * K + x]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let x = 0; x < K; x++) centroids[c * K + x]! /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

const branching = args.levels.split(',').map(Number);
const levels: number[] = [];
branching.reduce((product, b) => (levels.push(product * b), product * b), 1);
const finestId = new Uint16Array(V);
let groups: number[][] = [kept];
for (const b of branching) {
  const next: number[][] = [];
  for (const group of groups) {
    const assign = kmeans(group, b);
    const parts: number[][] = Array.from({ length: b }, () => []);
    group.forEach((w, i) => parts[assign[i]!]!.push(w));
    next.push(...parts);
  }
  groups = next;
  log(
    `level of ${groups.length} clusters: sizes ${Math.min(...groups.map((g) => g.length))}–${Math.max(...groups.map((g) => g.length))}`,
  );
}
groups.forEach((group, id) => {
  for (const w of group) finestId[w] = id;
});

const words = kept.map((w) => vocab[w]!);
const ids = kept.map((w) => finestId[w]!);
const bytes = encodeWordClusters(words, ids, levels);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, bytes);
log(
  `wrote ${args.out}: ${words.length} words, levels ${levels.join('/')}, ${(bytes.length / 1024).toFixed(0)} KiB`,
);

// A few clusters for a sanity check.
for (const probe of ['Berlin', 'Müller', 'Firma', 'sagte', 'Januar', 'Bundesgerichtshof']) {
  const w = vocabIndex.get(probe);
  if (w === undefined) continue;
  const same = groups[finestId[w]!]!.slice(0, 12).map((x) => vocab[x]);
  log(`  ${probe} → ${finestId[w]}: ${same.join(' ')}`);
}
