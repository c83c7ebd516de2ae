import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchemaText } from "../../../src/model/jsonSchema";

describe("the published JSON Schema", () => {
  it("is current with the zod schema (run `npm run schema` after changing it)", () => {
    expect(readFileSync(resolve("data/latticework.schema.json"), "utf8")).toBe(jsonSchemaText());
  });

  it("closes the vocabularies and the objects", () => {
    const schema = JSON.parse(jsonSchemaText());
    const tie = schema.properties.ties.items;
    expect(tie.additionalProperties).toBe(false);
    expect(tie.properties.status.additionalProperties.enum).toContain("institutionalized");
    expect(tie.properties.quotes.minItems).toBe(1);
  });
});
