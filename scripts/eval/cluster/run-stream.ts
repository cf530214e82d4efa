/** Clusters a stream online — match, then join or open — and scores it with B-cubed. */
import type { ClusterOptions, ReportFeatures } from '../../../src/core/cluster/index.js';
import { createStoryIndex } from '../../../src/core/cluster/index.js';
import { bcubed, type BCubed } from './bcubed.js';
import type { StreamReport } from './stream.js';

export interface StreamResult extends BCubed {
  /** Each report's predicted story. */
  predicted: Map<string, string>;
  stories: number;
}

export function clusterStream(
  stream: readonly StreamReport[],
  features: ReadonlyMap<string, ReportFeatures>,
  options?: ClusterOptions,
): StreamResult {
  const index = createStoryIndex(options);
  const predicted = new Map<string, string>();
  let opened = 0;
  for (const report of stream) {
    const f = features.get(report.id)!;
    const story = index.match(f)?.story ?? `s${++opened}`;
    index.assign(f, story);
    predicted.set(report.id, story);
  }
  const gold = new Map(stream.map((r) => [r.id, r.gold]));
  return { ...bcubed(predicted, gold), predicted, stories: index.stories().length };
}
