// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { MorphScene, type SceneElements } from "../../../src/graph/morphScene";
import { buildGraphModel } from "../../../src/model/graphModel";
import { tinyDataset } from "../fixtures";

const svg = "http://www.w3.org/2000/svg";

function setup() {
  const model = buildGraphModel(tinyDataset());
  const elements: SceneElements = {
    nodes: model.nodes.map(() => document.createElementNS(svg, "g")),
    ties: model.ties.map(() => document.createElementNS(svg, "g")),
    paths: model.tieMembers.map((members) => [document.createElementNS(svg, members.length === 2 ? "line" : "path")]),
    settled: model.tieMembers.map((members) => [document.createElementNS(svg, members.length === 2 ? "line" : "path")]),
  };
  const frames: FrameRequestCallback[] = [];
  const scene = new MorphScene(
    model,
    elements,
    () => 10,
    (cb) => frames.push(cb),
    () => {},
  );
  const run = (now: number) => frames.shift()?.(now);
  const positions = (x: number) => ({ x: new Float64Array(model.nodes.length).fill(x), y: new Float64Array(model.nodes.length).fill(0) });
  return { model, elements, scene, frames, run, positions };
}

describe("MorphScene", () => {
  it("puts nodes in place at once with show()", () => {
    const { elements, scene, positions } = setup();
    scene.show(positions(10), new Float64Array(5).fill(1));
    expect(elements.nodes[0]!.getAttribute("transform")).toBe("translate(10,0)");
    expect(elements.paths[0]![0]!.getAttribute("x2")).toBe("10");
    expect(elements.paths[3]![0]!.getAttribute("d")).toMatch(/^M.*A.*Z$/);
  });

  it("glides from one layout to the other, eased, over the duration, in one loop", () => {
    const { elements, scene, run, frames, positions } = setup();
    scene.show(positions(0), new Float64Array(5).fill(0));
    scene.morphTo(positions(100), new Float64Array(5).fill(1), 800);
    expect(frames).toHaveLength(1);
    run(980); // the frame that draws what asked for the morph: nothing moves yet
    run(1000); // the clock starts here, at progress 0, where the nodes already are
    expect(elements.nodes[1]!.getAttribute("transform")).toBe("translate(0,0)");
    run(1016); // the first frame that moves them
    expect(scene.x[1]).toBeGreaterThan(0);
    expect(scene.x[1]).toBeLessThan(1);
    run(1400); // half-way: cubic in-out is at one half
    expect(elements.nodes[1]!.getAttribute("transform")).toBe("translate(50,0)");
    expect(elements.ties[0]!.getAttribute("opacity")).toBe("0.5");
    run(1800);
    expect(elements.nodes[1]!.getAttribute("transform")).toBe("translate(100,0)");
    expect(frames).toHaveLength(0);
    expect(scene.animating).toBe(false);
  });

  it("sits out the frame that draws what asked for the morph, then starts its clock", () => {
    const { elements, scene, run, frames, positions } = setup();
    const calls: string[] = [];
    scene.onStart = () => calls.push("start");
    scene.onFrame = (progress) => calls.push(`frame ${progress}`);
    scene.show(positions(0), new Float64Array(5));
    calls.length = 0;
    scene.morphTo(positions(100), new Float64Array(5), 800);
    elements.nodes[1]!.removeAttribute("transform");
    run(5000); // however late this frame runs, it neither writes nor starts the clock
    expect(calls).toEqual([]);
    expect(elements.nodes[1]!.hasAttribute("transform")).toBe(false);
    expect(frames).toHaveLength(1);
    run(6000); // the clock starts, and the picture readies for motion; nothing has moved, nothing is written
    expect(calls).toEqual(["start"]);
    expect(elements.nodes[1]!.hasAttribute("transform")).toBe(false);
    run(6400);
    expect(calls).toEqual(["start", "frame 0.5"]);
    expect(scene.x[1]).toBe(50);
    expect(elements.nodes[1]!.getAttribute("transform")).toBe("translate(50,0)");
  });

  it("moves a tie's hit area and focus ring only when it comes to rest", () => {
    const { elements, scene, run, positions } = setup();
    scene.show(positions(0), new Float64Array(5));
    scene.morphTo(positions(100), new Float64Array(5), 800);
    run(-16);
    run(0);
    run(400);
    expect(elements.paths[0]![0]!.getAttribute("x1")).toBe("50");
    expect(elements.settled[0]![0]!.getAttribute("x1")).toBe("0");
    run(800);
    expect(elements.settled[0]![0]!.getAttribute("x1")).toBe("100");
  });

  it("turns back from where the nodes are when asked mid-way, without a jump", () => {
    const { elements, scene, run, positions } = setup();
    scene.show(positions(0), new Float64Array(5));
    scene.morphTo(positions(100), new Float64Array(5), 800);
    run(-16);
    run(0);
    run(400);
    expect(scene.x[0]).toBe(50);
    scene.morphTo(positions(0), new Float64Array(5), 800);
    run(416);
    expect(scene.x[0]).toBe(50);
    run(500);
    expect(elements.nodes[0]!.getAttribute("transform")).toBe("translate(50,0)");
    run(900);
    expect(scene.x[0]).toBe(25);
  });

  it("shows at once when the duration is zero (reduced motion)", () => {
    const { scene, frames, positions } = setup();
    scene.morphTo(positions(30), new Float64Array(5), 0);
    expect(frames).toHaveLength(0);
    expect(scene.x[2]).toBe(30);
  });
});
