import type { Validation } from "../model/validateDataset";
import { askEngine } from "../worker/engineClient";

/** Validates a dataset's text in the engine, so the validator stays out of the first load. */
export async function validateInEngine(text: string): Promise<Validation> {
  const response = await askEngine({ type: "validate", text });
  if (response.type === "validate") return response.result;
  const message = response.type === "error" ? response.message : "unexpected answer";
  return { ok: false, errors: [{ path: "(root)", message: `could not be validated (${message})` }] };
}
