import type { GraphModel } from "../model/graphModel";
import type { AppStore } from "../state/appStore";
import { Legend } from "./Legend";
import { ResilienceFigure } from "./ResilienceFigure";
import { ScenarioChanges } from "./ScenarioChanges";

type Props = { store: AppStore; model: GraphModel; scenario: string };

/** What the panel shows with nothing selected: how to read the graphic and what it measures. */
export function Overview({ store, model, scenario }: Props) {
  return (
    <div className="details details--overview">
      {/* The page's heading carries the title and its foot the credit: each appears once. */}
      <h2 className="details__title" id="details-title" tabIndex={-1}>
        About this graphic
      </h2>
      <p className="details__summary">{model.dataset.meta.description}</p>
      <p className="hint">Select a tie or a country to read what the article says about it.</p>
      <ResilienceFigure model={model} scenario={scenario} />
      <ScenarioChanges store={store} model={model} scenario={scenario} />
      <Legend model={model} scenario={scenario} />
    </div>
  );
}
