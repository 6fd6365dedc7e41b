import type { PlacedLink } from "../layout/placeLinks";

/** The thin connectors between linked marks (a plan's window and its outcome), drawn over the marks they cross. */
export function LinkPaths({ links }: { links: readonly PlacedLink[] }) {
  if (links.length === 0) return null;
  return (
    <g className="event-links" aria-hidden="true">
      {links.map((link) => (
        <g key={`${link.fromId} ${link.toId}`} className={`event-link event-link--${link.type}`} data-from={link.fromId} data-to={link.toId}>
          <path d={link.d} />
          <circle cx={link.start[0]} cy={link.start[1]} r={2.5} />
          <circle cx={link.end[0]} cy={link.end[1]} r={2.5} />
        </g>
      ))}
    </g>
  );
}
