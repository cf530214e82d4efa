/**
 * English quotations and speakers on eval/quotes-en/ (invented English reports with
 * exhaustive quotation gold, format of eval/stories/): precision, recall and speaker
 * accuracy per split, scored as the German story set is (story-quotes.ts). Run by
 * `npm run eval:quotes -- --lang en` (add `--split dev` for the dev split's misses,
 * false alarms and wrong speakers; the test split's are never printed).
 *
 * The documents run through the English pipeline (src/node/pipelines/english.ts) when it
 * loads; without it, through the English quote, quantity and date components alone, on
 * the finder's own word scan and sentence split (said in the output).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentRecord, QuoteRecord } from '../../src/core/contract/types.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline/pipeline.js';
import { createQuotesComponent } from '../../src/core/quotes/index.js';
import { englishFirstNameGender } from '../../src/core/quotes/en/lexicon.js';
import { createQuantitiesComponent } from '../../src/core/quantities/index.js';
import { createDatesComponent } from '../../src/core/dates/index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { REPO_ROOT } from '../../src/node/shared-data.js';
import { loadStory, storyDirs } from './stories/gold.js';
import {
  addTotals,
  emptyTotals,
  rates,
  reportGold,
  scoreReport,
  type PredictedQuote,
  type Totals,
} from './story-quotes.js';

type PipelineLoader = (options: { documentDate?: string }) => Pipeline;

function englishStages(documentDate: string | undefined) {
  return [
    createQuantitiesComponent({ lang: 'en' }),
    createDatesComponent({ documentDate, lang: 'en' }),
    createQuotesComponent({ lang: 'en' }),
  ];
}

/** The English pipeline when its module exists and its models load; null otherwise. */
async function englishPipelineLoader(): Promise<{ load: PipelineLoader; label: string }> {
  const path = join(REPO_ROOT, 'src', 'node', 'pipelines', 'english.ts');
  try {
    const mod = (await import(pathToFileURL(path).href)) as {
      loadEnglishPipeline?: PipelineLoader;
    };
    if (typeof mod.loadEnglishPipeline === 'function') {
      mod.loadEnglishPipeline({});
      return {
        load: mod.loadEnglishPipeline,
        label: 'English pipeline (src/node/pipelines/english.ts)',
      };
    }
  } catch (error) {
    console.warn(`note: English pipeline not used (${(error as Error).message.split('\n')[0]})`);
  }
  return {
    load: ({ documentDate }) => createPipeline(englishStages(documentDate)),
    label: 'English quote, quantity and date components alone (own word scan and sentence split)',
  };
}

function predicted(doc: Pick<DocumentRecord, 'entities'>, q: QuoteRecord): PredictedQuote {
  const names: string[] = [];
  if (q.speaker?.antecedent) names.push(q.speaker.antecedent.text);
  if (q.speaker?.entity)
    for (const e of doc.entities) if (e.entity === q.speaker.entity) names.push(e.text);
  return {
    content: q.content,
    span: { start: q.start, end: q.end },
    kind: q.kind,
    speaker: q.speaker?.text ?? null,
    names,
  };
}

const oneLine = (t: string): string => t.replace(/\s+/g, ' ').trim().slice(0, 110);

export async function runEnglishQuotes(options: {
  split?: string;
  json: boolean;
  root?: string;
}): Promise<Record<string, unknown>> {
  const root = options.root ?? join(REPO_ROOT, 'eval', 'quotes-en');
  const dirs = storyDirs(root);
  const results: Record<string, unknown> = {};
  if (dirs.length === 0) {
    console.warn(`${root}: no stories`);
    return results;
  }
  const { load, label } = await englishPipelineLoader();
  if (!options.json) console.log(`English quotations (${root}), run through the ${label}`);
  const totals: Record<string, Totals & { stories: number; reports: number }> = {};
  for (const dir of dirs) {
    const { story, problems } = loadStory(dir);
    if (!story) {
      console.warn(`${dir}: ${problems.join('; ')}`);
      continue;
    }
    const split = story.gold.split;
    if (options.split && split !== options.split) continue;
    const detail = split === 'dev' && options.split === 'dev' && !options.json;
    if (problems.length > 0 && detail) console.log(`${story.gold.id}: ${problems.join('; ')}`);
    const t = (totals[split] ??= { ...emptyTotals(), stories: 0, reports: 0 });
    t.stories++;
    const pipeline = load({ documentDate: story.gold.date });
    for (const report of story.gold.reports) {
      const raw = story.texts.get(report);
      if (raw === undefined) continue;
      t.reports++;
      const text = normalizeText(raw);
      const { gold, notQuotes } = reportGold(story.gold, report, text);
      const doc = pipeline.run(report, text, 'en');
      const quotes = doc.quotes.map((q) => predicted(doc, q));
      const s = scoreReport(gold, notQuotes, quotes, (w) => englishFirstNameGender(w) !== null);
      addTotals(t, s);
      if (!detail) continue;
      const where = `${story.gold.id}/${report}`;
      for (const m of s.misses)
        console.log(`  MISS   ${where}: [${m.kind}, ${m.speaker ?? '-'}] ${oneLine(m.anchor)}`);
      for (const f of s.falseAlarms)
        console.log(
          `  FALSE  ${where}${f.notQuote ? ' (notQuote)' : ''}: [${f.kind}, ${f.speaker ?? '-'}] ${oneLine(text.slice(f.content.start, f.content.end))}`,
        );
      for (const w of s.wrongSpeakers)
        console.log(
          `  WHO    ${where}: gold ${w.gold.speaker ?? '-'}${w.gold.as ? ` (as "${w.gold.as}")` : ''}, got ${w.predicted.speaker ?? '-'}${w.predicted.names.length ? ` → ${[...new Set(w.predicted.names)].join(' / ')}` : ''}: ${oneLine(w.gold.anchor)}`,
        );
    }
  }
  for (const [split, t] of Object.entries(totals).sort()) {
    const r = rates(t);
    results[`quotes-en-${split}`] = { ...t, ...r };
    if (options.json) continue;
    console.log(
      `\nEnglish quotations, ${split} split: ${t.stories} stories, ${t.reports} reports, ${t.gold} gold / ${t.predicted} listed quotes (${t.notQuoteHits} on notQuotes)`,
    );
    console.log(`  quotation precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}`);
    console.log(
      `  right speaker ${r.speaker.toFixed(3)} of quotes found (${t.speakerRight}/${t.found}); of all gold ${(t.gold ? t.speakerRight / t.gold : 0).toFixed(3)}`,
    );
  }
  return results;
}
