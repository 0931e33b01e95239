// The dataset JSON export loads again with loadDataset to the same dataset.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/pure";
import { type Dataset, loadDataset } from "../../src/model";
import { fixtureModel } from "./fixture";

const reload = (dataset: Dataset) => loadDataset([{ file: "export.json", text: toJson(dataset) }]);

describe("toJson", () => {
  it("round-trips the fixture through loadDataset", () => {
    const { dataset } = fixtureModel();
    const result = reload(dataset);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset).toEqual(dataset);
  });

  it("writes one JSON object naming every section, ending in a newline", () => {
    const text = toJson(fixtureModel().dataset);
    expect(text.endsWith("}\n")).toBe(true);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual([
      "$schema",
      "title",
      "sources",
      "topics",
      "parties",
      "agreements",
      "policies",
      "incidents",
      "discrepancies",
      "coverage",
    ]);
    expect(data.parties.map((p: { id: string }) => p.id)).toEqual(["KOR", "JPN", "USA", "NATO"]);
    expect(data.title).toBe("Export fixture <three & more>");
  });

  it("is compact by default and indented on request, with the same content", () => {
    const { dataset } = fixtureModel();
    const compact = toJson(dataset);
    const pretty = toJson(dataset, { pretty: true });
    expect(compact.split("\n")).toHaveLength(2);
    expect(pretty).toContain('\n  "sources": [\n    {');
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
    expect(compact.length).toBeLessThan(pretty.length);
  });

  it("keeps the coverage claims, which load again", () => {
    const { dataset } = fixtureModel();
    const claim = {
      party: "JPN",
      status: "complete" as const,
      asOf: "2020-01-01",
      sources: [dataset.sources[0]!.id],
    };
    const withCoverage: Dataset = { ...dataset, coverage: [claim] };
    expect(JSON.parse(toJson(withCoverage)).coverage).toEqual([claim]);
    const result = reload(withCoverage);
    expect(result.ok && result.dataset.coverage).toEqual([claim]);
  });

  it("keeps any text a party or source may hold (property)", () => {
    const base = fixtureModel().dataset;
    const text = fc
      .string({ minLength: 1, maxLength: 60, unit: "grapheme" })
      .filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, text, (name, title, quote) => {
        const dataset: Dataset = structuredClone(base);
        dataset.parties[0]!.name = name;
        dataset.sources[0]!.title = title;
        dataset.sources[0]!.quote = quote;
        const result = reload(dataset);
        expect(result.ok && result.dataset.parties[0]!.name).toBe(name);
        expect(result.ok && result.dataset.sources[0]).toEqual(dataset.sources[0]);
      }),
      { numRuns: 60 },
    );
  });
});
