import { allowedDataOrigins, maxDatasetBytes } from "../data/datasetLimits";
import { refused, type DatasetResult } from "../data/datasetProblem";
import { validateInEngine } from "../data/validateInEngine";
import { loadExtras } from "../extras/loadExtras";
import { warmEngine } from "../worker/engineClient";

/** Loads the dataset a `?data=` address names, with the engine (validation, layout) it will need. */
export function loadAddressDataset(raw: string): Promise<DatasetResult> {
  warmEngine();
  return loadExtras().then(
    ({ fetchDataset }) =>
      fetchDataset(raw, {
        base: location.href,
        allowedOrigins: allowedDataOrigins,
        maxBytes: maxDatasetBytes,
        validate: validateInEngine,
      }),
    () =>
      refused("The dataset in the address could not be used", "the code that loads datasets could not be loaded; reload the page", "data"),
  );
}
