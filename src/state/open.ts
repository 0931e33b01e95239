// The state an explorer opens in: the route finder's starting values and the page's permalink, read and checked.
import type { Day, Model } from "../model";
import { answerOf } from "./answer";
import { addNotices, type ExplorerState, initialState, type RouteRequest } from "./explorerState";
import {
  applyPermalink,
  defaultPermalink,
  knownIds,
  parsePermalink,
  resolvePermalinkRoute,
} from "./permalink";

/** The route finder's starting values: the story's Seoul → Tokyo when the dataset has them, else its first parties. */
export function defaultDraft(model: Model): RouteRequest {
  const ids = [...model.parties.keys()];
  const pick = (preferred: string, fallback: number) =>
    model.parties.has(preferred) ? preferred : (ids[fallback] ?? "");
  return { from: pick("KOR", 0), to: pick("JPN", 1), topic: "any" };
}

/**
 * The state of an explorer opened on `model` at the query string `search`, on the day `at` unless the permalink
 * names another. The permalink's route is checked against the answer to its query (a number becomes the key at that
 * position), so the first picture already shows it. Every invalid value becomes a notice. A query that cannot be
 * answered selects no route; answering it later reports why.
 */
export function openState(model: Model, search: string, at: Day): ExplorerState {
  const parsed = parsePermalink(search, knownIds(model), defaultPermalink(at));
  const state = applyPermalink(initialState(at, defaultDraft(model)), parsed.permalink);
  let answer: ReturnType<typeof answerOf> = null;
  try {
    answer = answerOf(model, state);
  } catch {
    answer = null;
  }
  const checked = answer
    ? resolvePermalinkRoute(parsed, [...answer.routes, ...answer.blocked])
    : { route: null, problems: [] };
  return addNotices({ ...state, draft: { ...state.draft, ...parsed.draft }, route: checked.route }, [
    ...parsed.problems,
    ...checked.problems,
  ]);
}
