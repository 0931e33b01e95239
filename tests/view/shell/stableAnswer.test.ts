// Deep equality of plain data, and answers that keep their route lists while an As-of step leaves them unchanged.
import { describe, expect, it } from "vitest";
import { findRoutes } from "../../../src/routing";
import { sameValue, stableAnswer } from "../../../src/view/shell/stableAnswer";
import { localDay } from "../../../src/view/shell/today";
import { shell } from "../fixture";

describe("sameValue", () => {
  it("compares plain data by value", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue({ a: [1] }, { a: [2] })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });

  it("compares anything but arrays and plain objects by identity", () => {
    expect(sameValue(new Map(), new Map())).toBe(false);
    const day = new Date(0);
    expect(sameValue(day, day)).toBe(true);
  });
});

describe("stableAnswer", () => {
  const ask = (at: string) => findRoutes(shell, { from: "KOR", to: "JPN", topic: "nk-missile", at });

  it("keeps the previous lists when a new date gives the same routes", () => {
    const before = ask("2017-11-19");
    const after = ask("2017-11-20");
    const stable = stableAnswer(before, after)!;
    expect(stable.routes).toBe(before.routes);
    expect(stable.blocked).toBe(before.blocked);
    expect(stable.query.at).toBe("2017-11-20");
  });

  it("takes the new lists when the routes changed", () => {
    const before = ask("2015-06-01");
    const after = ask("2017-11-19");
    expect(stableAnswer(before, after)).toBe(after);
  });

  it("passes a missing answer through", () => {
    expect(stableAnswer(null, ask("2017-11-19"))?.query.at).toBe("2017-11-19");
    expect(stableAnswer(ask("2017-11-19"), null)).toBeNull();
  });
});

describe("localDay", () => {
  it("writes the local calendar day with padded month and day", () => {
    expect(localDay(new Date(2017, 10, 19, 23, 59))).toBe("2017-11-19");
    expect(localDay(new Date(2024, 0, 5))).toBe("2024-01-05");
  });
});
