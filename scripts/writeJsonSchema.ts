import { writeFileSync } from "node:fs";
import { jsonSchemaText } from "../src/model/jsonSchema";

/** Writes data/latticework.schema.json from the zod schema; a unit test keeps it current. */
writeFileSync("data/latticework.schema.json", jsonSchemaText());
console.log("wrote data/latticework.schema.json");
