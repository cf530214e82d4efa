/**
 * Default settings of the story index. The weights and the threshold were tuned
 * on the dev stream of `npm run eval:cluster` only (docs/cluster.md gives the
 * figures); the held-out stream was scored once with the values here.
 */
import type { ClusterOptions } from './types.js';

export type Settings = Required<Omit<ClusterOptions, 'typeWeights'>> & {
  typeWeights: Record<'PER' | 'ORG' | 'LOC' | 'MISC', number>;
};

export const DEFAULTS: Settings = {
  entityWeight: 0.45,
  termWeight: 0.4,
  frameWeight: 0.15,
  threshold: 0.3,
  halfLifeDays: 4,
  windowDays: 21,
  // A person or an organisation is rarely in two unrelated stories of one month; a
  // country or a city often is. MISC (events, products, adjectives) is the vaguest.
  typeWeights: { PER: 1.2, ORG: 1, LOC: 1, MISC: 0.6 },
  candidates: 12,
};

export function settingsOf(options: ClusterOptions = {}): Settings {
  const settings: Settings = { ...DEFAULTS, typeWeights: { ...DEFAULTS.typeWeights } };
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (name === 'typeWeights') {
      for (const [type, w] of Object.entries(value as Record<string, number | undefined>)) {
        if (w === undefined) continue;
        if (!(type in settings.typeWeights))
          throw new Error(`cluster options: unknown entity type "${type}" in typeWeights`);
        checkNumber(`typeWeights.${type}`, w, 0);
        settings.typeWeights[type as keyof Settings['typeWeights']] = w;
      }
      continue;
    }
    if (!(name in DEFAULTS)) throw new Error(`cluster options: unknown option "${name}"`);
    checkNumber(
      name,
      value,
      name === 'halfLifeDays' || name === 'candidates' ? Number.MIN_VALUE : 0,
    );
    (settings as unknown as Record<string, number>)[name] = value as number;
  }
  return settings;
}

function checkNumber(name: string, value: unknown, min: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    throw new Error(
      `cluster options: ${name} must be a finite number ≥ ${min}, got ${String(value)}`,
    );
}
