// The caption of an exported image: the query in words, the As-of line and a short sources line.
import type { Day, Model } from "../../model";
import { OPERATIVE, partyLabel, statusOn, topicName } from "../../model";
import type { RouteAnswer, RouteQuery } from "../../routing/types";
import type { SceneCaption } from "./scene";

const MAX_PUBLISHERS = 8;
const MAX_FACTS = 12;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "Sources: A; B; C (fact sheet G-06, T-01…)" from publishers and fact ids in order of first use; long lists end in "…". */
export function sourcesLine(sources: readonly { publisher: string; fact?: string }[]): string {
  if (sources.length === 0) return "Sources: none cited for this view.";
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const facts = [...new Set(sources.flatMap((s) => s.fact ?? []))].sort();
  const more = (list: string[], max: number, sep: string) =>
    list.length > max ? `${list.slice(0, max).join(sep)}…` : list.join(sep);
  // A dataset of one's own may cite no fact ids at all: then the line names the publishers only.
  const sheet = facts.length > 0 ? ` (fact sheet ${more(facts, MAX_FACTS, ", ")})` : "";
  return `Sources: ${more(publishers, MAX_PUBLISHERS, "; ")}${sheet}`;
}

/**
 * The caption for an image of the network on `at`: with a query, its parties and topic in words and the number of
 * permitted and blocked routes, citing the sources of the permitted routes (of the blocked ones when nothing is
 * permitted, since they are then what the image explains); without one, the dataset's title,
 * citing the agreements operative on `at`. Unknown ids are shown as they are.
 */
export function captionFor(
  model: Model,
  at: Day,
  query: Pick<RouteQuery, "from" | "to" | "topic"> | null,
  answer: RouteAnswer | null,
): SceneCaption {
  if (query && answer) {
    const topic = topicName(model, query.topic);
    const cited = answer.routes.length > 0 ? answer.routes : answer.blocked;
    const sources = cited.flatMap((r) => r.sources);
    return {
      query: `${partyLabel(model, query.from)} → ${partyLabel(model, query.to)} · ${topic}`,
      at: `As of ${at} · ${plural(answer.routes.length, "permitted route")}, ${answer.blocked.length} blocked`,
      sources: sourcesLine(sources),
    };
  }
  const operative = model.dataset.agreements.filter((a) => OPERATIVE.has(statusOn(a, at).status));
  const sources = operative.flatMap((a) => a.sources.flatMap((id) => model.sources.get(id) ?? []));
  return {
    query: model.dataset.title,
    at: `As of ${at} · ${plural(operative.length, "agreement")} operative`,
    sources: sourcesLine(sources),
  };
}
