/**
 * Maximum-weight assignment between the rows and columns of a rectangular score
 * matrix (the Hungarian method with potentials, O(n²m)). Each row is paired with
 * at most one column and vice versa; the pairs returned maximise the summed score.
 */
export function maxWeightAssignment(
  scores: readonly (readonly number[])[],
): Array<[row: number, col: number]> {
  const rows = scores.length;
  const cols = rows === 0 ? 0 : (scores[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return [];
  // The algorithm minimises cost over a matrix with at least as many columns as rows.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  let maxScore = 0;
  for (const row of scores) for (const value of row) maxScore = Math.max(maxScore, value);
  const cost = (i: number, j: number): number =>
    maxScore - (transpose ? (scores[j]?.[i] ?? 0) : (scores[i]?.[j] ?? 0));

  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const match = new Array<number>(m + 1).fill(0); // column j (1-based) → row (1-based)
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    match[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = match[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[match[j]!] = u[match[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (match[j0] !== 0);
    do {
      const j1 = way[j0]!;
      match[j0] = match[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<[number, number]> = [];
  for (let j = 1; j <= m; j++) {
    const i = match[j]!;
    if (i === 0) continue;
    pairs.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
