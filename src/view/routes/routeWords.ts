// A route in words, as the routes list, the comparison and the details name it.
import { type Model, partyName } from "../../model";
import type { Route } from "../../routing";

/** "South Korea → United States → Japan". */
export function routePath(model: Model, route: Route): string {
  return route.parties.map((id) => partyName(model, id)).join(" → ");
}

/** "via TISA" or "via Japan–ROK GSOMIA": each agreement once, in hop order. */
export function routeVia(route: Route): string {
  return `via ${[...new Set(route.hops.map((h) => h.agreementName))].join(", ")}`;
}
