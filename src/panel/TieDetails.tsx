import type { GraphModel } from "../model/graphModel";
import { tieName } from "../model/tieName";
import { stateLabel } from "../model/stateWording";
import { stateWords } from "../model/legendWords";
import type { AppStore } from "../state/appStore";
import { QuoteBlock } from "./QuoteBlock";
import { SelectButton } from "./SelectButton";
import { StateGroundsNote } from "./StateGroundsNote";
import { StateSwatch } from "./StateSwatch";

type Props = { store: AppStore; model: GraphModel; tie: number; scenario: string };

/** A tie: what the article says about it first (a phone's sheet opens on the quotes), then its states. */
export function TieDetails({ store, model, tie: t, scenario }: Props) {
  const tie = model.ties[t]!;
  const members = model.tieMembers[t]!;
  return (
    <article className="details details--tie">
      <p className="details__kicker">
        {tie.kind}
        {members.length > 2 ? ` · ${members.length} members` : ""}
      </p>
      <h2 className="details__title" id="details-title" tabIndex={-1}>
        {tieName(model, t)}
      </h2>
      <h3 className="panel__subhead">From the article</h3>
      {tie.quotes.map((quote, k) => (
        <QuoteBlock key={k} quote={quote} dataset={model.dataset} />
      ))}
      <h3 className="panel__subhead">State by scenario</h3>
      <dl className="states">
        {model.scenarios.map((s) => {
          const state = tie.status[s.id] ?? "absent";
          const current = s.id === scenario;
          return (
            <div key={s.id} className={`states__row${current ? " is-current" : ""}`}>
              <dt>
                {s.label}
                {current && <span className="states__current"> (shown)</span>}
              </dt>
              <dd>
                <StateSwatch state={state} /> <strong>{stateLabel(model, s.id, state, t)}</strong>
                <span className="states__description"> {stateWords(model.dataset, state).description}</span>
                <StateGroundsNote model={model} tie={t} scenario={s.id} />
              </dd>
            </div>
          );
        })}
      </dl>
      <h3 className="panel__subhead">About this tie</h3>
      <p className="details__summary">{tie.summary}</p>
      <h3 className="panel__subhead">Members</h3>
      <ul className="chips">
        {members.map((i) => (
          <li key={i}>
            <SelectButton store={store} target={{ kind: "node", id: model.nodes[i]!.id }}>
              {model.nodes[i]!.label}
            </SelectButton>
          </li>
        ))}
      </ul>
      {tie.background && tie.background.length > 0 && (
        <>
          <h3 className="panel__subhead">Background (not from the article)</h3>
          <ul className="background">
            {tie.background.map((item, k) => (
              <li key={k}>
                {item.fact}{" "}
                <cite>
                  <a href={item.citation.url} target="_blank" rel="noopener noreferrer">
                    {item.citation.publisher ? `${item.citation.publisher}: ` : ""}
                    {item.citation.title}
                  </a>
                </cite>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
