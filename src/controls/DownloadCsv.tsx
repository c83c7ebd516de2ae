import { useState } from "react";
import { loadCsvTools } from "../csv/loadCsvTools";
import { saveFile } from "../export/saveFile";
import type { AppStore } from "../state/appStore";

/** A file name from the dataset's title: `how-the-countys-libraries-share-their-books-csv.zip`. */
export const csvZipName = (title: string) => {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${slug || "latticework"}-csv`;
};

/**
 * "Download data as CSV": the dataset shown, as a zip of the CSV files a spreadsheet opens (one
 * per tab), the same files `npm run export-csv` writes. The zip code loads on first use.
 */
export function DownloadCsv({ store }: { store: AppStore }) {
  const [notice, setNotice] = useState("");
  const download = async () => {
    const { dataset } = store.getState().model;
    const name = csvZipName(dataset.meta.title);
    const { csvZip } = await loadCsvTools();
    const zip = csvZip(dataset, name);
    saveFile(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), `${name}.zip`);
    setNotice(`Saved ${name}.zip`);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() =>
          void download().catch((error: unknown) =>
            setNotice(`Could not make the zip: ${error instanceof Error ? error.message : "unknown error"}.`),
          )
        }
      >
        Download data as CSV
      </button>
      <span className="csv-notice" aria-live="polite">
        {notice}
      </span>
    </>
  );
}
