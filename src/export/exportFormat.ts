/** The picture formats the graphic exports. */
export type ExportFormat = "png" | "svg";
