// A large dataset exported as JSON loads again: the export is compact and the size limit leaves room for it.
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/pure";
import { loadDataset, MAX_FILE_BYTES } from "../../src/model";
import { syntheticWorld } from "../support/syntheticWorld";

const utf8Bytes = (text: string) => new TextEncoder().encode(text);

describe("a 500-party world exported as JSON", () => {
  const world = syntheticWorld({ parties: 500, agreements: 7500, seed: 1 });
  const bytes = utf8Bytes(toJson(world));

  it("fits under the size limit with room to spare, indented as well as compact", () => {
    expect(bytes.length).toBeGreaterThan(1_000_000);
    expect(bytes.length).toBeLessThan(MAX_FILE_BYTES / 2);
    expect(utf8Bytes(toJson(world, { pretty: true })).length).toBeLessThan(MAX_FILE_BYTES);
  });

  it("loads again, as the bytes a reader hands over, to the same dataset", { timeout: 120_000 }, () => {
    const result = loadDataset([{ file: "world.json", bytes }]);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.parties).toHaveLength(500);
    expect(result.ok && result.dataset.agreements).toHaveLength(7500);
    expect(result.ok && result.dataset).toEqual({ ...world, coverage: [] });
  });
});
