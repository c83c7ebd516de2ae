import type { GraphModel } from "../model/graphModel";
import { joinWords } from "../model/joinWords";
import { stateWords } from "../model/legendWords";
import { resilience } from "../model/resilience";
import { scenarioName } from "../model/stateWording";
import { tieName } from "../model/tieName";
import { tieStateInfo, tieStates, type TieState } from "../model/vocabulary";

type Props = { model: GraphModel; scenario: string };

/**
 * "Without the hub": how many of its allies its ties leave joined to one another. Every word about
 * what is counted comes from the same result as the number, so the two cannot drift apart.
 */
export function ResilienceFigure({ model, scenario }: Props) {
  const figure = resilience(model, scenario);
  const hub = model.nodes[model.hub]!;
  const names = (indices: readonly number[]) => joinWords(indices.map((i) => model.nodes[i]!.label));
  const stateNames = (states: readonly TieState[], conjunction: "and" | "or") =>
    joinWords(
      states.map((s) => stateWords(model.dataset, s).label.toLowerCase()),
      conjunction,
    );
  const notHolding = tieStates.filter((s) => tieStateInfo[s].polarity === "cooperative" && !figure.holding.includes(s));
  const unlinked = figure.allies.filter((i) => !figure.linked.includes(i));
  const bloc = figure.largestBloc;
  const caveat = model.dataset.meta.resilience?.caveat;
  if (figure.allies.length === 0) return null;
  return (
    <section className="resilience" aria-labelledby="resilience-title">
      <h3 className="panel__subhead" id="resilience-title">
        Without the hub ({hub.label}), {scenarioName(model, scenario)}
      </h3>
      <p className="resilience__figure">
        <span className="resilience__number">
          {figure.linked.length} of {figure.allies.length}
        </span>{" "}
        allies still tied to one another
      </p>
      {bloc.allies.length > 0 && (
        <p className="resilience__bloc">
          Largest bloc ({bloc.allies.length}): {names(bloc.allies)}
          {bloc.partners.length > 0 && <>, with {names(bloc.partners)}</>}.
        </p>
      )}
      {unlinked.length > 0 && <p className="resilience__bloc">Not tied to another ally: {names(unlinked)}.</p>}
      <p className="resilience__explain">
        What this counts: the allies of {hub.label} that are countries. Every tie that includes {hub.label} is taken away, bilateral or
        multilateral
        {figure.hubGroupings.length > 0 && <> ({joinWords(figure.hubGroupings.map((t) => `the ${tieName(model, t)}`))})</>}. An ally counts
        as tied if a tie that is {stateNames(figure.holding, "or")} under {scenarioName(model, scenario)} joins it to another ally, directly
        or through partners. Ties that are {stateNames(notHolding, "or")} do not count, nor do rivalries
        {figure.organizations.length > 0 && <> or organizations ({names(figure.organizations)})</>}. It counts ties, not the military
        capabilities behind them.
      </p>
      {caveat && (
        // Inline, not a blockquote: the panel's blockquotes are the selected tie's quotes.
        <figure className="resilience__caveat">
          <p>
            <span className="resilience__caveat-label">The article’s caveat: </span>
            <q cite={model.dataset.meta.source.url}>{caveat.text}</q>
          </p>
          <figcaption> — {caveat.speaker ?? model.dataset.meta.source.publisher}</figcaption>
        </figure>
      )}
    </section>
  );
}
