import type { GraphModel } from "../model/graphModel";
import { tieName } from "../model/tieName";
import { stateLabel } from "../model/stateWording";
import { tieStates } from "../model/vocabulary";
import { roleWords } from "../model/legendWords";
import type { AppStore } from "../state/appStore";
import { countOf, listedCount } from "../model/countOf";
import { SelectButton } from "./SelectButton";
import { StateSwatch } from "./StateSwatch";

type Props = { store: AppStore; model: GraphModel; node: number; scenario: string };

/** Beyond this, a group is summed up (the hub of a large dataset has hundreds of ties). */
const listed = 40;

/** A node's ties, grouped by their state in the current scenario, strongest first. */
export function NodeDetails({ store, model, node: i, scenario }: Props) {
  const node = model.nodes[i]!;
  const ties = model.tiesOfNode[i]!;
  const groups = tieStates
    .map((state) => ({ state, ties: ties.filter((t) => (model.ties[t]!.status[scenario] ?? "absent") === state) }))
    .filter((group) => group.ties.length > 0);
  return (
    <article className="details details--node">
      <p className="details__kicker">
        {roleWords(model.dataset, node.role).label} · {node.kind === "organization" ? "Organization" : "Country"}
      </p>
      <h2 className="details__title" id="details-title" tabIndex={-1}>
        {node.label}
      </h2>
      <p className="details__summary">{countOf(ties.length, "tie")} in this dataset.</p>
      {groups.map(({ state, ties: group }) => (
        <section key={state} className="tie-group">
          <h3 className="panel__subhead">
            <StateSwatch state={state} /> {stateLabel(model, scenario, state)}
          </h3>
          <ul className="tie-list">
            {group.slice(0, listedCount(group.length, listed)).map((t) => (
              <li key={t}>
                <SelectButton store={store} target={{ kind: "tie", id: model.ties[t]!.id }}>
                  {tieName(model, t)}
                </SelectButton>
                <span className="tie-list__kind"> {model.ties[t]!.kind}</span>
              </li>
            ))}
            {group.length > listedCount(group.length, listed) && (
              <li className="tie-list__more">…and {group.length - listed} more (see the table of all ties).</li>
            )}
          </ul>
        </section>
      ))}
    </article>
  );
}
