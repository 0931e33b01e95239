// The state an explorer opens in: the 2017 story answered (or the dataset's first question), unless the page's
// permalink asks another; the permalink read and checked.
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

/**
 * The question a fresh explorer answers on the built-in dataset: can Seoul send Tokyo what it learns of North
 * Korea's missiles, on the day of the Korea Herald's 2017 article (DESIGN.md, the story).
 */
export const STORY: RouteRequest & { at: Day } = {
  from: "KOR",
  to: "JPN",
  topic: "nk-missile",
  at: "2017-11-19",
};

/** The route finder's starting values: the story's Seoul → Tokyo when the dataset has them, else its first parties. */
export function defaultDraft(model: Model): RouteRequest {
  const ids = [...model.parties.keys()];
  const pick = (preferred: string, fallback: number) =>
    model.parties.has(preferred) ? preferred : (ids[fallback] ?? "");
  return { from: pick(STORY.from, 0), to: pick(STORY.to, 1), topic: "any" };
}

/** True when `request` names two parties and a topic of `model`, so that it can be answered there. */
export function canAnswer(model: Model, request: RouteRequest | null): request is RouteRequest {
  return (
    request !== null &&
    model.parties.has(request.from) &&
    model.parties.has(request.to) &&
    model.topics.has(request.topic)
  );
}

/**
 * The question a dataset opens on: the story where the dataset holds its parties and topic (with its date), else
 * the route finder's starting values when they make a question; null when the dataset has fewer than two parties.
 */
export function openingQuestion(model: Model): { query: RouteRequest; at?: Day } | null {
  const { at, ...story } = STORY;
  if (canAnswer(model, story)) return { query: story, at };
  const draft = defaultDraft(model);
  return canAnswer(model, draft) && draft.from !== draft.to ? { query: draft } : null;
}

/** True when the query string names any part of a question (`from`, `to`, `topic` or `at`). */
function asksAQuestion(search: string): boolean {
  return search
    .replace(/^\?/, "")
    .split("&")
    .some((part) => /^(from|to|topic|at)=/.test(part));
}

/**
 * The state of an explorer opened on `model` at the query string `search`. A query string that names no part of a
 * question opens on the dataset's opening question (the 2017 story on the built-in dataset), answered; otherwise on
 * the permalink's, on the day `at` unless it names another. A route key is kept as it is: where the answer has no
 * such route, the routes panel says so. A route number is read against the first answer (permitted routes first) and
 * becomes the key at that position, so the first picture already shows it. Every invalid value becomes a notice.
 */
export function openState(model: Model, search: string, at: Day): ExplorerState {
  const parsed = parsePermalink(search, knownIds(model), defaultPermalink(at));
  if (!asksAQuestion(search)) {
    const opening = openingQuestion(model);
    if (opening) parsed.permalink = { ...parsed.permalink, query: opening.query, at: opening.at ?? at };
  }
  const state = applyPermalink(initialState(at, defaultDraft(model)), parsed.permalink);
  let checked: { route: string | null; problems: string[] } = { route: state.route, problems: [] };
  if (parsed.routeNumber !== null) {
    let answer: ReturnType<typeof answerOf> = null;
    try {
      answer = answerOf(model, state);
    } catch {
      answer = null;
    }
    if (answer) checked = resolvePermalinkRoute(parsed, [...answer.routes, ...answer.blocked]);
  }
  return addNotices({ ...state, draft: { ...state.draft, ...parsed.draft }, route: checked.route }, [
    ...parsed.problems,
    ...checked.problems,
  ]);
}
