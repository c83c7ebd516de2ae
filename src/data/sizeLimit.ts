/** The largest dataset file accepted, checked before it is read: the same for the app and the CLI. */
export const maxDatasetBytes = 5 * 1024 * 1024;

/** "5 MB", "12 KB", "50 bytes": sizes as a reader says them. */
export const humanSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

/**
 * The one refusal for a file too large, on every path (Open dataset, drop, `?data=`, the CLI):
 * with its size when it is known and reads as more than the limit, without when a server sent no length
 * and was cut off at the cap.
 */
export const tooLargeMessage = (maxBytes: number, size?: number) =>
  // Just over the limit rounds to the limit itself ("5 MB, the limit is 5 MB"): say "more than".
  size === undefined || humanSize(size) === humanSize(maxBytes)
    ? `too large: more than ${humanSize(maxBytes)}, the limit`
    : `too large: ${humanSize(size)}, the limit is ${humanSize(maxBytes)}`;
