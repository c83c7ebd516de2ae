import { describe, expect, it } from "vitest";
import { analyseMorph } from "../../../bench/analyseMorph";
import type { MorphRecording } from "../../../bench/pageProbe";

const every = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);
const recording = (parts: Partial<MorphRecording>): MorphRecording => ({
  frames: [],
  writes: [],
  moves: [],
  click: null,
  firstWriteAt: null,
  ...parts,
});

describe("analyseMorph", () => {
  it("measures a smooth morph: 60 fps, no gap past a frame, from the click on too", () => {
    const frames = every(1000, 2000, 16.5);
    const moving = frames.filter((t) => t > 1100 && t < 1900);
    const measure = analyseMorph(recording({ frames, writes: [frames[6]!, ...moving], moves: moving, click: 1090, firstWriteAt: 1101 }));
    expect(measure!.frames).toBe(moving.length + 1);
    expect(measure!.worstGap).toBeCloseTo(16.5);
    expect(measure!.worstGapFromClick).toBeCloseTo(16.5);
    expect(measure!.fps).toBeCloseTo(1000 / 16.5);
    expect(measure!.clickToFirstFrame).toBeCloseTo(11);
  });

  it("counts a slow first frame (written at progress 0, unmoved) as a gap", () => {
    const frames = [0, 16, 32, 400, 416, 432, 448];
    const measure = analyseMorph(recording({ frames, writes: [32, 400, 416, 432], moves: [400, 416, 432], click: 20 }));
    expect(measure!.worstGap).toBe(368);
    expect(measure!.duration).toBe(400);
    expect(measure!.frames).toBe(4);
    expect(measure!.clickToFirstFrame).toBe(12);
  });

  it("counts the click's own work, which holds back the first frame, in the gap from the click", () => {
    // A 200 ms task after the pointerdown at 20: the frame after it is the morph's first.
    const frames = [0, 16, 232, 248, 264];
    const measure = analyseMorph(recording({ frames, writes: [232, 248, 264], moves: [248, 264], click: 20, firstWriteAt: 236 }));
    expect(measure!.worstGap).toBe(16);
    expect(measure!.worstGapFromClick).toBe(216);
    expect(measure!.clickToFirstFrame).toBe(216);
  });

  it("finds the worst gap among frames that did not move anything in between", () => {
    const frames = [0, 10, 20, 80, 90, 100];
    const measure = analyseMorph(recording({ frames, writes: [10, 20, 80, 90], moves: [10, 20, 80, 90] }));
    expect(measure!.worstGap).toBe(60);
    expect(measure!.worstGapFromClick).toBeNull();
    expect(measure!.clickToFirstFrame).toBeNull();
  });

  it("keeps a first frame that began before the click and ran after the click's work", () => {
    // Pointerdown at 20; the click's work runs until ~900; the frame that began at 16 runs then.
    const measure = analyseMorph(
      recording({ frames: [0, 16, 916, 932], writes: [16, 916, 932], moves: [916, 932], click: 20, firstWriteAt: 905 }),
    );
    expect(measure).toMatchObject({ frames: 3, duration: 916, worstGap: 900, worstGapFromClick: 900, clickToFirstFrame: 885 });
    expect(analyseMorph(recording({ frames: [0, 16], writes: [0, 16] }))).toBeNull();
  });

  it("reports a morph drawn in one frame as such, at 0 fps", () => {
    const measure = analyseMorph(recording({ frames: [0, 900, 916], writes: [900], moves: [900], click: 10 }));
    expect(measure).toMatchObject({ frames: 1, duration: 0, fps: 0, worstGap: 0, worstGapFromClick: 900 });
  });
});
