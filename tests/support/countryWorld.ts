// The synthetic world of 200 parties and 3,000 agreements with its parties named by real country codes (in code
// order), so that what groups countries by region (the reachability matrix's order) has regions to show.
import countries from "world-countries";
import { syntheticWorld } from "./syntheticWorld";

/** The seed-1 synthetic world as JSON text, its parties P0001… renamed to ISO 3166-1 alpha-3 codes. */
export function countryWorldJson(parties = 200, agreements = 3000): string {
  const codes = countries.map((c) => c.cca3).sort();
  if (parties > codes.length) throw new RangeError(`countryWorldJson: at most ${codes.length} parties`);
  const text = JSON.stringify(syntheticWorld({ parties, agreements, seed: 1 }));
  return text.replace(/"P(\d{4})"/g, (_, n: string) => JSON.stringify(codes[Number(n) - 1]));
}
