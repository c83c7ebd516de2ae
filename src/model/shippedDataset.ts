import shipped from "../../data/indo-pacific.json";
import type { Dataset } from "./schema";

/**
 * The dataset that ships with the app. It is validated against the schema before every build
 * (`npm run build` fails otherwise) and by the unit tests, so the first load need not carry the
 * validator: that is loaded only for datasets the reader brings.
 */
export const shippedDataset = shipped as Dataset;
