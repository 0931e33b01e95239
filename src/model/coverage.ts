// Coverage: which parties' agreement lists a dataset holds completely, as of which date (DESIGN.md "Coverage").
// A "no route" answer reads it to say whether the dataset can vouch for the absence of a route.
import type { Model } from "./model.ts";
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
