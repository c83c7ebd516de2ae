import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../src/export/exportFileName";

describe("exportFileName", () => {
  it("says what the picture shows", () => {
    expect(exportFileName("lattice", "trump", null, "png")).toBe("latticework-lattice-trump.png");
    expect(exportFileName("hub", "biden", null, "svg")).toBe("latticework-hub-biden.svg");
  });

  it("adds the selected tie or node", () => {
    expect(exportFileName("lattice", "trump", { kind: "tie", id: "us-japan" }, "png")).toBe("latticework-lattice-trump-us-japan.png");
    expect(exportFileName("hub", "biden", { kind: "node", id: "japan" }, "svg")).toBe("latticework-hub-biden-japan.svg");
  });

  it("keeps anything odd in an id out of the name", () => {
    expect(exportFileName("hub", "../Évian 2024", { kind: "node", id: "a/b\\c" }, "png")).toBe("latticework-hub-vian-2024-a-b-c.png");
  });
});
