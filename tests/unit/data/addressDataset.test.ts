import { describe, expect, it } from "vitest";
import { addressDataset } from "../../../src/data/addressDataset";
import { parseUrlParams } from "../../../src/state/urlState";
import { tinyDataset } from "../fixtures";

describe("a ?data= address too long to use", () => {
  it("is refused with a reason, not dropped in silence: the published dataset stays", async () => {
    const long = `https://data.example/${"x".repeat(3000)}.json`;
    const params = parseUrlParams(`?data=${encodeURIComponent(long)}`);
    expect(params.data).toBeUndefined();
    expect(params.dataTooLong).toBe(long.length);
    const published = tinyDataset();
    const { dataset, problem } = await addressDataset(params, published);
    expect(dataset).toBe(published);
    expect(problem).toEqual({
      title: "The dataset in the address could not be used",
      errors: [
        {
          path: "data",
          message: "the address is too long to use: 3,026 characters, the limit is 2,048; serve the file and give its address instead",
        },
      ],
    });
  });

  it("at 2,048 characters is still used", () => {
    const params = parseUrlParams(`?data=${"x".repeat(2048)}`);
    expect(params.data).toHaveLength(2048);
    expect(params.dataTooLong).toBeUndefined();
  });
});
