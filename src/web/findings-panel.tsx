import type { TargetedKeyboardEvent } from 'preact';
import { memo } from 'preact/compat';
import type { Finding, FindingSection } from './findings.js';

export interface FindingsPanelProps {
  findings: Record<FindingSection, Finding[]>;
  reportNames: readonly string[];
  selectedKey: string | null;
  onSelect(finding: Finding): void;
}

const SECTIONS: { section: FindingSection; title: string; empty: string }[] = [
  { section: 'conflicts', title: 'Conflicts', empty: 'No contradictions found.' },
  {
    section: 'agreements',
    title: 'Agreements',
    empty: 'No statement is made by more than one report.',
  },
  {
    section: 'unique',
    title: 'Only in one report',
    empty: 'Every statement appears in more than one report.',
  },
  { section: 'warnings', title: 'Warnings', empty: 'No translation artefacts or slips found.' },
  { section: 'entities', title: 'Names', empty: 'No names recognised.' },
];

const EXCERPT_CHARS = 160;

/**
 * The findings, conflicts first. Each is a button: activating it marks its
 * claims in every report. Arrow keys move between findings.
 */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  reportNames,
  selectedKey,
  onSelect,
}: FindingsPanelProps) {
  return (
    <div class="findings-inner" onKeyDown={moveFocusWithArrows}>
      {SECTIONS.map(({ section, title, empty }) => {
        const items = findings[section];
        const headingId = `findings-${section}`;
        return (
          <section
            class={`findings-section findings-${section}`}
            aria-labelledby={headingId}
            key={section}
          >
            <h2 id={headingId} class="findings-title">
              {title} <span class="count">{items.length}</span>
            </h2>
            {items.length === 0 ? (
              <p class="empty">{empty}</p>
            ) : (
              <ul class="finding-list">
                {items.map((finding) => (
                  <li key={finding.key}>
                    <FindingButton
                      finding={finding}
                      reportNames={reportNames}
                      selected={finding.key === selectedKey}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
});

// Memoised: selecting one finding re-renders only the two buttons whose state changed.
const FindingButton = memo(function FindingButton({
  finding,
  reportNames,
  selected,
  onSelect,
}: {
  finding: Finding;
  reportNames: readonly string[];
  selected: boolean;
  onSelect(finding: Finding): void;
}) {
  const showClaims = finding.section !== 'entities';
  return (
    <button
      type="button"
      class={`finding finding-${finding.section}${selected ? ' is-selected' : ''}`}
      aria-pressed={selected}
      data-key={finding.key}
      onClick={() => onSelect(finding)}
    >
      <span class="finding-head">
        <span class={`badge badge-${finding.section}`}>{finding.badge}</span>
        {finding.severity ? (
          <span class={`severity severity-${finding.severity}`}>{finding.severity}</span>
        ) : null}
        <span class="finding-summary">{finding.summary}</span>
      </span>
      {finding.frame ? <span class="finding-frame">{finding.frame}</span> : null}
      {showClaims && (
        <span class="claims">
          {finding.claims.map((claim, i) => (
            <span class="claim" key={i}>
              <span class="claim-doc">
                {reportNames[claim.doc] ?? `report ${claim.doc + 1}`}
                {claim.detail ? <span class="claim-detail"> · {claim.detail}</span> : null}
              </span>
              <span class="claim-text">{excerpt(claim.text)}</span>
            </span>
          ))}
        </span>
      )}
    </button>
  );
});

function excerpt(text: string): string {
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

function moveFocusWithArrows(event: TargetedKeyboardEvent<HTMLDivElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const current = (event.target as HTMLElement).closest<HTMLButtonElement>('button.finding');
  if (!current) return;
  const all = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.finding')];
  const index = all.indexOf(current);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? all.length - 1
        : index + (event.key === 'ArrowDown' ? 1 : -1);
  const target = all[Math.max(0, Math.min(all.length - 1, next))];
  if (!target) return;
  event.preventDefault();
  target.focus();
}
