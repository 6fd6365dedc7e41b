interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  rangeWords: string;
}

/** On-screen zoom buttons; the same commands as the + / − / 0 keys and the wheel. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit, rangeWords }: Props) {
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
      <span className="range-words" aria-live="polite">
        {rangeWords}
      </span>
    </div>
  );
}
