import { describe, expect, it } from "vitest";
import { readDatasetFile } from "../../../src/data/readDatasetFile";
import { maxDatasetBytes } from "../../../src/data/sizeLimit";
import { validateDatasetText } from "../../../src/model/validateDataset";
import { shippedText } from "../fixtures";
import { encodings, windows1252 } from "./encodings";

const validate = async (text: string) => validateDatasetText(text);
const open = (bytes: Uint8Array, name = "mine.json") => readDatasetFile(new File([bytes as BlobPart], name), maxDatasetBytes, validate);

describe("readDatasetFile (Open dataset and drop)", () => {
  it.each(encodings(shippedText))("accepts $name", async ({ bytes }) => {
    expect((await open(bytes)).ok).toBe(true);
  });

  it("refuses invalid UTF-8 with its byte offset", async () => {
    const { bytes, offset } = windows1252(shippedText.replace("Asia", "Asia’"));
    const result = await open(bytes);
    expect(!result.ok && result.problem.errors[0]).toEqual({
      path: "(root)",
      message: `not valid UTF-8: byte 0x92 at byte offset ${offset} cannot be read (save the file as UTF-8)`,
    });
  });

  it("refuses a 6 MB file in the words the CLI uses", async () => {
    const result = await open(new Uint8Array(6 * 1024 * 1024).fill(0x20), "big.json");
    expect(!result.ok && result.problem.errors[0]!.message).toBe("too large: 6 MB, the limit is 5 MB");
  });
});
