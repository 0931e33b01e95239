// The sentences a route carries: reasons, conditions and warnings worded for a reader who knows no codes.
import {
  type Agreement,
  type AgreementEvent,
  type AgreementStatus,
  type Channel,
  isApproximate,
  isApproximateBasis,
  type Model,
  type Policy,
  partyLabel,
  policyLimitWords,
  type StatusOnDate,
  topicName,
  topicNames,
} from "../model";
import type { Condition, Reason, RouteQuery, Warning } from "./types";

export type ReasonDraft = Omit<Reason, "hop">;

/** What a sentence about a query needs: the model for names, the query for its parties, topic and date. */
export interface Wording {
  model: Model;
  query: RouteQuery;
}

const STATUS_TEXT: Record<AgreementStatus, string> = {
  "not-yet": "not yet in force",
  "in-force": "in force",
  "termination-pending": "in force, termination pending",
  conditional: "in force on a conditional basis",
  ended: "no longer in force",
  restored: "in force again",
};

/** How a status reads in a sentence: "not yet in force". */
export function statusText(status: AgreementStatus): string {
  return STATUS_TEXT[status];
}

function policyWords(model: Model, policy: Policy): string {
  const what = policyLimitWords(model, policy);
  const until = policy.to ? ` to ${policy.to}` : "";
  return `${what} (${policy.status} policy, from ${policy.from}${until})`;
}

/** What blocks a hop, before it is worded: the reason code and what the sentence names. */
export type HopFinding =
  | { code: "disabled-by-scenario"; disabledId: string }
  | { code: "not-in-force" }
  | { code: "out-of-scope" }
  | { code: "policy-restriction"; policy: Policy };

/** The reason a hop is blocked, as one sentence naming the agreement and the parties. */
export function hopReasonMessage(
  ctx: Wording,
  channel: Channel,
  agreement: Agreement,
  status: StatusOnDate,
  finding: HopFinding,
): ReasonDraft {
  const { model, query } = ctx;
  const from = partyLabel(model, channel.from);
  const to = partyLabel(model, channel.to);
  switch (finding.code) {
    case "disabled-by-scenario": {
      const what =
        finding.disabledId === agreement.id ? agreement.name : partyLabel(model, finding.disabledId);
      return {
        code: finding.code,
        message: `The scenario switches off ${what}, so ${from} cannot send to ${to}.`,
      };
    }
    case "not-in-force":
      return {
        code: finding.code,
        message: `${agreement.name} is ${statusText(status.status)} between ${from} and ${to} on ${query.at}.`,
      };
    case "out-of-scope":
      return {
        code: finding.code,
        message: `${agreement.name} does not cover ${topicName(model, query.topic)}; it covers ${topicNames(model, agreement.scope)}.`,
      };
    case "policy-restriction":
      return {
        code: finding.code,
        message: `${from} holds back ${topicName(model, query.topic)} from ${to}: it ${policyWords(model, finding.policy)}.`,
      };
  }
}

/** The third-party rule, blocking `via` from passing on to `next` what it received under `inbound`. */
export function thirdPartyMessage(
  ctx: Wording,
  via: string,
  next: string,
  inbound: Agreement,
  outbound: Agreement,
): ReasonDraft {
  const { model, query } = ctx;
  const under = inbound.id === outbound.id ? inbound.name : `${inbound.name} and ${outbound.name}`;
  return {
    code: "third-party-rule",
    message: `${partyLabel(model, via)} may not pass ${partyLabel(model, query.from)}'s information on to ${partyLabel(model, next)}: ${under} make${inbound.id === outbound.id ? "s" : ""} no provision for ${partyLabel(model, via)} to relay it (third-party rule).`,
  };
}

