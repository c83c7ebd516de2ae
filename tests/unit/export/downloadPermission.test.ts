import { describe, expect, it } from "vitest";
import { downloadPermission } from "../../../src/export/downloadPermission";

type Fake = { origin: string; parent: Fake; frameElement: { getAttribute: (name: string) => string | null } | null };

/** A chain of windows, top first: each below the top framed by an element with that sandbox (or none, or unreadable). */
function chain(...frames: ({ sandbox: string | null } | "cross-origin" | "opaque")[]): Window {
  const top = { origin: "https://news.example", frameElement: null } as unknown as Fake;
  top.parent = top;
  let current = top;
  for (const frame of frames) {
    const next = {
      origin: frame === "opaque" ? "null" : "https://news.example",
      parent: current,
      frameElement: typeof frame === "object" ? { getAttribute: () => frame.sandbox } : null,
    } as Fake;
    current = next;
  }
  return current as unknown as Window;
}

describe("downloadPermission", () => {
  it("allows at the top level and in frames that are not sandboxed, or allow downloads", () => {
    expect(downloadPermission(chain())).toBe("allowed");
    expect(downloadPermission(chain({ sandbox: null }))).toBe("allowed");
    expect(downloadPermission(chain({ sandbox: "allow-scripts allow-same-origin allow-downloads" }))).toBe("allowed");
  });

  it("knows a readable sandbox without allow-downloads blocks them, at any depth", () => {
    expect(downloadPermission(chain({ sandbox: "allow-scripts allow-same-origin" }))).toBe("blocked");
    expect(downloadPermission(chain({ sandbox: "" }))).toBe("blocked");
    expect(downloadPermission(chain({ sandbox: "allow-scripts allow-same-origin" }, { sandbox: null }))).toBe("blocked");
  });

  it("does not claim to know what it cannot read", () => {
    expect(downloadPermission(chain("opaque"))).toBe("unknown");
    expect(downloadPermission(chain("cross-origin"))).toBe("unknown");
    expect(downloadPermission(chain("cross-origin", { sandbox: null }))).toBe("unknown");
  });
});
