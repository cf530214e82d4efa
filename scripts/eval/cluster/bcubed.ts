/**
 * B-cubed precision, recall and F1 of a clustering against gold classes
 * (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, precision is the
 * share of its cluster that is in its gold class, recall the share of its gold
 * class that is in its cluster; both are averaged over items.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/** `predicted` and `gold` map each item to its cluster / class; both must hold the same items. */
export function bcubed(
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
): BCubed {
  if (predicted.size !== gold.size || [...gold.keys()].some((k) => !predicted.has(k)))
    throw new Error('bcubed: predicted and gold must cover the same items');
  if (gold.size === 0) return { precision: 0, recall: 0, f1: 0, items: 0 };
  const clusterSize = countValues(predicted);
  const classSize = countValues(gold);
  const overlap = new Map<string, number>();
  for (const [item, cluster] of predicted) {
    const key = `${cluster}\u0000${gold.get(item)!}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [item, cluster] of predicted) {
    const cls = gold.get(item)!;
    const both = overlap.get(`${cluster}\u0000${cls}`)!;
    precision += both / clusterSize.get(cluster)!;
    recall += both / classSize.get(cls)!;
  }
  precision /= gold.size;
  recall /= gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, items: gold.size };
}

function countValues(map: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of map.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
