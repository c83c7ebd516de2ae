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
          {/* A turning arrow, back to where it started: not the corners of a fullscreen icon. */}
          <path d="M4.2 5.2A5 5 0 1 1 3 8.5M4.2 2v3.2h3.2" />
        </svg>
      </button>
    </div>
  );
}
