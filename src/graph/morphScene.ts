import type { GraphModel } from "../model/graphModel";
import type { Positions } from "../layout/types";
import { morphDuration } from "../state/morphDuration";
import { easeCubicInOut } from "./easeCubicInOut";
import { hullPath } from "./hullPath";

/** The DOM a scene writes to, by node and tie index. React renders it; the scene only moves it. */
export type SceneElements = {
  nodes: (SVGGraphicsElement | null)[];
  /** The element whose opacity shows whether a tie exists in the current view. */
  ties: (SVGGraphicsElement | null)[];
  /**
   * Per tie, the elements drawn on screen (its strokes): `<line>`s for a pair, whose endpoints are
   * plain attributes (a path's `d` is a CSS property, and costs a style recalculation to change),
   * `<path>`s taking one `d` for a group's outline.
   */
  paths: (SVGGeometryElement | null)[][];
  /**
   * Per tie, its invisible paths (hit area, focus ring), which only need to be where the tie comes
   * to rest: moving them every frame would double the styles the browser recomputes per frame.
   */
  settled: (SVGGeometryElement | null)[][];
};

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Owns the positions on screen and the one animation loop that moves them. A morph interpolates
 * from wherever the nodes are now, so a second toggle mid-way turns back without a jump; positions
 * reach the DOM here, once per frame, never through React.
 */
export class MorphScene {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Each tie's opacity in the view, as drawn now. */
  readonly opacity: Float64Array;
  /** The opacity last written to each tie's element. */
  private readonly written: Float64Array;
  private from = { x: new Float64Array(0), y: new Float64Array(0), opacity: new Float64Array(0) };
  private to = { x: new Float64Array(0), y: new Float64Array(0), opacity: new Float64Array(0) };
  private startedAt: number | null = null;
  /** Whether the next frame is the one that only draws what asked for the morph (see morphTo). */
  private settling = false;
  private duration = 0;
  private frame = 0;
  /** Called after every frame written: exports and tests read positions from here. */
  onFrame: ((progress: number) => void) | null = null;
  /** Called in the frame that starts a morph's clock, the one before its first moving frame. */
  onStart: (() => void) | null = null;

  constructor(
    private readonly model: GraphModel,
    private readonly elements: SceneElements,
    private readonly hullPad: (tie: number) => number,
    private readonly requestFrame: (callback: FrameRequestCallback) => number = (cb) => requestAnimationFrame(cb),
    private readonly cancelFrame: (handle: number) => void = (h) => cancelAnimationFrame(h),
  ) {
    this.x = new Float64Array(model.nodes.length);
    this.y = new Float64Array(model.nodes.length);
    this.opacity = new Float64Array(model.ties.length);
    this.written = new Float64Array(model.ties.length).fill(NaN);
  }

  get animating(): boolean {
    return this.frame !== 0;
  }

  /** Puts everything in place at once: first draw, resize, reduced motion. */
  show(target: Positions, opacity: Float64Array): void {
    this.stop();
    this.x.set(target.x);
    this.y.set(target.y);
    this.opacity.set(opacity);
    this.write(true);
    this.onFrame?.(1);
  }

  morphTo(target: Positions, opacity: Float64Array, duration = morphDuration): void {
    if (duration <= 0) return this.show(target, opacity);
    this.stop();
    this.from = { x: this.x.slice(), y: this.y.slice(), opacity: this.opacity.slice() };
    this.to = { x: target.x.slice(), y: target.y.slice(), opacity: opacity.slice() };
    this.duration = duration;
    // The click that asks for a morph also changes the page (the radio, the caption), and the next
    // frame has to draw that: on a slow phone it runs long. The morph sits that frame out and its
    // clock starts at the frame after, so its own frames come evenly from the first to the last.
    this.startedAt = null;
    this.settling = true;
    this.frame = this.requestFrame(this.step);
  }

  stop(): void {
    if (this.frame) this.cancelFrame(this.frame);
    this.frame = 0;
  }

  private readonly step = (now: number) => {
    if (this.settling) {
      this.settling = false;
      this.frame = this.requestFrame(this.step);
      return;
    }
    if (this.startedAt === null) {
      // The clock starts here, at progress 0, where every mark already is: writing them again
      // would change nothing on screen and still cost a whole frame of restyle and repaint, right
      // where a slow phone can least afford one. The first frame that writes is the first that moves.
      // What readies the picture for motion (onStart) is drawn in this frame, which has little
      // else to draw, rather than in the one before, which draws what the click changed.
      this.startedAt = now;
      this.onStart?.();
      this.frame = this.requestFrame(this.step);
      return;
    }
    const progress = Math.min(1, (now - this.startedAt) / this.duration);
    const e = easeCubicInOut(progress);
    const { from, to } = this;
    for (let i = 0; i < this.x.length; i++) {
      this.x[i] = from.x[i]! + (to.x[i]! - from.x[i]!) * e;
      this.y[i] = from.y[i]! + (to.y[i]! - from.y[i]!) * e;
    }
    for (let t = 0; t < this.opacity.length; t++) {
      this.opacity[t] = from.opacity[t]! + (to.opacity[t]! - from.opacity[t]!) * e;
    }
    this.write(progress >= 1);
    this.frame = progress < 1 ? this.requestFrame(this.step) : 0;
    this.onFrame?.(progress);
  };

  private writeNodes(): void {
    const { nodes } = this.elements;
    for (let i = 0; i < nodes.length; i++) {
      nodes[i]?.setAttribute("transform", `translate(${round(this.x[i]!)},${round(this.y[i]!)})`);
    }
  }

  /** Writes only: nothing here reads layout from the DOM, so a frame never forces a reflow. */
  private write(atRest: boolean): void {
    const { ties, paths, settled } = this.elements;
    const { x, y, written } = this;
    this.writeNodes();
    this.model.tieMembers.forEach((members, t) => {
      const opacity = round(this.opacity[t]!);
      // Most ties keep their opacity through a morph (spokes stay full): write only changes.
      if (written[t] !== opacity) {
        ties[t]?.setAttribute("opacity", String(opacity));
        written[t] = opacity;
      }
      const targets = paths[t];
      const resting = atRest ? settled[t] : undefined;
      if (!targets?.length && !resting?.length) return;
      if (members.length === 2) {
        const x1 = String(round(x[members[0]!]!));
        const y1 = String(round(y[members[0]!]!));
        const x2 = String(round(x[members[1]!]!));
        const y2 = String(round(y[members[1]!]!));
        const place = (line: SVGGeometryElement | null) => {
          line?.setAttribute("x1", x1);
          line?.setAttribute("y1", y1);
          line?.setAttribute("x2", x2);
          line?.setAttribute("y2", y2);
        };
        targets?.forEach(place);
        resting?.forEach(place);
        return;
      }
      const d = hullPath(
        members.map((i) => [x[i]!, y[i]!] as const),
        this.hullPad(t),
      );
      for (const path of targets ?? []) path?.setAttribute("d", d);
      for (const path of resting ?? []) path?.setAttribute("d", d);
    });
  }
}
