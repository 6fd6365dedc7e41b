import { matchRanges } from "../domain/filterEvents";

/** Split text at the query's matches, wrapping each match; text stays text, never HTML. */
function highlight(text: string, query: string, wrap: (match: string, key: number) => React.ReactNode): React.ReactNode {
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(wrap(text.slice(start, end), i));
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** Text with the search's matches in <mark> (HTML). */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  return <>{highlight(text, query, (match, key) => <mark key={key}>{match}</mark>)}</>;
}

/** The same for SVG labels: matches become <tspan class="hit">. */
export function HighlightedSvgText({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query, (match, key) => (
        <tspan key={key} className="hit">
          {match}
        </tspan>
      ))}
    </>
  );
}
