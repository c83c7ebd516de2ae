import type { GraphModel } from "../model/graphModel";
import { resilience } from "../model/resilience";
import type { AppStore } from "../state/appStore";
import { Legend } from "./Legend";
import { ScenarioChanges } from "./ScenarioChanges";
import { SourceCredit } from "./SourceCredit";

type Props = { store: AppStore; model: GraphModel; scenario: string };

/** What the panel shows with nothing selected: how to read the graphic and what it measures. */
export function Overview({ store, model, scenario }: Props) {
  const hub = model.nodes[model.hub]!;
  const figure = resilience(model, scenario);
  const scenarioLabel = model.scenarios.find((s) => s.id === scenario)?.label ?? scenario;
  return (
    <div className="details details--overview">
      <h2 className="details__title" id="details-title" tabIndex={-1}>
        {model.dataset.meta.title}
      </h2>
      <p className="details__summary">{model.dataset.meta.description}</p>
      <p className="hint">Select a tie or a country to read what the article says about it.</p>
      <section className="resilience" aria-labelledby="resilience-title">
        <h3 className="panel__subhead" id="resilience-title">
          Without {hub.shortLabel ?? hub.label} ({scenarioLabel})
        </h3>
        <p className="resilience__figure">
          <span className="resilience__number">
            {figure.linked} of {figure.total}
          </span>{" "}
          still linked; largest bloc {figure.largestBloc}
        </p>
        <p className="resilience__explain">
          If every tie to {hub.label} lapsed, {figure.linked} of its {figure.total} allies and partners would still be tied to at least one
          other, and the largest group still connected to one another would count {figure.largestBloc}. Ties under negotiation and rivalries
          do not count: this is the lattice, measured.
        </p>
      </section>
      <ScenarioChanges store={store} model={model} scenario={scenario} />
      <Legend model={model} scenario={scenario} />
      <SourceCredit dataset={model.dataset} />
    </div>
  );
}
