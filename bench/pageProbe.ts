/**
 * What the bench installs in a page before any of the page's own scripts run (`addInitScript`).
 * Plain JavaScript in a string: functions handed to Playwright are serialized, and tsx's compiled
 * output (with its `__name` helpers) does not survive that. Everything lands on `window.__bench`:
 * - `longtasks`: every main-thread task over 50 ms (PerformanceObserver `longtask`), from the start;
 * - `marks`: when the graph is first drawn (`drawn`), when both orders are laid out (`lattice`),
 *   when the bare React page has rendered (`bare`): `…Dom` when the element appears, the plain name
 *   after the frame that shows it has been rendered; all in ms since navigation;
 * - `startMorph(sample)`: records every animation frame's timestamp, the frames in which the scene
 *   wrote node transforms after the pointerdown and those in which a transform changed (watched on a sample of
 *   `[data-node-id]` elements, or the paints of a large graph's canvas, stamped with
 *   `document.timeline.currentTime`, which equals the
 *   frame's rAF timestamp), and the pointerdown; `firstWriteAt` is when the first write actually
 *   ran (a frame's timestamp is when the frame began, which a long task may have delayed it from);
 * - `lattice`: each lattice request posted to the engine worker, when it was sent and when its
 *   answer reached the page (the round trip the reader waits for the lattice).
 */
export const probeScript = String.raw`(() => {
  const bench = { longtasks: [], marks: {}, morph: null };
  Object.defineProperty(window, "__bench", { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    bench.error = String(error);
  }
  const milestones = {
    drawn: ".graph .graph__svg:not(.is-pending), .graph .graph__canvas:not(.is-pending)",
    lattice: '.graph[data-lattice="ready"]',
    bare: "[data-bare-ready]",
  };
  const seen = {};
  const observer = new MutationObserver(() => {
    for (const name of Object.keys(milestones)) {
      if (seen[name] || !document.querySelector(milestones[name])) continue;
      seen[name] = true;
      bench.marks[name + "Dom"] = performance.now();
      requestAnimationFrame(() => setTimeout(() => (bench.marks[name] = performance.now()), 0));
    }
    if ((seen.drawn && seen.lattice) || seen.bare) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["class", "data-lattice"] });

  bench.lattice = [];
  if (typeof Worker === "function") {
    const post = Worker.prototype.postMessage;
    const heard = new WeakSet();
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message && message.type === "lattice") {
        bench.lattice.push({ id: message.id, sent: performance.now(), received: null });
        if (!heard.has(this)) {
          heard.add(this);
          this.addEventListener("message", (event) => {
            const answer = event.data;
            const request = answer && bench.lattice.find((entry) => entry.id === answer.id);
            if (request) request.received = performance.now();
          });
        }
      }
      return post.call(this, message, ...rest);
    };
  }

  // A large graph is painted on a canvas: its frames are the scene's paints, each clearing the
  // canvas first. During a morph every paint moves the nodes.
  const clear = CanvasRenderingContext2D.prototype.clearRect;
  CanvasRenderingContext2D.prototype.clearRect = function (...args) {
    const morph = bench.morph;
    if (morph && morph.click !== null && !morph.done && this.canvas.classList.contains("graph__canvas")) {
      const at = document.timeline.currentTime;
      morph.firstWriteAt ??= performance.now();
      if (morph.writes[morph.writes.length - 1] !== at) morph.writes.push(at);
      if (morph.moves[morph.moves.length - 1] !== at) morph.moves.push(at);
    }
    return clear.apply(this, args);
  };

  bench.startMorph = (sample) => {
    const nodes = document.querySelectorAll("[data-node-id]");
    const canvas = nodes.length === 0 && document.querySelector(".graph__canvas") !== null;
    const step = Math.max(1, Math.floor(nodes.length / sample));
    const morph = { frames: [], writes: [], moves: [], click: null, firstWriteAt: null, done: false, canvas };
    bench.morph = morph;
    const moved = new MutationObserver((records) => {
      // Only the morph the click starts (a frame's timestamp may predate the click: see analyseMorph).
      if (morph.click === null) return;
      const at = document.timeline.currentTime;
      morph.firstWriteAt ??= performance.now();
      if (morph.writes[morph.writes.length - 1] !== at) morph.writes.push(at);
      for (const record of records) {
        if (record.oldValue === record.target.getAttribute("transform")) continue;
        if (morph.moves[morph.moves.length - 1] !== at) morph.moves.push(at);
        return;
      }
    });
    for (let i = 0; i < nodes.length; i += step) moved.observe(nodes[i], { attributes: true, attributeFilter: ["transform"], attributeOldValue: true });
    const frame = (at) => {
      if (morph.done) return;
      morph.frames.push(at);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    addEventListener("pointerdown", (event) => (morph.click = event.timeStamp), { capture: true, once: true });
    bench.stopMorph = () => {
      morph.done = true;
      moved.disconnect();
    };
    return nodes.length;
  };
})();`;

export type ProbeState = {
  longtasks: { start: number; duration: number }[];
  marks: Partial<Record<"drawn" | "drawnDom" | "lattice" | "latticeDom" | "bare" | "bareDom", number>>;
  morph: MorphRecording | null;
  lattice: { id: number; sent: number; received: number | null }[];
  error?: string;
};

export type MorphRecording = {
  /** Every animation frame's timestamp while recording. */
  frames: number[];
  /** The timestamps of the frames in which the scene wrote node positions. */
  writes: number[];
  /** The timestamps of the frames in which nodes moved. */
  moves: number[];
  /** When the reader pressed (pointerdown), if they did. */
  click: number | null;
  /** When the scene's first write ran (performance.now), not the frame's nominal start. */
  firstWriteAt: number | null;
};

/** Reads the probe's state (an expression, for `page.evaluate`). */
export const readProbe = "JSON.stringify({ ...window.__bench, now: performance.now() })";
