import { loadExtras } from "../extras/loadExtras";
import type { Dataset } from "../model/schema";
import type { UrlParams } from "../state/urlState";
import { allowedDataOrigins, maxDatasetBytes } from "./datasetLimits";
import { refused, type DatasetProblem, type DatasetResult } from "./datasetProblem";
import { loadDeadline } from "./loadDeadline";
import { tooLongMessage } from "./tooLongMessage";
import { validateInEngine } from "./validateInEngine";
import { withDeadline } from "./withDeadline";

export type AddressDataset = { dataset: Dataset; problem: DatasetProblem | null };

const title = "The dataset in the address could not be used";

/**
 * The dataset the address asks for (`?data=`), or the one the page was published with (and the
 * reason the other could not be used). Always settles, within the load's deadline and the engine's:
 * a page never waits forever.
 */
export async function addressDataset(params: UrlParams, published: Dataset): Promise<AddressDataset> {
  const orPublished = (result: DatasetResult): AddressDataset =>
    result.ok ? { dataset: result.dataset, problem: null } : { dataset: published, problem: result.problem };
  if (params.dataTooLong !== undefined) return orPublished(refused(title, tooLongMessage(params.dataTooLong), "data"));
  const raw = params.data;
  if (raw === undefined) return { dataset: published, problem: null };
  const extras = await withDeadline(
    loadExtras().then(
      (loaded) => loaded,
      () => null,
    ),
    loadDeadline.totalMs,
    () => undefined,
  );
  if (!extras)
    return orPublished(
      refused(
        title,
        extras === null
          ? "the code that loads datasets could not be loaded; reload the page"
          : `the code that loads datasets did not arrive within ${loadDeadline.totalMs / 1000} s; reload the page`,
        "data",
      ),
    );
  return orPublished(
    await extras.fetchDataset(raw, {
      base: location.href,
      allowedOrigins: allowedDataOrigins,
      maxBytes: maxDatasetBytes,
      validate: validateInEngine,
    }),
  );
}
