import { gzipSync, constants } from "node:zlib";

/** The level every weight in the bench and the budget test is measured at: gzip's best (9). */
export const gzipLevel = constants.Z_BEST_COMPRESSION;

export function gzipSize(body: Buffer | string): number {
  return gzipSync(body, { level: gzipLevel }).length;
}
