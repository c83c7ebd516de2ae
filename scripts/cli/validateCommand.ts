import { readFileSync, statSync } from "node:fs";
import { decodeText } from "../../src/data/decodeText";
import { maxDatasetBytes, tooLargeMessage } from "../../src/data/sizeLimit";
import { formatValidationError } from "../../src/model/validationError";
import { validateDatasetText } from "../../src/model/validateDataset";
import { cliOutput, type CliRun } from "./cliRun";

/**
 * `npm run validate -- <file>`: checks a dataset against the schema. Prints every error with its
 * path and exits 1, or prints a one-line summary and exits 0. Never a stack trace.
 */
export function validateCommand(files: readonly string[]): CliRun {
  const io = cliOutput();
  if (files.length === 0) {
    io.error("Usage: npm run validate -- <dataset.json> [more.json…]");
    return io.end(2);
  }
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      // The app's own limit and words, checked before the file is read, as the app checks them.
      const size = statSync(file).size;
      if (size > maxDatasetBytes) {
        io.error(`${file}: ${tooLargeMessage(maxDatasetBytes, size)}`);
        failed = true;
        continue;
      }
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.error(`${file}: cannot be read (${code === "ENOENT" ? "no such file" : (code ?? "error")})`);
      failed = true;
      continue;
    }
    // The app's own decoder: a BOM, UTF-16 and broken UTF-8 are read, or refused, as the app does.
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.error(`${file}: ${decoded.message}`);
      failed = true;
      continue;
    }
    const result = validateDatasetText(decoded.text);
    if (result.ok) {
      const { nodes, ties, scenarios } = result.dataset;
      const quotes = ties.reduce((sum, tie) => sum + tie.quotes.length, 0);
      io.log(
        `${file}: valid: ${nodes.length} nodes, ${ties.length} ties, ${quotes} quotes, ${scenarios.length} scenarios (${scenarios.map((s) => s.id).join(", ")})`,
      );
    } else {
      failed = true;
      io.error(`${file}: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}`);
      for (const error of result.errors) io.error(`  ${formatValidationError(error).replaceAll("\n", "\n  ")}`);
    }
  }
  return io.end(failed ? 1 : 0);
}
