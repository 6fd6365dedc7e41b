interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  rangeWords: string;
  /** The widest the range's words can be (rangeWords.ts): they keep the words' room the same. */
  widestRangeWords: readonly string[];
}

/** On-screen zoom buttons; the same commands as the + / − / 0 keys and the wheel. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit, rangeWords, widestRangeWords }: Props) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" className="icon-button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className="icon-button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className="text-button" onClick={onFit} title="Show all events (0)">
        Fit all
      </button>
      <span className="range-words-room">
        <span className="range-words" aria-live="polite">
          {rangeWords}
        </span>
        {/* Hidden, and drawn by CSS from the attribute: they hold the room without being text that a
            screen reader, the page's search or a copy would find. */}
        {widestRangeWords.map((words, i) => (
          <span key={i} className="range-words-widest" data-words={words} aria-hidden="true" />
        ))}
      </span>
    </div>
  );
}
