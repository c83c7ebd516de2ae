import { useState } from "react";
import { useStore } from "zustand";
import { tieName } from "../model/tieName";
import { tieStateInfo } from "../model/vocabulary";
import { select, type AppStore } from "../state/appStore";

/**
 * The text alternative: every tie, its members, kind, states and quotes, from the same data.
 * Its rows are only built when the reader opens it: a large dataset's thousands of rows cost
 * nothing until then.
 */
export function TieTable({ store }: { store: AppStore }) {
  const [open, setOpen] = useState(false);
  const count = useStore(store, (s) => s.model.ties.length);
  return (
    <details className="text-alternative" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Table of all {count} ties</summary>
      {open && <TieRows store={store} />}
    </details>
  );
}

function TieRows({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const selection = useStore(store, (s) => s.selection);
  const scenario = useStore(store, (s) => s.scenario);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tie-table-caption">
      <table className="tie-table">
        <caption id="tie-table-caption">
          All {model.ties.length} ties and their state under each scenario. Choose a tie to show its quotes in the details panel.
        </caption>
        <thead>
          <tr>
            <th scope="col">Tie</th>
            <th scope="col">Members</th>
            <th scope="col">Kind</th>
            {model.scenarios.map((s) => (
              <th scope="col" key={s.id} className={s.id === scenario ? "is-current" : ""}>
                {s.label}
              </th>
            ))}
            <th scope="col">Quotes</th>
          </tr>
        </thead>
        <tbody>
          {model.ties.map((tie, t) => {
            const selected = selection?.kind === "tie" && selection.id === tie.id;
            return (
              <tr key={tie.id} className={selected ? "is-selected" : ""}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select(store, { kind: "tie", id: tie.id })}
                    aria-pressed={selected}
                  >
                    {tieName(model, t)}
                  </button>
                </th>
                <td>{model.tieMembers[t]!.map((i) => model.nodes[i]!.label).join(", ")}</td>
                <td>{tie.kind}</td>
                {model.scenarios.map((s) => (
                  <td key={s.id} className={s.id === scenario ? "is-current" : ""}>
                    {tieStateInfo[tie.status[s.id] ?? "absent"].label}
                  </td>
                ))}
                <td className="num">{tie.quotes.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
