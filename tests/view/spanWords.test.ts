// A route's stretch in words: permitted from and to, the warnings' change, blocked until, from or between; and the
// nearest day a blocked route is permitted.
import { describe, expect, it } from "vitest";
import type { RouteSpan } from "../../src/state";
import { nearestPermitted } from "../../src/view/routes/routeSpans";
import { spanWords } from "../../src/view/routes/spanWords";

const span = (more: Partial<RouteSpan>): RouteSpan => ({
  status: "permitted",
  from: null,
  to: null,
  sameSince: null,
  nextChange: null,
  permittedBefore: null,
  permittedAfter: null,
  ...more,
});

describe("spanWords", () => {
  it("says from when to when a route is permitted, and when its warnings change", () => {
    expect(spanWords(span({ from: "2016-11-23", nextChange: "2019-08-23" }))).toEqual([
      "Permitted from 2016-11-23, with no end in the dataset.",
      "Warnings change on 2019-08-23.",
    ]);
    expect(
      spanWords(
        span({ from: "2016-11-23", to: "2020-12-31", sameSince: "2019-08-23", nextChange: "2019-11-22" }),
      ),
    ).toEqual([
      "Permitted from 2016-11-23 to 2020-12-31.",
      "Warnings as now since 2019-08-23; they change on 2019-11-22.",
    ]);
    expect(spanWords(span({ from: "2016-11-23", sameSince: "2023-03-21" }))).toEqual([
      "Permitted from 2016-11-23, with no end in the dataset.",
      "Warnings as now since 2023-03-21.",
    ]);
  });

  it("says since when and until when a route is blocked, and never calls anything valid", () => {
    const blocked = (more: Partial<RouteSpan>) => spanWords(span({ status: "blocked", ...more }));
    expect(blocked({})).toEqual(["Blocked on every date the dataset covers."]);
    expect(blocked({ to: "2014-12-28", permittedAfter: "2014-12-29" })).toEqual([
      "Blocked until 2014-12-28; permitted from 2014-12-29.",
    ]);
    expect(blocked({ from: "2021-01-01", permittedBefore: "2020-12-31" })).toEqual([
      "Blocked from 2021-01-01, with no end in the dataset; last permitted on 2020-12-31.",
    ]);
    expect(blocked({ from: "2019-11-23", to: "2023-03-20" })).toEqual([
      "Blocked from 2019-11-23 to 2023-03-20.",
    ]);
  });
});

describe("nearestPermitted", () => {
  it("is the nearer of the last permitted day before and the first after, or the one there is", () => {
    const gap = span({ status: "blocked", permittedBefore: "2019-11-22", permittedAfter: "2023-03-21" });
    expect(nearestPermitted(gap, "2020-01-01")).toBe("2019-11-22");
    expect(nearestPermitted(gap, "2023-01-01")).toBe("2023-03-21");
    expect(nearestPermitted(span({ status: "blocked", permittedAfter: "2014-12-29" }), "2014-06-01")).toBe(
      "2014-12-29",
    );
    expect(nearestPermitted(span({ status: "blocked" }), "2014-06-01")).toBeNull();
  });
});
