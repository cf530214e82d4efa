import type { TargetedMouseEvent } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CompareOutput, Span } from '../core/contract/types.js';
import { renderCompareMarkdown } from '../core/render/compare-markdown.js';
import { ApiProblem, compareReports, type ReportInput } from './api.js';
import { downloadText } from './download.js';
import { EntityCard, type HoveredEntity } from './entity-card.js';
import { EXAMPLE_REPORTS } from './examples.js';
import { readTextFiles } from './files.js';
import { isPageUrl, nameOfUrl, reportName } from './report-source.js';
import { collectFindings, type Finding } from './findings.js';
import { FindingsPanel } from './findings-panel.js';
import { baseMarks } from './marks.js';
import { NO_SPANS, ReportView } from './report-view.js';
import { StoryListPanel } from './stories.js';
import { fetchStoryComparison, type StoryItem } from './stories-api.js';

interface Draft {
  key: number;
  name: string;
  /**
   * What the report is: its text, a web page's HTML source (a dropped .html
   * file; the server extracts the main text), or a page's address, which the
   * server fetches. `text` holds the text, the HTML or the URL.
   */
  kind: 'text' | 'html' | 'url';
  text: string;
  /** YYYY-MM-DD or empty. */
  date: string;
}

type Layer = 'ent' | 'quote' | 'num' | 'date';
/** The highlight layers a reader can switch off, each with a sample of how it looks. */
const LAYERS: { layer: Layer; label: string; sample: string; sampleClass: string }[] = [
  { layer: 'ent', label: 'Names', sample: 'Aa', sampleClass: 'hl-ent hl-ent-PER' },
  { layer: 'quote', label: 'Quotations', sample: '„…“', sampleClass: 'hl-quote' },
  { layer: 'num', label: 'Numbers', sample: '12', sampleClass: 'hl-num' },
  { layer: 'date', label: 'Dates', sample: 'Mo', sampleClass: 'hl-date' },
];

let nextKey = 1;
const emptyDraft = (index: number): Draft => ({
  key: nextKey++,
  name: `Report ${index + 1}`,
  kind: 'text',
  text: '',
  date: '',
});

