// Coverage: which parties' agreement lists a dataset holds completely, as of which date (DESIGN.md "Coverage").
// A "no route" answer reads it to say whether the dataset can vouch for the absence of a route.
import { compareDays, type Day, toDay } from "./dates.ts";
import type { Model } from "./model.ts";
import { partyName, possessive, withArticle } from "./names.ts";
import type { Coverage } from "./schema.ts";

/**
 * What the dataset claims about `party`'s agreement list: `{ status: "complete" | "partial", asOf, officialTotal?,
 * note?, sources }`, or undefined when it makes no claim (a missing route may then be missing data).
 */
export function coverageOf(model: Model, party: string): Coverage | undefined {
  return model.dataset.coverage?.find((c) => c.party === party);
}

/** True only when the dataset declares `party`'s agreement list complete. */
export function isListComplete(model: Model, party: string): boolean {
  return coverageOf(model, party)?.status === "complete";
}

/** A problem in the coverage section, at a record and a path inside it. */
export interface CoverageProblem {
  record: object;
  path: (string | number)[];
  message: string;
}

/** References to known parties and sources, one claim per party. */
export function checkCoverage(
  coverage: readonly Coverage[],
  parties: { has(id: string): boolean },
  sources: { has(id: string): boolean },
): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const seen = new Set<string>();
  for (const claim of coverage) {
    if (!parties.has(claim.party)) {
      problems.push({ record: claim, path: ["party"], message: `unknown party "${claim.party}"` });
    } else if (seen.has(claim.party)) {
      problems.push({
        record: claim,
        path: ["party"],
        message: `coverage of "${claim.party}" is declared twice: one claim per party`,
      });
    }
    seen.add(claim.party);
    claim.sources.forEach((id, i) => {
      if (!sources.has(id))
        problems.push({ record: claim, path: ["sources", i], message: `unknown source "${id}"` });
    });
  }
  return problems;
}

/** Whether a "no route" answer between two parties can be trusted, and the sentence that says so. */
export interface NoRouteCoverage {
  /** True when both ends declare complete lists as of the query date or later. */
  covered: boolean;
  /** The ends whose lists the dataset does not vouch for on the date, with why. */
  gaps: { party: string; why: "undeclared" | "partial" | "stale" }[];
  /** "No route." or "No route in this dataset: …", for a reader. */
  message: string;
}

function gapWords(model: Model, gap: NoRouteCoverage["gaps"][number]): string {
  const name = possessive(withArticle(partyName(model, gap.party)));
  const claim = coverageOf(model, gap.party);
  if (gap.why === "undeclared") return `the dataset does not say how complete ${name} agreement list is`;
  if (gap.why === "stale") return `${name} list is complete only as of ${claim!.asOf}`;
  const total = claim!.officialTotal;
  return total === undefined
    ? `${name} list is partial (as of ${claim!.asOf})`
    : `${name} list is partial: an official count gives ${total} partners as of ${claim!.asOf}, and the dataset holds fewer`;
}

/**
 * How far the dataset vouches for a missing route from `from` to `to` on `at` (DESIGN.md "Coverage"): covered only
 * when both ends declare complete agreement lists as of `at` or later. The message starts "No route." when covered,
 * and "No route in this dataset:" with the reasons otherwise. Unknown parties count as undeclared.
 */
export function noRouteCoverage(model: Model, from: string, to: string, at: Day): NoRouteCoverage {
  const gaps: NoRouteCoverage["gaps"] = [];
  for (const party of from === to ? [from] : [from, to]) {
    const claim = coverageOf(model, party);
    if (!claim) gaps.push({ party, why: "undeclared" });
    else if (claim.status === "partial") gaps.push({ party, why: "partial" });
    else if (compareDays(toDay(claim.asOf), at) < 0) gaps.push({ party, why: "stale" });
  }
  if (gaps.length === 0) {
    const names = [from, to].map((p) => partyName(model, p)).join(" and ");
    return { covered: true, gaps, message: `No route. The dataset holds every agreement of ${names}.` };
  }
  const why = gaps.map((g) => gapWords(model, g)).join("; ");
  return {
    covered: false,
    gaps,
    message: `No route in this dataset. It may be incomplete: ${why}.`,
  };
}
