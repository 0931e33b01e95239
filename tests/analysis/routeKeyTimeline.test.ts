// One route's timeline by its key: the same states the whole route timeline gives that route, on the default
// dataset's Seoul → Tokyo question, and a clear error for a key that is no candidate.
import { describe, expect, it } from "vitest";
import { routeKeyTimeline, routeTimeline } from "../../src/analysis";
import { LiaisonError } from "../../src/model";
import { modelAt } from "../routing/helpers";

const model = modelAt();

describe("routeKeyTimeline", () => {
  it("gives every route permitted on some day the states the whole timeline gives it", () => {
    const whole = routeTimeline(model, "KOR", "JPN", "nk-missile", { explain: 0 });
    const keys = whole.intervals[whole.intervals.length - 1]!.routes.map((r) => r.key);
    expect(keys).toContain("KOR>USA>JPN:tisa+tisa");
    const statesOf = (intervals: typeof whole.intervals, key: string) =>
      intervals.flatMap((v) => {
        const r = v.routes.find((x) => x.key === key)!;
        return [v.from, r.status, r.conditions.join(), r.warnings.join()];
      });
    for (const key of keys) {
      const own = routeKeyTimeline(model, key, "nk-missile");
      expect(own.intervals.every((v) => v.routes.length === 1)).toBe(true);
      // Merging the whole timeline's intervals where this route stays the same gives the route's own intervals.
      const merged = whole.intervals.filter((_interval, i) => {
        const r = (j: number) => whole.intervals[j]!.routes.find((x) => x.key === key)!;
        return i === 0 || JSON.stringify(r(i)) !== JSON.stringify(r(i - 1));
      });
      expect(statesOf(own.intervals, key)).toEqual(statesOf(merged, key));
    }
  });

  it("rejects a key that is no candidate: more hops than allowed, or a hop the dataset lacks", () => {
    expect(() => routeKeyTimeline(model, "KOR>USA>JPN:tisa+tisa", "nk-missile", { maxHops: 1 })).toThrow(
      LiaisonError,
    );
    expect(() => routeKeyTimeline(model, "KOR>JPN:tisa", "nk-missile")).toThrow(/not a candidate route/);
    expect(() => routeKeyTimeline(model, "KOR-JPN", "nk-missile")).toThrow(/not a route key/);
  });
});
