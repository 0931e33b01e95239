// Arbitrary analysis-panel states for the permalink round trip: every panel open or closed, any compare date, any
// matrix order, and "What depends on this?" asked of any known id.
import fc from "fast-check";
import { type AnalysisState, MATRIX_SORTS } from "../../src/state";

/** Analysis states over the given days and ids. */
export function analysisArbitrary(
  day: fc.Arbitrary<string>,
  ids: readonly string[],
): fc.Arbitrary<AnalysisState> {
  return fc.record({
    routeTimeline: fc.boolean(),
    compareWith: fc.option(day, { nil: null }),
    matrix: fc.option(fc.constantFrom(...MATRIX_SORTS), { nil: null }),
    brokers: fc.boolean(),
    dependsOn: fc.option(fc.constantFrom(...ids), { nil: null }),
  });
}
