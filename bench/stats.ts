/** Small statistics for the benchmark: nearest-rank percentiles and medians that skip missing values. */

/** The p-th percentile (0–100) by nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** The median of the values that are present (the mean of the middle two for an even count). */
export function median(values: readonly (number | undefined | null)[]): number | undefined {
  const present = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b);
  if (present.length === 0) return undefined;
  const mid = present.length >> 1;
  return present.length % 2 === 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/** A number for the table: fixed decimals, or "–" when missing. */
export function fmt(value: number | undefined, decimals = 0): string {
  return value === undefined ? "–" : value.toFixed(decimals);
}

/** A Markdown table; cells are escaped for pipes. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * ours / theirs, for comparing two builds: under 1 means ours is smaller (faster, lighter).
 * Undefined when either is missing; two zeros (no long tasks on either side) are equal, 1; a zero
 * on their side only is Infinity, so that "none against some" never reads as a small ratio.
 */
export function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs)) return undefined;
  if (theirs === 0) return ours === 0 ? 1 : Infinity;
  return ours / theirs;
}

/** A ratio for the table: two decimals, "∞" for something against nothing, "–" when missing. */
export function fmtRatio(value: number | undefined): string {
  if (value === undefined) return "–";
  return value === Infinity ? "∞" : value.toFixed(2);
}
