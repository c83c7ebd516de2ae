import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { resolveSelection } from "../model/resolveSelection";
import { scenarioLabel } from "../model/scenarioLabel";
import { tieName } from "../model/tieName";
import { viewLabels } from "../model/vocabulary";
import type { AppStore } from "../state/appStore";
import { copyText } from "./copyText";
import { embedSnippet, embedUrls } from "./embedSnippet";
import { EmbedPreview, unmeasuredHeight } from "./EmbedPreview";
import { HeightProbes } from "./HeightProbes";
import { wrapFocus } from "./wrapFocus";

type Props = {
  store: AppStore;
  onClose: () => void;
  /** The graphic shows a dataset the page was not published with (a file, `?data=`). */
  foreign?: boolean;
  /** The published folder's embed page, where there is one. */
  framePage?: string | null;
};

type EmbedTheme = "light" | "dark" | "auto";
const themeChoices: { value: EmbedTheme; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "auto", label: "Follow the reader’s system" },
];

/** What publishes a dataset as a graphic of its own (README, "Publish a graphic"). */
export const publishCommand = "npm run publish -- my-dataset.json --out my-graphic --url https://example.org/graphics/my-graphic/";

const minWidth = 280;
const maxWidth = 1600;

const copyMessages = {
  idle: "",
  copied: "Copied to the clipboard.",
  selected: "Copying was refused here: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
};

/**
 * The embed code for the graphic as the reader has set it, and a live preview at a column width
 * of the editor's choice: the preview reports its height as an embed does, and that height goes
 * into the code so the article reserves the right space before the graphic loads.
 */
export function EmbedDialog({ store, onClose, foreign = false, framePage = null }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const model = useStore(store, (s) => s.model);
  const view = useStore(store, (s) => s.view);
  const scenario = useStore(store, (s) => s.scenario);
  const selection = useStore(store, (s) => s.selection);
  // Light by default: an embed following a dark system would put a black box in a light article.
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const [width, setWidth] = useState("640");
  const [height, setHeight] = useState<number | null>(null);
  // Heights at a phone's, a column's and a wide page's width: embed.js reserves the one for the
  // article's width before the graphic loads.
  const [heights, setHeights] = useState<Readonly<Record<number, number>>>({});
  const onProbe = useCallback((w: number, h: number) => setHeights((known) => (known[w] === h ? known : { ...known, [w]: h })), []);
  const [copied, setCopied] = useState<keyof typeof copyMessages>("idle");
  const frameWidth = Math.min(maxWidth, Math.max(minWidth, Math.round(Number(width)) || minWidth));

  const urls = useMemo(
    () => embedUrls(location.href, { view, scenario, selection, theme }, model, framePage ?? undefined),
    [view, scenario, selection, theme, model, framePage],
  );
  const [probing, setProbing] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setProbing(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const snippet = embedSnippet(urls, model.dataset.meta.title, height ?? unmeasuredHeight, undefined, heights);

  useLayoutEffect(() => {
    const element = dialog.current;
    // Opened once: React's strict mode runs this twice, and a modal dialog cannot open again.
    if (!element || element.open) return;
    // jsdom has no modal dialogs; a browser's showModal traps focus and makes the page inert.
    if (typeof element.showModal === "function") element.showModal();
    else element.setAttribute("open", "");
    // The code first, selected: Ctrl+C is all it then takes.
    code.current?.focus();
  }, []);

  const close = () => {
    const element = dialog.current;
    if (element?.open && typeof element.close === "function") element.close();
    else onClose();
  };

  const copy = async () => {
    if (code.current) setCopied(await copyText(code.current));
  };

  const selected = resolveSelection(model, selection);
  const selectedName = !selected
    ? null
    : selected.kind === "tie"
      ? tieName(model, selected.index)
      : (model.nodes[selected.index]?.label ?? null);
  const shownScenario = scenarioLabel(model, scenario);

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          // Closes the dialog only: the page's own Escape (clear the selection) must not fire too.
          event.preventDefault();
          close();
        } else if (dialog.current) wrapFocus(event, dialog.current);
      }}
    >
      <h2 className="embed-dialog__title" id={`${id}-title`}>
        Embed this graphic
      </h2>
      {foreign ? (
        <div className="embed-dialog__foreign" role="note">
          <p>
            This graphic shows a dataset opened from a file or from the address (<code>?data=</code>), not the one this page was published
            with. An embed of this page would show that one instead, and a sandboxed embed cannot fetch data from elsewhere on a host that
            sends no CORS headers. So there is no embed code here.
          </p>
          <p>Publish the dataset as a graphic of its own: one folder of static files, with the dataset inside and its own embed code.</p>
          <pre className="embed-dialog__command">
            <code>{publishCommand}</code>
          </pre>
          <p>
            Put the folder on any static host at that address; its <code>embed.html</code> holds the code to paste, or open it and press
            Embed there.
          </p>
        </div>
      ) : (
        <>
          <p className="embed-dialog__lede">
            Paste this code into the article’s HTML. The graphic opens as it is now:{" "}
            <strong>
              {viewLabels[view]}, {shownScenario}
              {selectedName ? `, ${selectedName} selected` : ""}
            </strong>
            .
          </p>
          <label className="embed-dialog__label" htmlFor={`${id}-code`}>
            Embed code
          </label>
          <textarea
            ref={code}
            id={`${id}-code`}
            className="embed-dialog__code"
            readOnly
            rows={7}
            spellCheck={false}
            value={snippet}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="embed-dialog__actions">
            <button type="button" className="button" onClick={() => void copy()}>
              Copy code
            </button>
            <p className="embed-dialog__status" role="status">
              {copyMessages[copied]}
            </p>
          </div>

          <fieldset className="embed-dialog__theme">
            <legend className="embed-dialog__label">Theme</legend>
            {themeChoices.map((choice) => (
              <label key={choice.value}>
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={choice.value}
                  checked={theme === choice.value}
                  onChange={() => setTheme(choice.value)}
                />{" "}
                {choice.label}
              </label>
            ))}
          </fieldset>

          <div className="embed-dialog__size">
            <div>
              <label className="embed-dialog__label" htmlFor={`${id}-width`}>
                Article column width (px)
              </label>
              <input
                id={`${id}-width`}
                className="embed-dialog__width"
                type="number"
                inputMode="numeric"
                min={minWidth}
                max={maxWidth}
                step={10}
                value={width}
                onChange={(event) => setWidth(event.currentTarget.value)}
              />
              <p className="embed-dialog__measure" aria-live="polite">
                {height === null
                  ? `Measuring the height at ${frameWidth} px wide…`
                  : `Height ${height.toLocaleString("en")} px at ${frameWidth} px wide`}
              </p>
              <p className="embed-dialog__note">
                <code>embed.js</code> keeps the frame as tall as the graphic when it changes. The frame may run scripts and open the source
                in a new tab, nothing else: it cannot reach your page, and downloads from it are blocked.
              </p>
            </div>
            <EmbedPreview src={urls.embed} width={frameWidth} height={height} onHeight={setHeight} />
            {/* A commit after the dialog's own: the dialog shows first, the probes' graphics load behind it. */}
            {probing && <HeightProbes src={urls.embed} heights={heights} onHeight={onProbe} />}
          </div>
        </>
      )}

      <div className="embed-dialog__foot">
        <button type="button" className="button" onClick={close}>
          Done
        </button>
      </div>
    </dialog>
  );
}
