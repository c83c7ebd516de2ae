type Props = { onZoomIn: () => void; onZoomOut: () => void; onReset: () => void };

/** Zoom without a wheel or a pinch: the keyboard's and a single pointer's way in. */
export function ZoomControls({ onZoomIn, onZoomOut, onReset }: Props) {
  return (
    <div className="zoom" role="group" aria-label="Zoom">
      <button type="button" className="zoom__button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 8h10M8 3v10" />
        </svg>
      </button>
      <button type="button" className="zoom__button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 8h10" />
        </svg>
      </button>
      <button type="button" className="zoom__button" onClick={onReset} aria-label="Reset zoom" title="Reset zoom">
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3 6V3h3M13 6V3h-3M3 10v3h3M13 10v3h-3" />
        </svg>
      </button>
    </div>
  );
}
