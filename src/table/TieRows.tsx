import { Fragment } from "react";
import { useStore } from "zustand";
import { tieName } from "../model/tieName";
import { scenarioName, stateLabel } from "../model/stateWording";
import { select, type AppStore } from "../state/appStore";

/** The table of ties itself: every tie, its members, kind, state under each scenario and quotes. */
export function TieRows({ store }: { store: AppStore }) {
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
                {scenarioName(model, s.id)}
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
                <td>
                  {/* Each name isolated, so one name's direction cannot spill into the next. */}
                  {model.tieMembers[t]!.map((i, k) => (
                    <Fragment key={i}>
                      {k > 0 && ", "}
                      <bdi>{model.nodes[i]!.label}</bdi>
                    </Fragment>
                  ))}
                </td>
                <td dir="auto">{tie.kind}</td>
                {model.scenarios.map((s) => (
                  <td key={s.id} className={s.id === scenario ? "is-current" : ""}>
                    {stateLabel(model, s.id, tie.status[s.id] ?? "absent", t)}
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