/** The condition under which the hub of `agreement` passes information on. */
export function hubRelayCondition(ctx: Wording, via: string, next: string, agreement: Agreement): Condition {
  const { model, query } = ctx;
  return {
    code: "originator-approval",
    message: `${partyLabel(model, via)}, the hub of ${agreement.name}, passes the information on to ${partyLabel(model, next)} only with ${partyLabel(model, query.from)}'s approval.`,
  };
}

export function consentCondition(ctx: Wording, via: string, next: string): Condition {
  const { model, query } = ctx;
  return {
    code: "ad-hoc-consent",
    message: `${partyLabel(model, via)} passes the information on to ${partyLabel(model, next)} only with ${partyLabel(model, query.from)}'s ad-hoc consent; no agreement provides for it.`,
  };
}

function lastOfType(
  basis: readonly AgreementEvent[],
  type: AgreementEvent["type"],
): AgreementEvent | undefined {
  return [...basis].reverse().find((e) => e.type === type);
}

/** Warnings that come from an agreement's status on the date (notice given, suspension, shaky basis). */
export function statusWarnings(model: Model, agreement: Agreement, status: StatusOnDate): Warning[] {
  const out: Warning[] = [];
  const name = `${agreement.name} (${agreement.parties.join("–")})`;
  if (status.status === "termination-pending") {
    const notice = lastOfType(status.basis, "termination-notified");
    out.push({
      code: "termination-pending",
      message: notice
        ? `Notice to terminate ${name} was given on ${notice.date}; it ends on ${notice.effective ?? "a date not given"} unless withdrawn.`
        : `Notice to terminate ${name} has been given.`,
    });
  }
  if (status.status === "conditional") {
    const suspension = lastOfType(status.basis, "termination-suspended");
    out.push({
      code: "conditional-status",
      message: `The termination of ${name} was suspended${suspension ? ` on ${suspension.date}` : ""}; it can be revived at any time.`,
    });
  }
  for (const event of status.basis) {
    const shaky = event.certainty === "unconfirmed" || event.certainty === "disputed";
    const unconfirmedSources = event.sources.filter((id) => model.sources.get(id)?.status === "unconfirmed");
    if (shaky || unconfirmedSources.length > 0) {
      const why = shaky
        ? `is ${event.certainty}`
        : `rests on unconfirmed source ${unconfirmedSources.join(", ")}`;
      out.push({
        code: "unconfirmed-source",
        message: `The ${event.type} event of ${name} on ${event.date} ${why}.`,
      });
    }
  }
  if (isApproximateBasis(status.basis)) {
    // One warning per hop, however many of its dates are rough (a member's accession and the agreement's own).
    const rough = status.basis.flatMap((event) => {
      const date = isApproximate(event.date) ? event.date : event.effective;
      return date !== undefined && isApproximate(date) ? [{ type: event.type, date }] : [];
    });
    const types = [...new Set(rough.map((r) => r.type))];
    if (rough.length === 1) {
      out.push({
        code: "approximate-date",
        message: `The ${rough[0]!.type} date of ${name} is known only as ${rough[0]!.date}; the route's dates are approximate.`,
      });
    } else if (rough.length > 1) {
      const dates = rough.map((r) => (types.length > 1 ? `${r.date} (${r.type})` : r.date));
      const what = types.length > 1 ? "dates" : `${types[0]} dates`;
      out.push({
        code: "approximate-date",
        message: `The ${what} of ${name} are known only as ${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}; the route's dates are approximate.`,
      });
    }
  }
  return out;
}

export function nonBindingWarning(agreement: Agreement): Warning {
  return {
    code: "non-binding",
    message: `${agreement.name} is a non-binding ${agreement.kind.replace(/-/g, " ")}: no party is legally bound to share under it.`,
  };
}

export function reportedPolicyWarning(model: Model, policy: Policy): Warning {
  return {
    code: "reported-policy",
    message: `${partyLabel(model, policy.party)} reportedly limits what it sends to ${partyLabel(model, policy.receiver)}: it ${policyWords(model, policy)}; not officially confirmed.`,
  };
}
