// Looks up a country's common name and map position by its ISO 3166-1 alpha-3 code (the party id of a state).
import { COUNTRY_ROWS } from "./countryTable";

export interface Country {
  cca3: string;
  /** ISO numeric code: the id of the country's shape in world-atlas. */
  ccn3: string;
  name: string;
  lat: number;
  lng: number;
}

const BY_CCA3: ReadonlyMap<string, Country> = new Map(
  COUNTRY_ROWS.map(([cca3, ccn3, name, lat, lng]) => [cca3, { cca3, ccn3, name, lat, lng }]),
);

/** The country with this alpha-3 code, or undefined for an organisation id or an unknown code. */
export function countryOf(cca3: string): Country | undefined {
  return BY_CCA3.get(cca3);
}
