// Route keys and pairs in words for the analysis panels and their pictures: "South Korea → United States → Japan
// via TISA"; a key that does not parse reads as itself.
import { agreementName, type Model, partyName, topicName } from "../../../model";
import { parseRouteKey, type RouteKey } from "../../../routing/routeKey";

/** "South Korea → Japan". */
export function pairWords(model: Model, from: string, to: string): string {
  return `${partyName(model, from)} → ${partyName(model, to)}`;
}

/** A route named by its key, in words: its parties in order, then each agreement once, in hop order. */
export function routeKeyWords(model: Model, key: RouteKey): string {
  const hops = parseRouteKey(key);
  if (!hops || hops.length === 0) return key;
  const parties = [hops[0]!.from, ...hops.map((h) => h.to)].map((id) => partyName(model, id));
  const agreements = [...new Set(hops.map((h) => agreementName(model, h.agreement)))];
  return `${parties.join(" → ")} via ${agreements.join(", ")}`;
}

/** The settings an analysis ran with: "North Korean missiles · up to 3 hops · ad-hoc consent · switched off: TISA". */
export function settingsWords(
  model: Model,
  topic: string,
  options: { maxHops: number; allowConsentRelay: boolean; disable: readonly string[] },
): string {
  const parts = [topicName(model, topic), `up to ${options.maxHops} hop${options.maxHops === 1 ? "" : "s"}`];
  if (options.allowConsentRelay) parts.push("relays with ad-hoc consent");
  if (options.disable.length > 0) {
    const names = options.disable.map((id) =>
      model.agreements.has(id) ? agreementName(model, id) : partyName(model, id),
    );
    parts.push(`switched off: ${names.join(", ")}`);
  }
  return parts.join(" · ");
}
