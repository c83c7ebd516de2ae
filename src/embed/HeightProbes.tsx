import { useMemo } from "react";
import { EmbedPreview } from "./EmbedPreview";

/** The column widths an article's frame is measured at: a phone, a typical column, a wide page. */
export const probeWidths = [360, 640, 1280] as const;

type Props = {
  src: string;
  heights: Readonly<Record<number, number>>;
  onHeight: (width: number, height: number) => void;
};

/**
 * The embed laid out, unseen, at each probe width, so that the snippet can reserve the height
 * the frame will have at the article's width, whatever it is (embed.js picks one before load).
 */
export function HeightProbes({ src, heights, onHeight }: Props) {
  // One callback per width for the dialog's life: each preview listens for messages with it.
  const report = useMemo(() => probeWidths.map((width) => (height: number) => onHeight(width, height)), [onHeight]);
  return (
    <div className="embed-probes" aria-hidden="true">
      {probeWidths.map((width, k) => (
        <EmbedPreview
          key={width}
          src={src}
          width={width}
          height={heights[width] ?? null}
          onHeight={report[k]!}
          box={1}
          title={`Measuring the graphic ${width} px wide`}
        />
      ))}
    </div>
  );
}
