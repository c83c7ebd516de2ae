import type * as z from "zod/mini";
import { datasetSchema } from "./schema";

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  entries?: Record<string, string>;
};
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** The field names (or record keys) the schema allows in the object at `path`, for "did you mean" on a misspelt field. */
export function fieldsAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = datasetSchema;
  const unwrap = () => {
    while (schema && defOf(schema).type === "optional") schema = defOf(schema).innerType;
  };
  for (const key of path) {
    unwrap();
    if (!schema) return [];
    const def = defOf(schema);
    if (def.type === "object") schema = def.shape?.[String(key)];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    else return [];
  }
  unwrap();
  if (!schema) return [];
  const def = defOf(schema);
  if (def.type === "object") return Object.keys(def.shape ?? {});
  // A record keyed by a closed vocabulary (the legend's states and roles) allows those keys.
  const keys = def.type === "record" && def.keyType ? defOf(def.keyType) : undefined;
  return keys?.type === "enum" ? Object.values(keys.entries ?? {}) : [];
}
