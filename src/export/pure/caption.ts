// The words around an exported picture: the question as its title, the answer in a sentence, and the sources of
// the routes drawn (publisher and date), with the dataset's title and the permalink.
import { nodeLabel } from "../../geo";
import {
  type Day,
  type Model,
  noRouteCoverage,
  OPERATIVE,
  possessive,
  statusOn,
  topicName,
  withArticle,
} from "../../model";
import type { Reason, ReasonCode, Route, RouteAnswer } from "../../routing";

export interface Caption {
  /** The question: "South Korea → Japan · North Korean missiles · 19 November 2017". */
  title: string;
  /** The answer in words: "2 permitted routes: (1) direct under Japan–ROK GSOMIA; (2) relayed via …". */
  subtitle: string;
  /** The sources of the routes drawn, one entry per publisher with its dates: "Yonhap News Agency, 2019-08-22". */
  sources: SourceEntry[];
  /** The dataset's title, credited with the sources. */
  dataset: string;
  /** The explorer's address of this picture, written out when given. */
  permalink?: string;
}

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/** "19 November 2017" for 2017-11-19. */
export function longDate(day: Day): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

const plural = (count: number, word: string, words = `${word}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? word : words}`;

function nameOf(model: Model, id: string): string {
  const party = model.parties.get(id);
  return party ? nodeLabel(party) : id;
}

const listWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** A permitted route in a few words: "relayed via the United States under TISA, with South Korea's approval". */
export function routeWords(model: Model, route: Route): string {
  const agreements = [...new Set(route.hops.map((h) => h.agreementName || h.agreement))];
  const under = `under ${agreements.join(", then ")}`;
  const via = route.intermediaries.map((id) => withArticle(nameOf(model, id)));
  const words = [route.kind === "direct" ? `direct ${under}` : `relayed via ${listWords(via)} ${under}`];
  const sender = possessive(withArticle(nameOf(model, route.parties[0]!)));
  for (const condition of route.conditions) {
    words.push(
      condition.code === "originator-approval" ? `with ${sender} approval` : `with ${sender} ad-hoc consent`,
    );
  }
  for (const warning of route.warnings) {
    if (warning.code === "termination-pending") words.push("termination pending");
    if (warning.code === "conditional-status") words.push("termination suspended");
  }
  return words.join(", ");
}

const REASON_WORDS: Readonly<Record<ReasonCode, string>> = {
  "third-party-rule": "by the third-party rule",
  "not-in-force": "by an agreement not in force",
  "out-of-scope": "by a topic outside an agreement's scope",
  "policy-restriction": "by a sender's own policy",
  "disabled-by-scenario": "by the scenario",
};

/**
 * "3 candidates blocked: 3 by the third-party rule, 1 by …", every blocked candidate counted (listed or not), by
 * reason, most frequent first; where one candidate carries several reasons the counts say so. "" for none.
 */
function blockedWords(answer: Pick<RouteAnswer, "blockedTotal" | "blockedSummary">): string {
  const total = answer.blockedTotal;
  if (total === 0) return "";
  const parts = answer.blockedSummary.map(
    (s) => `${s.count.toLocaleString("en-US")} ${REASON_WORDS[s.code]}`,
  );
  const overlap = answer.blockedSummary.reduce((sum, s) => sum + s.count, 0) > total;
  return `${plural(total, "candidate")} blocked: ${parts.join(", ")}${overlap ? " (some for several reasons)" : ""}.`;
}

/** How many routes the subtitle names before it says how many more there are. */
const NAMED_ROUTES = 5;

/** The answer in words: the permitted routes numbered as the picture numbers them, or why there is none. */
export function answerWords(model: Model, answer: RouteAnswer): string {
  const { routes, query } = answer;
  if (routes.length === 0) {
    const coverage = noRouteCoverage(model, query.from, query.to, query.at);
    return [coverage.message.replace(/^No route\b/, "No permitted route"), blockedWords(answer)]
      .filter(Boolean)
      .join(" ");
  }
  const named = routes.slice(0, NAMED_ROUTES).map((r, i) => `(${i + 1}) ${routeWords(model, r)}`);
  const more = routes.length > NAMED_ROUTES ? `; and ${routes.length - NAMED_ROUTES} more` : "";
  return `${plural(routes.length, "permitted route")}: ${named.join("; ")}${more}.`;
}

/** How many reasons a blocked selection's words give before saying how many more there are. */
const NAMED_REASONS = 3;

/** A blocked route's reason in brief: "TISA not in force on 1 June 2014", "the United States may not pass it on". */
function reasonBrief(model: Model, answer: RouteAnswer, route: Route, reason: Reason): string {
  const hop = route.hops[reason.hop] ?? route.hops[0]!;
  const agreement = hop.agreementName || hop.agreement;
  const [from, to] = [withArticle(nameOf(model, hop.from)), withArticle(nameOf(model, hop.to))];
  const topic = topicName(model, answer.query.topic);
  switch (reason.code) {
    case "not-in-force":
      return `${agreement} not in force on ${longDate(answer.query.at)}`;
    case "out-of-scope":
      return `${agreement} does not cover ${topic}`;
    case "policy-restriction":
      return `${from} holds back ${topic} from ${to}`;
    case "third-party-rule":
      return `${from} may not pass it on (third-party rule)`;
    case "disabled-by-scenario": {
      const off = answer.query.disable.includes(hop.agreement)
        ? agreement
        : answer.query.disable.includes(hop.from)
          ? from
          : to;
      return `${off} switched off by the scenario`;
    }
  }
}

/**
 * The selected blocked route drawn with the answer, in words: "Shown: relayed via the United States under TISA,
 * blocked: TISA not in force on 1 June 2014." Each distinct reason once, the first few named; "Also shown" when
 * permitted routes are drawn beside it.
 */
export function blockedSelectionWords(model: Model, answer: RouteAnswer, route: Route): string {
  const reasons = [...new Set(route.reasons.map((r) => reasonBrief(model, answer, route, r)))];
  const more = reasons.length - NAMED_REASONS;
  const named = reasons.slice(0, NAMED_REASONS).join("; ");
  const why = more > 0 ? `${named}; and ${plural(more, "more reason")}` : named;
  const lead = answer.routes.length > 0 ? "Also shown" : "Shown";
  return `${lead}: ${routeWords(model, route)}, blocked${why ? `: ${why}` : ""}.`;
}

/** A publisher without its parenthesis: "US Department of Defense" for "US Department of Defense (news release …)". */
export function shortPublisher(publisher: string): string {
  return publisher.replace(/\s*\([^)]*\)\s*$/, "").trim() || publisher;
}