export function App() {
  const [drafts, setDrafts] = useState<Draft[]>(() => [emptyDraft(0), emptyDraft(1)]);
  const [output, setOutput] = useState<CompareOutput | null>(null);
  const [showResults, setShowResults] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<Finding | null>(null);
  const [hovered, setHovered] = useState<HoveredEntity | null>(null);
  const [hiddenLayers, setHiddenLayers] = useState<ReadonlySet<Layer>>(new Set());
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [pageUrl, setPageUrl] = useState('');
  /** The stored story being compared, and the one whose comparison is shown (stories.tsx). */
  const [openingStory, setOpeningStory] = useState<number | null>(null);
  const [openedStory, setOpenedStory] = useState<number | null>(null);

  const filled = drafts.filter((d) => d.text.trim() !== '');
  const canCompare = filled.length >= 2 && !busy;

  const runCompare = useCallback(async () => {
    const reports = drafts.filter((d) => d.text.trim() !== '');
    if (reports.length < 2) {
      setProblem('Paste or drop at least two reports to compare them.');
      return;
    }
    setBusy(true);
    setProblem(null);
    setStatus(`Comparing ${reports.length} reports…`);
    try {
      const result = await compareReports(toInputs(reports));
      setOutput(result);
      setOpenedStory(null);
      setSelected(null);
      setShowResults(true);
      const failed = result.errors ?? [];
      // Pages that could not be read or fetched are named; the others were compared.
      if (failed.length > 0)
        setProblem(`Not compared: ${failed.map((e) => `${e.id} ${e.message}`).join('; ')}.`);
      setStatus(
        `Compared ${result.documents.length} reports: ${plural(result.conflicts.length, 'conflict')}, ` +
          `${plural(result.agreements.length, 'agreement')}, ${plural(result.unique.length, 'statement')} in only one report, ` +
          `${plural(result.warnings.length, 'warning')}.`,
      );
    } catch (error) {
      setStatus('');
      setProblem(
        error instanceof ApiProblem ? error.message : `Something went wrong: ${String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  }, [drafts]);

  const openStory = useCallback(async (story: StoryItem) => {
    setOpeningStory(story.id);
    setProblem(null);
    setStatus(`Comparing the ${plural(story.reportCount, 'report')} of story ${story.id}…`);
    try {
      const result = await fetchStoryComparison(story.id);
      setOutput(result);
      setOpenedStory(story.id);
      setSelected(null);
      setShowResults(true);
      setStatus(
        `Story ${story.id}, “${story.label}”: ${plural(result.documents.length, 'report')}, ` +
          `${plural(result.conflicts.length, 'conflict')}, ${plural(result.agreements.length, 'agreement')}.`,
      );
    } catch (error) {
      setStatus('');
      setProblem(
        error instanceof ApiProblem ? error.message : `Something went wrong: ${String(error)}`,
      );
    } finally {
      setOpeningStory(null);
    }
  }, []);

  const addFiles = useCallback(async (files: Iterable<File>) => {
    const { loaded, problems } = await readTextFiles(files);
    setProblem(
      problems.length === 0 ? null : problems.map((p) => `${p.name} ${p.problem}.`).join(' '),
    );
    if (loaded.length === 0) return;
    setDrafts((current) => {
      const next = [...current];
      for (const file of loaded) {
        const empty = next.findIndex((d) => d.text.trim() === '');
        const draft = {
          ...(empty >= 0 ? next[empty]! : emptyDraft(next.length)),
          name: file.name,
          kind: file.kind,
          text: file.text,
        };
        if (empty >= 0) next[empty] = draft;
        else next.push(draft);
      }
      return next;
    });
    setShowResults(false);
    setStatus(`Added ${plural(loaded.length, 'file')}.`);
  }, []);

  // Escape clears the marked finding; Ctrl+Enter compares from anywhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setSelected(null);
        setHovered(null);
      }
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !showResults && !busy) {
        void runCompare();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCompare, showResults, busy]);

  // On narrow screens the findings sit below the reports: bring the marked reports into view.
  useEffect(() => {
    if (selected && window.matchMedia('(max-width: 900px)').matches) {
      document.getElementById('reports')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }, [selected]);

  const findings = useMemo(() => (output ? collectFindings(output) : null), [output]);
  const marks = useMemo(
    () => (output ? output.documents.map((_, i) => baseMarks(output, i)) : []),
    [output],
  );
  const reportNames = useMemo(() => output?.documents.map(reportName) ?? [], [output]);
  const selectedByDoc = useMemo(() => {
    const byDoc = new Map<number, Span[]>();
    for (const claim of selected?.claims ?? []) {
      const list = byDoc.get(claim.doc) ?? [];
      list.push({ start: claim.start, end: claim.end });
      byDoc.set(claim.doc, list);
    }
    return byDoc;
  }, [selected]);

  const toggleSelected = useCallback(
    (finding: Finding) => setSelected((current) => (current?.key === finding.key ? null : finding)),
    [],
  );

  const onHover = (event: TargetedMouseEvent<HTMLElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-ent]');
    if (!target) {
      if (hovered) setHovered(null);
      return;
    }
    const entity = Number(target.dataset['ent']);
    const doc = Number(target.closest<HTMLElement>('[data-doc]')?.dataset['doc']);
    if (hovered?.entity === entity && hovered.doc === doc) return;
    const rect = target.getBoundingClientRect();
    setHovered({ entity, doc, x: rect.left, y: rect.bottom });
  };

  const exportJson = () =>
    output &&
    downloadText('crosscheck.json', `${JSON.stringify(output, null, 2)}\n`, 'application/json');
  const exportMarkdown = () =>
    output && downloadText('crosscheck.md', renderCompareMarkdown(output), 'text/markdown');

  const updateDraft = (key: number, change: Partial<Draft>) =>
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...change } : d)));

  /** Adds a report by a page's address: into the first empty report, else as a new one. */
  const addUrl = (input: string): boolean => {
    const url = input.trim();
    if (!isPageUrl(url)) {
      setProblem(`"${url}" is not a web address: it must start with http:// or https://.`);
      return false;
    }
    setProblem(null);
    setDrafts((current) => {
      const next = [...current];
      const empty = next.findIndex((d) => d.text.trim() === '');
      const draft: Draft = {
        ...(empty >= 0 ? next[empty]! : emptyDraft(next.length)),
        name: nameOfUrl(url),
        kind: 'url',
        text: url,
      };
      if (empty >= 0) next[empty] = draft;
      else next.push(draft);
      return next;
    });
    setShowResults(false);
    setStatus(`Added ${url}; the server fetches it when you press Compare.`);
    return true;
  };

  return (
    <div
      class={`shell${dragging ? ' is-dragging' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (event.dataTransfer?.files.length) void addFiles(event.dataTransfer.files);
      }}
    >
      <a class="skip-link" href={showResults ? '#findings' : '#reports'}>
        {showResults ? 'Skip to findings' : 'Skip to the reports'}
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            ⇄
          </span>
          <div>
            <h1>crosscheck</h1>
            <p class="tagline">Compare reports of one story — on this computer, offline</p>
          </div>
        </div>
        <div class="actions">
          {showResults ? (
            <>
              <button type="button" class="button" onClick={() => setShowResults(false)}>
                Edit reports
              </button>
              <button type="button" class="button" onClick={exportJson}>
                Export JSON
              </button>
              <button type="button" class="button" onClick={exportMarkdown}>
                Export Markdown
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                class="button"
                onClick={() => {
                  setDrafts(
                    EXAMPLE_REPORTS.map((r, i) => ({
                      ...emptyDraft(i),
                      name: r.name,
                      text: r.text,
                    })),
                  );
                  setStatus('Loaded the example: three reports of one flood.');
                }}
              >
                Load example
              </button>
              {output && (
                <button type="button" class="button" onClick={() => setShowResults(true)}>
                  Back to results
                </button>
              )}
              <button
                type="button"
                class="button button-primary"
                disabled={!canCompare}
                aria-describedby="compare-hint"
                onClick={() => void runCompare()}
              >
                {busy ? 'Comparing…' : 'Compare'}
              </button>
            </>
          )}
        </div>
      </header>

      <div class="messages">
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        {problem && (
          <div class="problem" role="alert">
            <p>{problem}</p>
            <button type="button" class="button button-small" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </div>
        )}
      </div>

      {showResults && output && findings ? (
        <main class="layout" id="main">
          <section class="workspace" aria-label="Reports side by side">
            <div class="legend" role="group" aria-label="Highlights to show">
              {LAYERS.map(({ layer, label, sample, sampleClass }) => (
                <label class={`legend-item legend-${layer}`} key={layer}>
                  <input
                    type="checkbox"
                    checked={!hiddenLayers.has(layer)}
                    onChange={(event) => {
                      const next = new Set(hiddenLayers);
                      if (event.currentTarget.checked) next.delete(layer);
                      else next.add(layer);
                      setHiddenLayers(next);
                    }}
                  />
                  <span class={`legend-sample ${sampleClass}`} aria-hidden="true">
                    {sample}
                  </span>
                  {label}
                </label>
              ))}
              <span class="legend-types">
                <span class="legend-types-label">Names:</span>
                <span class="hl-ent hl-ent-PER">person</span>
                <span class="hl-ent hl-ent-ORG">organisation</span>
                <span class="hl-ent hl-ent-LOC">place</span>
                <span class="hl-ent hl-ent-MISC">other</span>
              </span>
            </div>
            <div
              class={`columns ${[...hiddenLayers].map((l) => `hide-${l}`).join(' ')}`}
              id="reports"
              onMouseOver={onHover}
              onMouseLeave={() => setHovered(null)}
              style={{ '--columns': String(output.documents.length) }}
            >
              {output.documents.map((doc, i) => (
                <ReportView
                  key={i}
                  docIndex={i}
                  name={reportNames[i] ?? doc.id}
                  text={doc.text}
                  marks={marks[i] ?? []}
                  selected={selectedByDoc.get(i) ?? NO_SPANS}
                  selectionKey={selectedByDoc.has(i) ? (selected?.key ?? null) : null}
                />
              ))}
            </div>
          </section>
          <aside class="findings" id="findings" aria-label="Findings" tabIndex={-1}>
            <FindingsPanel
              findings={findings}
              reportNames={reportNames}
              selectedKey={selected?.key ?? null}
              onSelect={toggleSelected}
            />
          </aside>
          {hovered && <EntityCard output={output} hovered={hovered} reportNames={reportNames} />}
        </main>
      ) : (
        <main class="layout layout-edit" id="main">
          <section class="editors" id="reports" aria-label="Reports to compare" tabIndex={-1}>
            {drafts.map((draft, i) => (
              <div class="editor" key={draft.key}>
                <div class="editor-head">
                  <label class="field field-name">
                    <span class="field-label">Name</span>
                    <input
                      type="text"
                      value={draft.name}
                      onInput={(e) => updateDraft(draft.key, { name: e.currentTarget.value })}
                    />
                  </label>
                  <label class="field field-date">
                    <span class="field-label">Published (optional)</span>
                    <input
                      type="date"
                      value={draft.date}
                      onInput={(e) => updateDraft(draft.key, { date: e.currentTarget.value })}
                    />
                  </label>
                  <button
                    type="button"
                    class="button button-small button-quiet"
                    aria-label={`Remove ${draft.name || `report ${i + 1}`}`}
                    disabled={drafts.length <= 1}
                    onClick={() =>
                      setDrafts((current) => current.filter((d) => d.key !== draft.key))
                    }
                  >
                    Remove
                  </button>
                </div>
                {draft.kind === 'url' ? (
                  <div class="field field-source">
                    <label class="field">
                      <span class="field-label">Address of {draft.name || `report ${i + 1}`}</span>
                      <input
                        type="url"
                        value={draft.text}
                        spellcheck={false}
                        onInput={(e) => updateDraft(draft.key, { text: e.currentTarget.value })}
                      />
                    </label>
                    <p class="hint">
                      The crosscheck server fetches this page when you press Compare and reads its
                      main text, outlet and date.
                    </p>
                  </div>
                ) : draft.kind === 'html' ? (
                  <div class="field field-source">
                    <p class="hint">
                      Web page ({draft.text.length.toLocaleString('en-US')} characters of HTML): the
                      server reads its main text, outlet and date.
                    </p>
                    <button
                      type="button"
                      class="button button-small"
                      onClick={() => updateDraft(draft.key, { kind: 'text' })}
                    >
                      Edit the HTML as text
                    </button>
                  </div>
                ) : (
                  <label class="field field-text">
                    <span class="field-label">Text of {draft.name || `report ${i + 1}`}</span>
                    <textarea
                      value={draft.text}
                      spellcheck={false}
                      placeholder="Paste the report or a page's address here, or drop a text or HTML file anywhere on the page"
                      onInput={(e) => updateDraft(draft.key, { text: e.currentTarget.value })}
                      onPaste={(e) => {
                        // A web address pasted alone into an empty report: the server fetches the page.
                        const pasted = e.clipboardData?.getData('text/plain').trim() ?? '';
                        if (draft.text.trim() !== '' || !isPageUrl(pasted)) return;
                        e.preventDefault();
                        updateDraft(draft.key, {
                          kind: 'url',
                          text: pasted,
                          name: /^Report \d+$/.test(draft.name) ? nameOfUrl(pasted) : draft.name,
                        });
                        setStatus(`Added ${pasted}; the server fetches it when you press Compare.`);
                      }}
                    />
                  </label>
                )}
              </div>
            ))}
            <div class="editor editor-add">
              <button
                type="button"
                class="button"
                onClick={() => setDrafts((current) => [...current, emptyDraft(current.length)])}
              >
                Add a report
              </button>
              <button type="button" class="button" onClick={() => fileInput.current?.click()}>
                Open text or HTML files…
              </button>
              <input
                ref={fileInput}
                type="file"
                class="visually-hidden"
                tabIndex={-1}
                aria-label="Open text or HTML files"
                multiple
                accept=".txt,.md,.html,.htm,.xhtml,text/plain,text/html"
                onChange={(event) => {
                  const files = event.currentTarget.files;
                  if (files?.length) void addFiles([...files]);
                  event.currentTarget.value = '';
                }}
              />
              <p class="hint">or drop .txt or .html files anywhere on this page</p>
              <form
                class="add-url"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (addUrl(pageUrl)) setPageUrl('');
                }}
              >
                <label class="field">
                  <span class="field-label">Web address of a report</span>
                  <input
                    type="url"
                    value={pageUrl}
                    placeholder="https://…"
                    spellcheck={false}
                    onInput={(e) => setPageUrl(e.currentTarget.value)}
                  />
                </label>
                <button type="submit" class="button" disabled={pageUrl.trim() === ''}>
                  Add page
                </button>
              </form>
            </div>
          </section>
          <aside class="findings help" aria-label="How to use crosscheck">
            <StoryListPanel
              openingId={openingStory}
              openedId={openedStory}
              onOpen={(story) => void openStory(story)}
            />
            <h2 class="findings-title">How it works</h2>
            <ol class="help-steps">
              <li>
                Paste two or more reports of the same story — or drop text files, or load the
                example.
              </li>
              <li>
                Press <strong>Compare</strong> (or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>).
              </li>
              <li>
                Read the findings: conflicts first. Select one to see each report&rsquo;s claim side
                by side.
              </li>
            </ol>
            <p class="hint" id="compare-hint">
              {filled.length >= 2
                ? `${filled.length} reports ready to compare.`
                : `Needs at least two reports with text (${filled.length} so far).`}
            </p>
            <p class="hint">
              Nothing leaves this computer: the analysis runs in the crosscheck server you started.
            </p>
          </aside>
        </main>
      )}
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          Drop text or HTML files to add them as reports
        </div>
      )}
    </div>
  );
}

function toInputs(drafts: Draft[]): ReportInput[] {
  const used = new Set<string>();
  return drafts.map((draft, i) => {
    const base = draft.name.trim() || `Report ${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base} (${n})`;
    used.add(id);
    const source =
      draft.kind === 'url'
        ? { url: draft.text.trim() }
        : draft.kind === 'html'
          ? { html: draft.text }
          : { text: draft.text };
    return draft.date ? { id, ...source, date: draft.date } : { id, ...source };
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
