// How a party, topic, agreement or agreement kind reads for people, shared by route messages, captions and the
// explorer: "Japan (JPN)", "North Korean missiles", "Japan–ROK GSOMIA". Unknown ids read as themselves.
import type { Model } from "./model.ts";
import type { AgreementKind, Policy } from "./schema.ts";

/** A party's short name, else its name: "South Korea"; the bare id when the dataset does not know it. */
export function partyName(model: Model, id: string): string {
  const party = model.parties.get(id);
  return party ? (party.shortName ?? party.name) : id;
}

/** A party's short name, then its id: "Japan (JPN)"; the bare id when the dataset does not know it. */
export function partyLabel(model: Model, id: string): string {
  return model.parties.has(id) ? `${partyName(model, id)} (${id})` : id;
}

/** A topic's name: "North Korean missiles"; the bare id when unknown. */
export function topicName(model: Model, id: string): string {
  return model.topics.get(id)?.name ?? id;
}

/** A topic's name, then its id: "North Korean missiles (nk-missile)"; the bare id when unknown. */
export function topicLabel(model: Model, id: string): string {
  return model.topics.has(id) ? `${topicName(model, id)} (${id})` : id;
}

/** Topic names in a row: "North Korean nuclear programme, North Korean missiles". */
export function topicNames(model: Model, ids: readonly string[]): string {
  return ids.map((id) => topicName(model, id)).join(", ");
}

/** What a policy limits its sender to, as a predicate: "sends only North Korean missiles", "holds back …". */
export function policyLimitWords(model: Model, policy: Policy): string {
  return policy.allow
    ? `sends only ${topicNames(model, policy.allow)}`
    : `holds back ${topicNames(model, policy.deny ?? [])}`;
}

/** An agreement's common name: "Japan–ROK GSOMIA"; the bare id when unknown. */
export function agreementName(model: Model, id: string): string {
  return model.agreements.get(id)?.name ?? id;
}

const KIND_WORDS: Readonly<Record<AgreementKind, string>> = {
  "security-agreement": "Security-of-information agreement",
  arrangement: "Arrangement",
  "technical-mechanism": "Technical mechanism",
  "multilateral-agreement": "Multilateral agreement",
  forum: "Forum",
};

/**
 * Every agreement kind, in the order legends list them. Taken from the words (which the compiler keeps complete)
 * rather than the zod schema, so that the explorer's first bundle needs no zod.
 */
export const AGREEMENT_KINDS = Object.keys(KIND_WORDS) as readonly AgreementKind[];

/** What an agreement kind is called: "Security-of-information agreement". */
export function kindWords(kind: AgreementKind): string {
  return KIND_WORDS[kind];
}

/** A place name as it reads in a sentence: "the United States", "the Netherlands", but "Japan", "NATO". */
export function withArticle(name: string): string {
  const the =
    /^(United|Republic|Democratic|Kingdom|Federated|Holy|European|Central African|Czech) /.test(name) ||
    / (Republic|Islands|Emirates|Union)$/.test(name) ||
    /^(Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$/.test(name);
  return the ? `the ${name}` : name;
}

/** A name's possessive: "Japan's", "the United States'" (a plural-looking name takes the apostrophe alone). */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}
