import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../../src/model/graphModel";
import { resilience } from "../../../src/model/resilience";
import { shippedModel, tinyDataset } from "../fixtures";

describe("resilience", () => {
  it("counts allies and partners still tied to one another once the hub's ties lapse", () => {
    const model = buildGraphModel(tinyDataset());
    // now: a–b is only sought (does not bind); the trilateral hub–a–c binds a and c.
    expect(resilience(model, "now")).toEqual({ linked: 2, total: 3, largestBloc: 2 });
    // later: a–b institutionalized binds a and b; the trilateral is absent.
    expect(resilience(model, "later")).toEqual({ linked: 2, total: 3, largestBloc: 2 });
  });

  it("joins blocs through multilateral ties", () => {
    const data = tinyDataset();
    data.ties[2]!.status.now = "deepening";
    expect(resilience(buildGraphModel(data), "now")).toEqual({ linked: 3, total: 3, largestBloc: 3 });
  });

  it("measures the article's lattice: most allies and partners hold together without Washington", () => {
    const model = shippedModel();
    const biden = resilience(model, "biden");
    expect(biden.total).toBe(14);
    // The four allies and the Philippines' five other pact partners form one bloc; NATO and
    // Ukraine another; Canada and France (talks only) and Taiwan (tied to Washington alone) drop out.
    expect(biden).toEqual({ linked: 11, total: 14, largestBloc: 9 });
    expect(resilience(model, "trump")).toEqual({ linked: 11, total: 14, largestBloc: 9 });
  });
});
