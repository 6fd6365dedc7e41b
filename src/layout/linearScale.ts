/** A linear map from a domain (days) to a range (pixels), and back. */
export interface LinearScale {
  (value: number): number;
  invert(px: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * d3-scale's scaleLinear, for the one thing this app asks of it. Plain arithmetic keeps d3-scale,
 * d3-format and d3-time-format (about 7 KB gzip) out of every page (issue 8).
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], { clamp = false } = {}): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const ratio = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const clampTo = (v: number, a: number, b: number) => (clamp ? Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b)) : v);
  const scale = ((value: number) => clampTo(r0 + (value - d0) * ratio, r0, r1)) as LinearScale;
  scale.invert = (px: number) => clampTo(ratio === 0 ? d0 : d0 + (px - r0) / ratio, d0, d1);
  return Object.assign(scale, { domain, range });
}
