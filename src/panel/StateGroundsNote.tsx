import type { GraphModel } from "../model/graphModel";
import { stateGrounds } from "../model/stateGrounds";
import { stateModality } from "../model/stateWording";

type Props = { model: GraphModel; tie: number; scenario: string };

const modalityNote = {
  projected: "A projection: what the article expects, not an event.",
  feared: "A fear: what the article reports people fear, not what it expects.",
} as const;

/** Under a tie's state in one scenario: why the graphic shows it, in the article's words or the editors'. */
export function StateGroundsNote({ model, tie: t, scenario }: Props) {
  const tie = model.ties[t]!;
  const state = tie.status[scenario] ?? "absent";
  const { quotes, inferred } = stateGrounds(tie, scenario);
  const modality = stateModality(model, scenario, state, t);
  const publisher = model.dataset.meta.source.publisher;
  return (
    <div className="grounds">
      {(modality === "projected" || modality === "feared") && <p className="grounds__modality">{modalityNote[modality]}</p>}
      {quotes.length > 0 && <p className="grounds__label">Grounds in the article:</p>}
      {quotes.map((quote, k) => (
        <p key={k} className="grounds__quote">
          <q cite={model.dataset.meta.source.url}>{quote.text}</q> <span className="grounds__who">({quote.speaker ?? publisher})</span>
        </p>
      ))}
      {inferred && (
        <p className="grounds__inferred">
          <strong>Inferred:</strong> {inferred} <span className="grounds__note">(the editors’ reading, not the article’s words)</span>
        </p>
      )}
    </div>
  );
}
