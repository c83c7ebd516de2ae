import { useStore } from "zustand";
import { exportContent } from "../export/exportContent";
import { hubTraceOpacity } from "../model/viewOpacity";
import type { AppStore } from "../state/appStore";
import { RoleSwatch } from "./RoleSwatch";
import { StateSwatch } from "./StateSwatch";
import "./panel.css";

/**
 * The key in a line or two under the graph, where a first-time reader looks: the same entries the
 * exported picture draws (roles shown, states drawn in this scenario), so screen and export agree.
 * In the hub order it also says what the faint lines are: without it, a node with many faint ties
 * reads as a second hub. The panel's key keeps the longer explanations.
 */
export function CompactKey({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const view = useStore(store, (s) => s.view);
  const scenario = useStore(store, (s) => s.scenario);
  const { legend } = exportContent(model, view, scenario, null);
  const hasTraces = view === "hub" && model.isSpoke.some((spoke) => !spoke);
  return (
    <div className="compact-key" role="group" aria-label="Key">
      {legend.map((row, r) => (
        <ul key={r} className="compact-key__row">
          {row.map((entry) => (
            <li key={entry.type === "role" ? `${entry.role}-${entry.kind}` : entry.state}>
              {entry.type === "role" ? <RoleSwatch role={entry.role} kind={entry.kind} /> : <StateSwatch state={entry.state} />}
              {entry.label}
            </li>
          ))}
          {r === legend.length - 1 && hasTraces && (
            <li className="compact-key__traces">
              <svg className="swatch" width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
                <line x1="2" y1="6" x2="34" y2="6" stroke="currentColor" strokeWidth="4" opacity={hubTraceOpacity * 2} />
              </svg>
              Faint: ties beyond the hub’s spokes, drawn in full in the lattice
            </li>
          )}
        </ul>
      ))}
    </div>
  );
}
