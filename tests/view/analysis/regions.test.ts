// The region table must say what the world-countries package says, so regenerating it is the only way it changes.
import { describe, expect, it } from "vitest";
import countries from "world-countries";
import { regionOf } from "../../../src/view/analysis/regions";

describe("regions", () => {
  it("gives every country of world-countries its region and subregion", () => {
    for (const c of countries) {
      expect(regionOf(c.cca3)).toBe(c.subregion ? `${c.region}: ${c.subregion}` : c.region);
    }
  });

  it("has none for an organisation", () => {
    expect(regionOf("KOR")).toBe("Asia: Eastern Asia");
    expect(regionOf("NATO")).toBeUndefined();
  });
});
