import type { GraphModel } from "../model/graphModel";
import { changeOrder, scenarioDiff, type ChangeKind } from "../model/scenarioDiff";
import { tieName } from "../model/tieName";
import { scenarioName, stateInSentence } from "../model/stateWording";
import type { AppStore } from "../state/appStore";
import { countOf, listedCount } from "../model/countOf";
import { SelectButton } from "./SelectButton";

const headings: Record<ChangeKind, string> = {
  weakens: "Weaken",
  vanishes: "Vanish",
  shifts: "Change character",
  strengthens: "Strengthen",
  appears: "Appear",
};

type Props = { store: AppStore; model: GraphModel; scenario: string };

/** Beyond this, a group is summed up: a large dataset's hundreds of changes are the table's job. */
const listed = 8;

/** What changes from the default scenario to this one (or, on the default, to the next one). */
export function ScenarioChanges({ store, model, scenario }: Props) {
  if (model.scenarios.length < 2) return null;
  const from = model.dataset.defaults.scenario;
  const to = scenario === from ? (model.scenarios.find((s) => s.id !== from)?.id ?? from) : scenario;
  const label = (id: string) => scenarioName(model, id);
  const changes = scenarioDiff(model, from, to);
  return (
    <section className="changes" aria-labelledby="changes-title">
      <h3 className="panel__subhead" id="changes-title">
        What changes from {label(from)} to {label(to)}
      </h3>
      {changes.length === 0 ? (
        <p>No tie changes state.</p>
      ) : (
        <>
          <p className="changes__summary">
            {changes.length} of {countOf(model.ties.length, "tie")} {changes.length === 1 ? "changes" : "change"} state;{" "}
            {model.ties.length - changes.length} {model.ties.length - changes.length === 1 ? "holds" : "hold"}.
          </p>
          {changeOrder.map((kind) => {
            const group = changes.filter((c) => c.change === kind);
            if (group.length === 0) return null;
            return (
              <div key={kind} className="changes__group">
                <h4 className="changes__kind">
                  {headings[kind]} ({group.length})
                </h4>
                <ul className="tie-list">
                  {group.slice(0, listedCount(group.length, listed)).map((c) => (
                    <li key={c.tie}>
                      <SelectButton store={store} target={{ kind: "tie", id: model.ties[c.tie]!.id }}>
                        {tieName(model, c.tie)}
                      </SelectButton>
                      <span className="tie-list__kind">
                        {" "}
                        {stateInSentence(model, from, c.from, c.tie)} → {stateInSentence(model, to, c.to, c.tie)}
                      </span>
                    </li>
                  ))}
                  {group.length > listedCount(group.length, listed) && (
                    <li className="tie-list__more">…and {group.length - listed} more (see the table of all ties).</li>
                  )}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
