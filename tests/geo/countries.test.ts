// The compact country table must say what the world-countries package says, so regenerating it is the only way
// it changes.

import { describe, expect, it } from "vitest";
import countries from "world-countries";
import { countryOf } from "../../src/geo/countries";
import { COUNTRY_ROWS } from "../../src/geo/countryTable";

describe("country table", () => {
  it("holds every country of world-countries with its code, name and position", () => {
    expect(COUNTRY_ROWS.length).toBe(countries.length);
    for (const c of countries) {
      expect(countryOf(c.cca3)).toEqual({
        cca3: c.cca3,
        ccn3: c.ccn3,
        name: c.name.common,
        lat: c.latlng[0],
        lng: c.latlng[1],
      });
    }
  });

  it("names the story's parties as a reader expects", () => {
    expect(["KOR", "JPN", "USA"].map((id) => countryOf(id)?.name)).toEqual([
      "South Korea",
      "Japan",
      "United States",
    ]);
    expect(countryOf("NATO")).toBeUndefined();
  });
});
