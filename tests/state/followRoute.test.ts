// Following the selected route by its key: listed in the answer, judged when the answer's bounded blocked list
// leaves it out, or absent with the reason (another question, too many hops, another dataset).
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model";
import { findRoutes } from "../../src/routing";
import { type AnswerInput, absence, followRoute } from "../../src/state";
import { SHELL, shell } from "../view/fixture";

const TISA = "KOR>USA>JPN:tisa+tisa";
const input = (at: string, more: Partial<AnswerInput> = {}): AnswerInput => ({
  query: { from: "KOR", to: "JPN", topic: "nk-missile" },
  at,
  maxHops: 3,
  allowConsentRelay: false,
  disabled: [],
  ...more,
});
const answer = (i: AnswerInput, explain: number | "all" = "all") =>
  findRoutes(
    shell,
    { ...i.query!, at: i.at },
    { maxHops: i.maxHops, disable: i.disabled, allowConsentRelay: i.allowConsentRelay, explain },
  );

describe("followRoute", () => {
  it("finds the TISA relay by its key on every date, permitted or blocked, with its number in the list", () => {
    const on = (at: string) => {
      const i = input(at);
      const followed = followRoute(shell, i, answer(i), TISA);
      return followed.kind === "listed" ? [followed.number, followed.route.status] : followed.kind;
    };
    expect(on("2017-11-19")).toEqual([2, "permitted"]);
    expect(on("2015-06-01")).toEqual([1, "permitted"]);
    expect(on("2014-06-01")).toEqual([2, "blocked"]);
  });

  it("judges a candidate the answer does not list on the date, with its reasons", () => {
    const i = input("2014-06-01");
    const followed = followRoute(shell, i, answer(i, 0), TISA);
    expect(followed.kind).toBe("judged");
    if (followed.kind !== "judged") return;
    expect(followed.route.status).toBe("blocked");
    expect(followed.route.reasons.map((r) => r.code)).toEqual(["not-in-force", "not-in-force"]);
  });

  it("a scenario that switches the hub off keeps the route, blocked by the scenario", () => {
    const i = input("2017-11-19", { disabled: ["USA"] });
    const followed = followRoute(shell, i, answer(i), TISA);
    expect(followed.kind === "listed" && followed.route.reasons.map((r) => r.code)).toContain(
      "disabled-by-scenario",
    );
  });

  it("says why a route is no candidate: too many hops, another dataset, another question", () => {
    const short = input("2017-11-19", { maxHops: 1 });
    expect(followRoute(shell, short, answer(short), TISA)).toEqual({
      kind: "absent",
      key: TISA,
      why: { code: "too-long", hops: 2, maxHops: 1 },
    });
    const noTisa = buildModel({ ...SHELL, agreements: SHELL.agreements.filter((a) => a.id !== "tisa") });
    expect(absence(noTisa, input("2017-11-19"), TISA)).toEqual({ code: "not-in-dataset", missing: ["tisa"] });
    expect(absence(shell, input("2017-11-19"), "KOR>JPN:tisa")).toEqual({
      code: "not-in-dataset",
      missing: ["tisa"],
    });
    const reverse = input("2017-11-19", { query: { from: "JPN", to: "KOR", topic: "any" } });
    expect(absence(shell, reverse, TISA)).toEqual({ code: "other-ends" });
    expect(absence(shell, input("2017-11-19"), TISA)).toBeNull();
  });
});
