import * as z from "zod/mini";
import { datasetSchema } from "./schema";

/**
 * The dataset contract as JSON Schema, generated from the zod schema (the one source of truth) so
 * editors can validate their own datasets in any tool. Cross-references (unknown members, duplicate
 * ids) are beyond JSON Schema: `npm run validate` checks those too.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return {
    ...generated,
    $id: "https://latticework.example/latticework.schema.json",
    title: "Latticework dataset",
    description:
      "A network of ties between countries and organizations, with their state per scenario and the quotes behind them. Generated from src/model/schema.ts by `npm run schema`; ids must also be unique and tie members must name nodes (checked by `npm run validate`).",
  };
}

export const jsonSchemaText = () => `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
