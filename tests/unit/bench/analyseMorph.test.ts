import { describe, expect, it } from "vitest";
import { analyseMorph } from "../../../bench/analyseMorph";

const every = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);

describe("analyseMorph", () => {
  it("measures a smooth morph: 60 fps, no gap past a frame", () => {
    const frames = every(1000, 2000, 16.5);
    const moving = frames.filter((t) => t > 1100 && t < 1900);
    const measure = analyseMorph({ frames, writes: [frames[6]!, ...moving], moves: moving, click: 1090 });
    expect(measure!.frames).toBe(moving.length + 1);
    expect(measure!.worstGap).toBeCloseTo(16.5);
    expect(measure!.fps).toBeCloseTo(1000 / 16.5);
    expect(measure!.clickToFirstFrame).toBeCloseTo(frames[6]! - 1090);
  });

  it("counts a slow first frame (written at progress 0, unmoved) as a gap", () => {
    const frames = [0, 16, 32, 400, 416, 432, 448];
    const measure = analyseMorph({ frames, writes: [32, 400, 416, 432], moves: [400, 416, 432], click: 20 });
    expect(measure!.worstGap).toBe(368);
    expect(measure!.duration).toBe(400);
    expect(measure!.frames).toBe(4);
    expect(measure!.clickToFirstFrame).toBe(12);
  });

  it("finds the worst gap among frames that did not move anything in between", () => {
    const frames = [0, 10, 20, 80, 90, 100];
    const measure = analyseMorph({ frames, writes: [10, 20, 80, 90], moves: [10, 20, 80, 90], click: null });
    expect(measure!.worstGap).toBe(60);
    expect(measure!.clickToFirstFrame).toBeNull();
  });

  it("ignores writes before the click and says nothing when nothing moved", () => {
    expect(analyseMorph({ frames: [0, 16], writes: [0, 16], moves: [], click: null })).toBeNull();
    const measure = analyseMorph({ frames: [0, 16, 32, 48], writes: [0, 32, 48], moves: [0, 32, 48], click: 20 });
    expect(measure!.duration).toBe(16);
  });

  it("reports a morph drawn in one frame as such, at 0 fps", () => {
    const measure = analyseMorph({ frames: [0, 900, 916], writes: [900], moves: [900], click: 10 });
    expect(measure).toMatchObject({ frames: 1, duration: 0, fps: 0, worstGap: 0 });
  });
});