const GRADE = { A: 0, B: 1, C: 2 } as const;

/** A publisher with the dates of what it published, and how many of the picture's sources that is. */
export interface SourceEntry {
  text: string;
  count: number;
}

/** A source as a route or an agreement cites it. */
type SourceRef = Pick<Route["sources"][number], "id" | "publisher" | "grade">;

/**
 * The sources of several routes (one list each) as "Publisher, date, date" entries: each list best grade first,
 * taken in turn from every list (so a long first route does not crowd out the others), one entry per publisher in
 * order of first use, its dates in order. No lists give no entries.
 */
export function sourceEntries(model: Model, lists: readonly (readonly SourceRef[])[]): SourceEntry[] {
  const sorted = lists.map((list) => [...list].sort((a, b) => GRADE[a.grade] - GRADE[b.grade]));
  const dates = new Map<string, Set<string>>();
  const ids = new Map<string, Set<string>>();
  const longest = Math.max(0, ...sorted.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of sorted) {
      const source = list[i];
      if (!source) continue;
      const publisher = shortPublisher(source.publisher);
      const seen = dates.get(publisher) ?? new Set<string>();
      const date = model.sources.get(source.id)?.date;
      if (date) seen.add(date);
      dates.set(publisher, seen);
      ids.set(publisher, (ids.get(publisher) ?? new Set<string>()).add(source.id));
    }
  }
  return [...dates].map(([publisher, days]) => ({
    text: days.size === 0 ? publisher : `${publisher}, ${[...days].sort().join(", ")}`,
    count: ids.get(publisher)!.size,
  }));
}

/**
 * The caption of a picture on `at`. With an answer: the question as title, the answer in words (followed by the
 * `blockedSelection`'s words when a selected blocked route is drawn) and the sources of the `drawn` routes.
 * Without one: the dataset's title, the agreements operative on the date and their sources. Unknown ids read as
 * themselves.
 */
export function captionFor(
  model: Model,
  at: Day,
  answer: RouteAnswer | null,
  drawn: readonly Route[],
  permalink?: string,
  blockedSelection?: Route | null,
): Caption {
  const caption: Caption = answer
    ? {
        title: `${nameOf(model, answer.query.from)} → ${nameOf(model, answer.query.to)} · ${topicName(model, answer.query.topic)} · ${longDate(at)}`,
        subtitle: blockedSelection
          ? `${answerWords(model, answer)} ${blockedSelectionWords(model, answer, blockedSelection)}`
          : answerWords(model, answer),
        sources: sourceEntries(
          model,
          drawn.map((r) => r.sources),
        ),
        dataset: model.dataset.title,
      }
    : networkCaption(model, at);
  if (permalink) caption.permalink = permalink;
  return caption;
}

function networkCaption(model: Model, at: Day): Caption {
  const operative = model.dataset.agreements.filter((a) => OPERATIVE.has(statusOn(a, at).status));
  const cited = operative.map((a) =>
    a.sources.flatMap((id) => {
      const source = model.sources.get(id);
      return source ? [{ id, publisher: source.publisher, grade: source.grade }] : [];
    }),
  );
  const parties = plural(model.dataset.parties.length, "party", "parties");
  return {
    title: `${model.dataset.title} · ${longDate(at)}`,
    subtitle: `${plural(operative.length, "agreement")} operative among ${parties}.`,
    sources: sourceEntries(model, cited),
    dataset: model.dataset.title,
  };
}
