/**
 * Feature hashing. Features are strings made by feature templates
 * (`"w=haus"`, `"suf3=aus"`); the engine only ever stores their 32-bit hash,
 * so the model needs no string table and lookups cost one integer probe.
 * FNV-1a over UTF-16 code units, with a final avalanche so that similar strings
 * spread over the whole table. Collisions between distinct live features are
 * rare at our scale (≈10⁶ features → ~10⁻⁴ probability of any pair colliding per
 * feature) and only blend two weights, which a linear model tolerates.
 */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Combines two feature hashes into the hash of their conjunction (no string building on hot paths). */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  h ^= h >>> 16;
  return h >>> 0;
}
