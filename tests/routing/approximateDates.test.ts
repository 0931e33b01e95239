// Route rule 8 on the default dataset: an entry into force known only by month opens no channel before the signing
// day that month holds, and the routes that rest on it keep the approximate-date warning.
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET } from "../../src/cli/readDataset";
import { findRoutes } from "../../src/routing";
import { codes, modelAt } from "./helpers";

const model = modelAt(DEFAULT_DATASET);
const direct = (at: string) =>
  findRoutes(model, { from: "JPN", to: "USA", topic: "general-military", at }).routes.find(
    (r) => r.hops.length === 1 && r.hops[0]!.agreement === "jpn-usa-gsomia",
  );

describe("the US–Japan GSOMIA, signed 2007-08-10, in force August 2007 (month only)", () => {
  it("carries nothing before the signing day", () => {
    expect(direct("2007-08-01")).toBeUndefined();
    expect(direct("2007-08-09")).toBeUndefined();
  });

  it("carries information from the signing day on, with the approximate-date warning", () => {
    const route = direct("2007-08-10");
    expect(route).toBeDefined();
    expect(codes(route!.warnings)).toContain("approximate-date");
    expect(route!.validFrom).toBe("2007-08-10");
  });
});
