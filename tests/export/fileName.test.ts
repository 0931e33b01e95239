// Export file names carry the query and the date.
import { describe, expect, it } from "vitest";
import { exportFileName } from "../../src/export/pure";

describe("exportFileName", () => {
  it("names a query's image after its ends, topic and date", () => {
    expect(exportFileName({ from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" }, "png")).toBe(
      "liaison-KOR-JPN-nk-missile-2017-11-19.png",
    );
  });

  it("names data exports after the dataset and date", () => {
    expect(exportFileName({ at: "2017-11-19" }, ".gexf")).toBe("liaison-dataset-2017-11-19.gexf");
    expect(exportFileName({ from: "KOR", at: "2017-11-19" }, "GraphML")).toBe(
      "liaison-dataset-2017-11-19.graphml",
    );
    expect(exportFileName({}, "json")).toBe("liaison-dataset.json");
  });

  it("keeps path separators and odd characters out of the name", () => {
    expect(exportFileName({ from: "../etc", to: "JPN", topic: "a b/c", at: "2017-11-19" }, "csv")).toBe(
      "liaison-etc-JPN-a-b-c-2017-11-19.csv",
    );
  });

  it("refuses an extension that is not a short alphanumeric one", () => {
    expect(() => exportFileName({}, "")).toThrow(RangeError);
    expect(() => exportFileName({}, "png/../x")).toThrow(/invalid extension/);
  });
});
