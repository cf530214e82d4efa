import type { DocumentRecord } from '../../core/contract/types.js';
import type { StoryClusterer, StoryIndexLike } from './clusterer.js';
import { publishedDay } from '../../core/cluster/index.js';
import { canonicalUrl, contentHash } from './keys.js';
import { entityRows, frameRows } from './rows.js';
import { snippetOf } from './snippet.js';
import type { Sql, SqlDatabase } from './sql.js';
import {
  StoreError,
  type AddResult,
  type NewReport,
  type ReportStore,
  type ReportSummary,
  type SearchHit,
  type SearchQuery,
  type StoredReport,
  type StoryListOptions,
  type StorySummary,
} from './types.js';

/** The columns of a ReportSummary, from `reports r` left-joined to `story_members m`. */
const SUMMARY_COLUMNS = `r.id, r.source, r.url, r.outlet, r.title, r.published, r.lang,
  to_char(r.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS added_at,
  r.day::text AS day, m.story_id`;

interface SummaryRow {
  id: number;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  added_at: string;
  day: string;
  story_id: number | null;
}

function summaryOf(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    lang: row.lang,
    day: row.day,
    addedAt: row.added_at,
    storyId: row.story_id,
  };
}

/** `%` and `_` in a user's words are letters, not LIKE wildcards. */
function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface SqlStoreOptions {
  engine: 'embedded' | 'server';
  location: string;
  /** The schema the tables live in (already migrated). */
  schema: string;
  /** Story assignment; without one, every report opens a story of its own. */
  clusterer?: StoryClusterer;
  /** Called after `close` (releases the embedded store's lock). */
  onClose?: () => Promise<void>;
}

/** Both engines' ReportStore: the same SQL on a PGlite or a server connection. */
export class SqlReportStore implements ReportStore {
  readonly engine: 'embedded' | 'server';
  readonly location: string;
  private readonly schema: string;
  private readonly clusterer: StoryClusterer | undefined;
  private index: StoryIndexLike<unknown> | null = null;
  /** Highest report id and story epoch the index has seen. */
  private seenReport = 0;
  private seenEpoch = -1;
  private closed = false;
  /** Reports added by this process since the statistics were last brought up to date. */
  private addedSinceAnalyse = 0;

  constructor(
    private readonly db: SqlDatabase,
    private readonly options: SqlStoreOptions,
  ) {
    this.engine = options.engine;
    this.location = options.location;
    this.schema = options.schema;
    this.clusterer = options.clusterer;
  }

  /** An advisory lock key per schema that serialises story assignment across writers. */
  private get assignLock(): string {
    return `${this.schema}.stories`;
  }

