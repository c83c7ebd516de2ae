import type { Quote, Tie } from "./schema";

/** What a tie's state under a scenario rests on: the quotes that support it, or the editors' inference. */
export type StateGrounds = { quotes: Quote[]; inferred: string | undefined };

export function stateGrounds(tie: Tie, scenarioId: string): StateGrounds {
  return {
    quotes: tie.quotes.filter((quote) => quote.supports?.includes(scenarioId) ?? false),
    inferred: tie.inferred?.[scenarioId],
  };
}
