import { useEffect, useRef } from "react";
import { embedSandbox } from "./embedSnippet";
import { messageType } from "./protocol";

type Props = {
  src: string;
  /** The column width to lay the embed out at, in CSS pixels. */
  width: number;
  /** The height it last reported, or null before it has. */
  height: number | null;
  onHeight: (height: number) => void;
  /** The preview's width on screen: the embed is scaled down to it. */
  box?: number;
  title?: string;
};

/** Where no height has been reported yet. */
export const unmeasuredHeight = 720;

/**
 * The embed itself, live and scaled down, sandboxed as the snippet has it. It measures itself as
 * any embed does, by its resize messages; it is inert, a picture of the embed rather than a second
 * graphic for the keyboard to wander into.
 */
export function EmbedPreview({ src, width, height, onHeight, box = 200, title = "Preview of the embedded graphic" }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== frame.current?.contentWindow || typeof data !== "object" || data === null) return;
      const { type, height: next } = data as { type?: unknown; height?: unknown };
      if (type === messageType.resize && typeof next === "number" && Number.isFinite(next) && next > 0) onHeight(Math.ceil(next));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [onHeight]);

  const shown = height ?? unmeasuredHeight;
  const scale = box / width;
  return (
    <div className="embed-preview" style={{ width: box, height: Math.ceil(shown * scale) }} inert>
      <iframe
        ref={frame}
        src={src}
        title={title}
        width={width}
        height={shown}
        // The dev server's module scripts cannot load in a sandbox (an opaque origin needs CORS).
        sandbox={import.meta.env.DEV ? undefined : embedSandbox}
        style={{ transform: `scale(${scale})` }}
      />
    </div>
  );
}
