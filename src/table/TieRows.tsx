import { Fragment } from "react";
import { useStore } from "zustand";
import { tieName } from "../model/tieName";
import { scenarioName, stateLabel } from "../model/stateWording";
import { select, type AppStore } from "../state/appStore";

/**
 * The table of ties itself: every tie, its members, kind, state under each scenario and quotes.
 * On a phone each row stacks into a card, each cell under its column's name (table.css). The roles
 * are spelled out because a table restyled that way loses its implicit ones in some browsers.
 */
export function TieRows({ store }: { store: AppStore }) {
  const model = useStore(store, (s) => s.model);
  const selection = useStore(store, (s) => s.selection);
  const scenario = useStore(store, (s) => s.scenario);
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="tie-table-caption">
      <table className="tie-table" role="table">
        <caption id="tie-table-caption">
          All {model.ties.length} ties and their state under each scenario. Choose a tie to show its quotes in the details panel.
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Tie
            </th>
            <th scope="col" role="columnheader">
              Members
            </th>
            <th scope="col" role="columnheader">
              Kind
            </th>
            {model.scenarios.map((s) => (
              <th scope="col" role="columnheader" key={s.id} className={s.id === scenario ? "is-current" : ""}>
                {scenarioName(model, s.id)}
              </th>
            ))}
            <th scope="col" role="columnheader">
              Quotes
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {model.ties.map((tie, t) => {
            const selected = selection?.kind === "tie" && selection.id === tie.id;
            return (
              <tr key={tie.id} role="row" className={selected ? "is-selected" : ""}>
                <th scope="row" role="rowheader">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select(store, { kind: "tie", id: tie.id })}
                    aria-pressed={selected}
                  >
                    {tieName(model, t)}
                  </button>
                </th>
                <td role="cell" data-label="Members">
                  {/* Each name isolated, so one name's direction cannot spill into the next; one span, so
                      that a phone's stacked row keeps the names together. */}
                  <span>
                    {model.tieMembers[t]!.map((i, k) => (
                      <Fragment key={i}>
                        {k > 0 && ", "}
                        <bdi>{model.nodes[i]!.label}</bdi>
                      </Fragment>
                    ))}
                  </span>
                </td>
                <td role="cell" data-label="Kind" dir="auto">
                  {tie.kind}
                </td>
                {model.scenarios.map((s) => (
                  <td key={s.id} role="cell" data-label={scenarioName(model, s.id)} className={s.id === scenario ? "is-current" : ""}>
                    {stateLabel(model, s.id, tie.status[s.id] ?? "absent", t)}
                  </td>
                ))}
                <td role="cell" data-label="Quotes" className="num">
                  {tie.quotes.length}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
