import type { PaintsInUse } from "./paintsInUse";

/**
 * Per-colour paint servers: a soft band (fades at both ends: "some day in this month") and a
 * hatch (a window of possible days before a deadline), only for the colours whose events use them
 * (paintsInUse). Colours come from CSS variables.
 */
export function ChartDefs({ paints, idPrefix = "" }: { paints: PaintsInUse; idPrefix?: string }) {
  return (
    <defs>
      {paints.soft.map((i) => (
        <linearGradient key={`soft-${i}`} id={`${idPrefix}soft-${i}`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={`var(--cat-${i})`} stopOpacity="0.08" />
          <stop offset="0.25" stopColor={`var(--cat-${i})`} stopOpacity="0.5" />
          <stop offset="0.75" stopColor={`var(--cat-${i})`} stopOpacity="0.5" />
          <stop offset="1" stopColor={`var(--cat-${i})`} stopOpacity="0.08" />
        </linearGradient>
      ))}
      {paints.hatch.map((i) => (
        <pattern key={`hatch-${i}`} id={`${idPrefix}hatch-${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={`var(--cat-${i})`} fillOpacity="0.12" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={`var(--cat-${i})`} strokeWidth="2.5" />
        </pattern>
      ))}
    </defs>
  );
}
