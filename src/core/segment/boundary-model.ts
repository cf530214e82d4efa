/**
 * Placeholder until the learned boundary model is trained: never proposes a
 * boundary where the rules see none.
 */
import type { TokenRecord } from '../contract/types.js';

export function boundaryScore(_text: string, _tokens: readonly TokenRecord[], _k: number): number {
  return -1;
}
