// What the analysis panels ask about, read from the explorer's state: the pair and topic of the query (or of the
// route finder before one is made), and the hops, consent and scenario every analysis applies.
import type { ExplorerState, RouteRequest } from "../../state";
import type { JobOptions } from "./job";

/** The query being answered, else what the route finder shows. */
export function analysisRequest(state: Pick<ExplorerState, "query" | "draft">): RouteRequest {
  return state.query ?? state.draft;
}

/** The explorer's route options as a job's: the same object while they stay the same is not needed, keys compare. */
export function jobOptions(
  state: Pick<ExplorerState, "maxHops" | "allowConsentRelay" | "disabled">,
): JobOptions {
  return { maxHops: state.maxHops, allowConsentRelay: state.allowConsentRelay, disable: state.disabled };
}