  async addReport(report: NewReport): Promise<AddResult> {
    const { record } = report;
    const meta = record.meta ?? {};
    const url = canonicalUrl(meta.url ?? report.source) ?? canonicalUrl(report.source);
    const hash = contentHash(record.text);
    const entities = entityRows(record);
    const frames = frameRows(record);
    // The page's date, else the dateline's, else today: what date filters and story lists go by.
    const day = publishedDay(record) ?? new Date().toISOString().slice(0, 10);
    let assigned: { features: unknown; story: number; reportId: number } | null = null;

    const result = await this.db.transaction(async (tx): Promise<AddResult> => {
      // Serialise writers of this store's stories: the clusterer's choice must
      // see every report committed before it (other workers' too).
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.assignLock]);
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO reports (content_hash, source, url, outlet, title, published, day, lang, text, record)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9, $10::jsonb)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          hash,
          report.source,
          url,
          meta.outlet ?? null,
          meta.title ?? null,
          meta.published ?? null,
          day,
          record.lang,
          record.text,
          JSON.stringify(record),
        ],
      );
      if (inserted.length === 0) {
        const existing = await this.existing(tx, url, hash);
        if (!existing)
          throw new StoreError('a report conflicted with one that vanished; try again');
        return { status: 'duplicate', ...existing };
      }
      const reportId = inserted[0]!.id;
      // One statement per table, whatever the number of rows: each round trip costs.
      if (entities.length > 0)
        await tx.query(
          `INSERT INTO report_entities (report_id, name, type, key)
           SELECT $1, e.name, e.type, e.key
           FROM jsonb_to_recordset($2::jsonb) AS e(name text, type text, key text)`,
          [reportId, JSON.stringify(entities)],
        );
      if (entities.length > 0)
        await tx.query(
          `INSERT INTO entity_names (name, key)
           SELECT DISTINCT e.name, e.key FROM jsonb_to_recordset($1::jsonb) AS e(name text, key text)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(entities)],
        );
      if (frames.length > 0)
        await tx.query(
          `INSERT INTO report_frames (report_id, kind, bearer, attribute, value)
           SELECT $1, f.kind, f.bearer, f.attribute, f.value
           FROM jsonb_to_recordset($2::jsonb) AS f(kind text, bearer text, attribute text, value text)`,
          [reportId, JSON.stringify(frames)],
        );

      let storyId: number | null = null;
      let features: unknown = null;
      if (this.clusterer) {
        const index = await this.currentIndex(tx);
        features = this.clusterer.features(record, reportId);
        storyId = index.match(features)?.story ?? null;
        // A story the index remembers may have been merged away by another writer.
        if (storyId !== null) {
          const alive = await tx.query('SELECT 1 FROM stories WHERE id = $1', [storyId]);
          if (alive.length === 0) storyId = null;
        }
        await tx.query('UPDATE reports SET features = $2::jsonb WHERE id = $1', [
          reportId,
          JSON.stringify(features),
        ]);
      }
      const newStory = storyId === null;
      if (storyId === null)
        storyId = (
          await tx.query<{ id: number }>('INSERT INTO stories DEFAULT VALUES RETURNING id')
        )[0]!.id;
      await tx.query('INSERT INTO story_members (report_id, story_id) VALUES ($1, $2)', [
        reportId,
        storyId,
      ]);
      if (this.clusterer) assigned = { features, story: storyId, reportId };
      return { status: 'added', reportId, storyId, newStory };
    });
    if (result.status === 'added' && ++this.addedSinceAnalyse >= ANALYSE_EVERY)
      await this.refreshStatistics();
    // Only what is committed enters the index.
    if (assigned && this.index) {
      const a = assigned as { features: unknown; story: number; reportId: number };
      this.index.assign(a.features, a.story);
      this.seenReport = Math.max(this.seenReport, a.reportId);
    }
    return result;
  }

  /**
   * The clusterer's index, in step with the database: rebuilt when stories
   * were merged or split (the epoch moved), else extended by the reports other
   * writers added since it last looked.
   */
  private async currentIndex(tx: Sql): Promise<StoryIndexLike<unknown>> {
    const epoch = await this.epoch(tx);
    if (!this.index || epoch !== this.seenEpoch) {
      this.index = this.clusterer!.createIndex();
      this.seenReport = 0;
      this.seenEpoch = epoch;
    }
    const rows = await tx.query<{ id: number; features: unknown; story_id: number }>(
      `SELECT r.id, r.features, m.story_id FROM reports r JOIN story_members m ON m.report_id = r.id
       WHERE r.id > $1 AND r.features IS NOT NULL ORDER BY r.id`,
      [this.seenReport],
    );
    for (const row of rows) {
      this.index.assign(row.features, row.story_id);
      this.seenReport = row.id;
    }
    return this.index;
  }

  private async epoch(tx: Sql): Promise<number> {
    const rows = await tx.query<{ value: string }>(
      "SELECT value FROM store_meta WHERE key = 'story_epoch'",
    );
    return rows.length > 0 ? Number(rows[0]!.value) : 0;
  }

  /** Merges and splits move reports between stories: other writers rebuild their index. */
  private async bumpEpoch(tx: Sql): Promise<void> {
    await tx.query(
      `INSERT INTO store_meta (key, value) VALUES ('story_epoch', '1')
       ON CONFLICT (key) DO UPDATE SET value = (store_meta.value::integer + 1)::text`,
    );
  }

  private async existing(
    tx: Sql,
    url: string | null,
    hash: string,
  ): Promise<{ reportId: number; storyId: number | null; by: 'url' | 'text' } | null> {
    const rows = await tx.query<{ id: number; story_id: number | null; by: 'url' | 'text' }>(
      `SELECT r.id, m.story_id, CASE WHEN r.url = $1 THEN 'url' ELSE 'text' END AS by
       FROM reports r LEFT JOIN story_members m ON m.report_id = r.id
       WHERE r.url = $1 OR r.content_hash = $2
       ORDER BY (r.url = $1) DESC NULLS LAST LIMIT 1`,
      [url, hash],
    );
    const row = rows[0];
    return row ? { reportId: row.id, storyId: row.story_id, by: row.by } : null;
  }

  async findExisting(
    source: string,
    text?: string,
  ): Promise<{ reportId: number; by: 'url' | 'text' } | null> {
    const url = canonicalUrl(source);
    const found = await this.existing(this.db, url, text === undefined ? '' : contentHash(text));
    return found ? { reportId: found.reportId, by: found.by } : null;
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const rows = await this.db.query<SummaryRow & { content_hash: string; record: DocumentRecord }>(
      `SELECT ${SUMMARY_COLUMNS}, r.content_hash, r.record
       FROM reports r LEFT JOIN story_members m ON m.report_id = r.id WHERE r.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    const entities = await this.db.query<StoredReport['entities'][number]>(
      'SELECT name, type, key FROM report_entities WHERE report_id = $1 ORDER BY name',
      [id],
    );
    const frames = await this.db.query<StoredReport['frames'][number]>(
      'SELECT kind, bearer, attribute, value FROM report_frames WHERE report_id = $1',
      [id],
    );
    return {
      ...summaryOf(row),
      contentHash: row.content_hash,
      record: row.record,
      entities,
      frames,
    };
  }

  async reportCount(): Promise<number> {
    const rows = await this.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM reports');
    return rows[0]!.n;
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const text = query.text.trim();
    const limit = Math.max(1, Math.min(query.limit ?? 20, 1000));
    const entity = query.entity?.trim() || null;
    const { nameKey } = await import('../../core/entities/name-key.js');
    const rows = await this.db.query<
      SummaryRow & { rank: number; headline: string | null; text: string }
    >(
      // Ranked by ids first, so that texts are read (and snippets made) for the hits only.
      `WITH entity_keys AS MATERIALIZED (
         -- Each distinct name is matched once (entity_names), not once per report that has it.
         SELECT DISTINCT n.key FROM entity_names n
         WHERE $6::text IS NOT NULL
           AND (n.key = $7 OR ' ' || n.key || ' ' LIKE $10
             OR n.name ILIKE $8 OR public.similarity(n.name, $6) > 0.5)),
       entity_reports AS MATERIALIZED (
         SELECT DISTINCT e.report_id FROM report_entities e JOIN entity_keys k ON e.key = k.key),
       ranked AS (
         SELECT r.id, r.day,
           CASE WHEN $1 = '' THEN 0
             WHEN r.lang = 'en' THEN ts_rank_cd(r.search, websearch_to_tsquery('english', $1))
             ELSE ts_rank_cd(r.search, websearch_to_tsquery('german', $1)) END AS rank
         FROM reports r
         -- The query stemmed as German and as English; each report matches in its own language.
         WHERE ($1 = ''
             OR (r.search @@ websearch_to_tsquery('german', $1) AND r.lang <> 'en')
             OR (r.search @@ websearch_to_tsquery('english', $1) AND r.lang = 'en'))
           AND ($2::text IS NULL OR r.outlet ILIKE $3
             OR (r.outlet OPERATOR(public.%) $2 AND public.similarity(r.outlet, $2) > 0.4))
           AND ($4::date IS NULL OR r.day >= $4::date)
           AND ($5::date IS NULL OR r.day <= $5::date)
           AND ($6::text IS NULL OR r.id IN (SELECT report_id FROM entity_reports))
         ORDER BY rank DESC, r.day DESC, r.id DESC
         LIMIT $9)
       SELECT ${SUMMARY_COLUMNS}, r.text, ranked.rank,
         CASE WHEN $1 = '' THEN NULL
           WHEN r.lang = 'en' THEN ts_headline('english', r.text, websearch_to_tsquery('english', $1), '${HEADLINE}')
           ELSE ts_headline('german', r.text, websearch_to_tsquery('german', $1), '${HEADLINE}') END AS headline
       FROM ranked JOIN reports r ON r.id = ranked.id LEFT JOIN story_members m ON m.report_id = r.id
       ORDER BY ranked.rank DESC, ranked.day DESC, ranked.id DESC`,
      [
        text,
        query.outlet?.trim() || null,
        query.outlet ? likePattern(query.outlet.trim()) : null,
        query.from ?? null,
        query.to ?? null,
        entity,
        entity ? nameKey(entity) : null,
        entity ? likePattern(entity) : null,
        limit,
        // The key as whole words of a longer key: a surname, or one spelling of it.
        entity ? `% ${likePattern(nameKey(entity)).slice(1, -1)} %` : null,
      ],
    );
    return rows.map((row) => ({
      ...summaryOf(row),
      rank: Number(row.rank),
      snippet: snippetOf(row.text, row.headline, START, STOP),
    }));
  }

  async listStories(options: StoryListOptions = {}): Promise<StorySummary[]> {
    const stories = await this.db.query<{ id: number }>(
      `SELECT m.story_id AS id FROM story_members m JOIN reports r ON r.id = m.report_id
       GROUP BY m.story_id HAVING ($1::date IS NULL OR max(r.day) >= $1::date)
       ORDER BY max(r.day) DESC, max(r.id) DESC
       LIMIT $2`,
      [options.since ?? null, options.limit ?? null],
    );
    return this.summaries(stories.map((s) => s.id));
  }

  async getStory(id: number): Promise<StorySummary | null> {
    return (await this.summaries([id]))[0] ?? null;
  }

  /** Story summaries in the order of `ids` (missing or empty stories left out). */
  private async summaries(ids: number[], sql: Sql = this.db): Promise<StorySummary[]> {
    if (ids.length === 0) return [];
    const rows = await sql.query<SummaryRow & { text_start: string }>(
      `SELECT ${SUMMARY_COLUMNS}, left(r.text, 200) AS text_start
       FROM story_members m JOIN reports r ON r.id = m.report_id
       WHERE m.story_id = ANY($1::integer[]) ORDER BY r.day, r.id`,
      [ids],
    );
    const byStory = new Map<number, (SummaryRow & { text_start: string })[]>();
    for (const row of rows) {
      const list = byStory.get(row.story_id!) ?? [];
      list.push(row);
      byStory.set(row.story_id!, list);
    }
    return ids.flatMap((id) => {
      const members = byStory.get(id);
      if (!members) return [];
      const first = members[0]!;
      const days = members.map((m) => m.day).sort();
      return [
        {
          id,
          label: first.title ?? firstWords(first.text_start),
          reportCount: members.length,
          firstSeen: days[0]!,
          lastSeen: days[days.length - 1]!,
          outlets: [...new Set(members.flatMap((m) => (m.outlet ? [m.outlet] : [])))].sort(),
          reports: members.map(summaryOf),
        },
      ];
    });
  }

  async storyRecords(id: number): Promise<DocumentRecord[]> {
    const rows = await this.db.query<{ record: DocumentRecord }>(
      `SELECT r.record FROM story_members m JOIN reports r ON r.id = m.report_id
       WHERE m.story_id = $1 ORDER BY r.day, r.id`,
      [id],
    );
    return rows.map((row) => row.record);
  }

  async mergeStories(into: number, from: number): Promise<StorySummary> {
    if (into === from) throw new StoreError(`cannot merge story ${into} with itself`);
    const merged = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.assignLock]);
      for (const id of [into, from]) {
        const found = await tx.query('SELECT 1 FROM stories WHERE id = $1', [id]);
        if (found.length === 0) throw new StoreError(`there is no story ${id}`);
      }
      await tx.query('UPDATE story_members SET story_id = $1 WHERE story_id = $2', [into, from]);
      await tx.query('DELETE FROM stories WHERE id = $1', [from]);
      await this.bumpEpoch(tx);
      return (await this.summaries([into], tx))[0]!;
    });
    this.index = null;
    return merged;
  }

  async splitStory(story: number, reportIds: number[]): Promise<StorySummary> {
    const ids = [...new Set(reportIds)];
    if (ids.length === 0) throw new StoreError('name at least one report to split off');
    const split = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.assignLock]);
      const members = await tx.query<{ report_id: number }>(
        'SELECT report_id FROM story_members WHERE story_id = $1',
        [story],
      );
      if (members.length === 0) throw new StoreError(`there is no story ${story}`);
      const inStory = new Set(members.map((m) => m.report_id));
      const strangers = ids.filter((id) => !inStory.has(id));
      if (strangers.length > 0)
        throw new StoreError(
          `report${strangers.length > 1 ? 's' : ''} ${strangers.join(', ')} ` +
            `${strangers.length > 1 ? 'are' : 'is'} not in story ${story}`,
        );
      if (ids.length === inStory.size)
        throw new StoreError(`splitting off every report would leave story ${story} empty`);
      const created = await tx.query<{ id: number }>(
        'INSERT INTO stories DEFAULT VALUES RETURNING id',
      );
      const newId = created[0]!.id;
      await tx.query(
        'UPDATE story_members SET story_id = $1 WHERE report_id = ANY($2::integer[])',
        [newId, ids],
      );
      await this.bumpEpoch(tx);
      return (await this.summaries([newId], tx))[0]!;
    });
    this.index = null;
    return split;
  }

  /**
   * The planner's statistics. A server's autovacuum keeps them; PGlite has no
   * background workers, and without statistics its planner reads every
   * report's vector for a filtered search (seconds at 10,000 reports). So the
   * embedded store analyses its tables when they have grown by a fifth since
   * the last time (on open, and every ANALYSE_EVERY reports added).
   */
  async refreshStatistics(force = false): Promise<void> {
    this.addedSinceAnalyse = 0;
    if (this.engine !== 'embedded' && !force) return;
    const [row] = await this.db.query<{ n: number; analysed: string | null }>(
      `SELECT (SELECT count(*)::integer FROM reports) AS n,
              (SELECT value FROM store_meta WHERE key = 'analysed_reports') AS analysed`,
    );
    const analysed = Number(row?.analysed ?? 0);
    if (!force && row!.n <= analysed * 1.2 + 50) return;
    await this.db.exec('ANALYZE reports; ANALYZE report_entities; ANALYZE story_members');
    await this.db.query(
      `INSERT INTO store_meta (key, value) VALUES ('analysed_reports', $1)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [String(row!.n)],
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.db.close();
    } finally {
      await this.options.onClose?.();
    }
  }
}

/** Reports added between two checks of the planner's statistics (embedded store). */
const ANALYSE_EVERY = 500;

/** Private-use characters mark the matches in ts_headline's output; no report text has them. */
const START = '\uE000';
const STOP = '\uE001';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=1`;

/** A story's name when its first report has no title: the headline line of a text file, else its first words. */
function firstWords(text: string): string {
  const firstLine = text.trim().split('\n')[0]!.trim();
  if (firstLine.length > 0 && firstLine.length <= 120) return firstLine;
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= 80) return words;
  const cut = words.lastIndexOf(' ', 80);
  return `${words.slice(0, cut > 40 ? cut : 80)} …`;
}
