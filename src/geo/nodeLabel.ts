// The name a party goes by on the graph and in its exported pictures, one rule for both.
import type { Party } from "../model";
import { countryOf } from "./countries";

/** A party's name on the graph: a state's short country name ("South Korea"), an organisation's short name or id. */
export function nodeLabel(party: Party): string {
  if (party.kind === "state") return countryOf(party.id)?.name ?? party.shortName ?? party.name;
  return party.shortName ?? party.id;
}
