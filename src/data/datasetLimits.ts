export { maxDatasetBytes } from "./sizeLimit";

/**
 * Origins other than the page's own that `?data=` may load from, fixed at build time
 * (`VITE_DATA_ORIGINS="https://data.example.org,https://cdn.example.com" npm run build`): a
 * newsroom's graphic must not show whatever data anyone points it at.
 */
export const allowedDataOrigins: readonly string[] = String(import.meta.env.VITE_DATA_ORIGINS ?? "")
  .split(",")
  .map((origin) => origin.trim())
  .filter(Boolean);
