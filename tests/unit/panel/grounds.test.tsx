// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tinyDataset } from "../fixtures";
import { renderApp } from "../renderApp";

const details = () => screen.getByRole("complementary", { name: "Details" });
const row = (label: string) =>
  [...details().querySelectorAll<HTMLElement>(".states__row")].find((r) => r.querySelector("dt")?.textContent?.startsWith(label))!;

describe("the panel's grounds", () => {
  it("shows under each state the quote that grounds it", () => {
    renderApp("?tie=hub-b", tinyDataset());
    expect(within(row("Now")).getByText("Another spoke.").tagName).toBe("Q");
    expect(row("Now")).toHaveTextContent("(Bea)");
    expect(row("Later")).toHaveTextContent("At risk (feared)");
    expect(row("Later")).toHaveTextContent("A fear: what the article reports people fear, not what it expects.");
  });

  it("says a state is inferred, in the editors' words, when no quote grounds it", () => {
    renderApp("?tie=hub-a&scenario=later", tinyDataset());
    expect(row("Later")).toHaveTextContent("Strained (projected)");
    expect(row("Later")).toHaveTextContent("A projection: what the article expects, not an event.");
    expect(row("Later")).toHaveTextContent("Inferred: Read from the minister's warning. (the editors’ reading, not the article’s words)");
    expect(row("Now")).not.toHaveTextContent("Inferred");
  });

  it("words the caption, key and change list as projected under a projected scenario", () => {
    renderApp("?scenario=later", tinyDataset());
    expect(document.getElementById("graph-caption")).toHaveTextContent("Later (projected). As they may be.");
    const panel = details();
    expect(within(panel).getByRole("heading", { name: "What changes from Now to Later (projected)" })).toBeInTheDocument();
    expect(panel).toHaveTextContent("deepening → at risk (feared)");
    expect(panel).toHaveTextContent("steady → strained (projected)");
    const key = panel.querySelector(".legend__states")!;
    expect(key).toHaveTextContent("Strained (projected)");
    expect(key).toHaveTextContent("At risk (feared)");
  });

  it("defines the resilience figure on screen, names its bloc and puts the caveat beside it", () => {
    const data = tinyDataset();
    data.meta.resilience = { caveat: { text: "Ties are not troops." } };
    renderApp("?scenario=later", data);
    const figure = details().querySelector<HTMLElement>(".resilience")!;
    expect(figure).toHaveTextContent("Without the hub (Hubland), Later (projected)");
    expect(figure).toHaveTextContent("2 of 2 allies still tied to one another");
    expect(figure).toHaveTextContent("Largest bloc (2): Aland and Beland.");
    expect(figure).toHaveTextContent("(the Hubland–Aland–Celand)");
    expect(figure).toHaveTextContent("institutionalized, deepening or steady under Later (projected)");
    expect(figure).toHaveTextContent("Ties that are sought, strained or at risk do not count, nor do rivalries.");
    expect(within(figure).getByText("Ties are not troops.").tagName).toBe("Q");
    expect(figure).toHaveTextContent("The article’s caveat: Ties are not troops. — Gazette");
  });

  it("says which allies the hub's absence leaves on their own", () => {
    renderApp("", tinyDataset());
    const figure = details().querySelector<HTMLElement>(".resilience")!;
    expect(figure).toHaveTextContent("0 of 2 allies still tied to one another");
    expect(figure).toHaveTextContent("Not tied to another ally: Aland and Beland.");
    expect(figure).not.toHaveTextContent("Largest bloc");
  });
});
