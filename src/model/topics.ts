// The topic tree: containment questions the route rules ask of scopes and policies.
import type { Topic } from "./schema.ts";

export type TopicIndex = ReadonlyMap<string, Topic>;

/** True when `topic` is `ancestor` or lies under it. Unknown ids contain nothing and are contained by nothing. */
export function isWithin(topics: TopicIndex, topic: string, ancestor: string): boolean {
  const seen = new Set<string>();
  for (let t: string | undefined = topic; t !== undefined && !seen.has(t); t = topics.get(t)?.parent) {
    if (!topics.has(t)) return false;
    if (t === ancestor) return true;
    seen.add(t);
  }
  return false;
}

/** True when the topic lies wholly within one of `scope`: information on it may pass. */
export function isCovered(topics: TopicIndex, topic: string, scope: readonly string[]): boolean {
  return scope.some((s) => isWithin(topics, topic, s));
}

/** True when the two topics share any information: one lies within the other. */
export function overlaps(topics: TopicIndex, a: string, b: string): boolean {
  return isWithin(topics, a, b) || isWithin(topics, b, a);
}

/** The topic and its ancestors up to the root, nearest first. */
export function lineage(topics: TopicIndex, topic: string): string[] {
  const out: string[] = [];
  for (let t: string | undefined = topic; t !== undefined && !out.includes(t); t = topics.get(t)?.parent)
    out.push(t);
  return out;
}
