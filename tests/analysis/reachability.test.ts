// reachability on the relay-line fixture: every ordered pair's best kind, permitted count and whether all its
// routes are qualified, worked out by hand from the fixture's agreements.
import { describe, expect, it } from "vitest";
import { reachability } from "../../src/analysis";
import { relayLine } from "./fixtures";

const row = (r: ReturnType<typeof reachability>) =>
  r.pairs.map((p) => `${p.from}>${p.to} ${p.best} ${p.permitted}${p.conditional ? " conditional" : ""}`);

describe("reachability", () => {
  it("mid-2000: only the hub relays between AAA and BBB, CCC reaches everyone", () => {
    const r = reachability(relayLine, "nk-missile", "2000-07-01", { maxHops: 2 });
    expect(r.parties).toEqual(["AAA", "BBB", "CCC", "DDD"]);
    expect(r.query).toEqual({
      topic: "nk-missile",
      at: "2000-07-01",
      maxHops: 2,
      allowConsentRelay: false,
      disable: [],
    });
    expect(row(r)).toEqual([
      "AAA>BBB relayed 1 conditional",
      "AAA>CCC direct 1 conditional",
      "AAA>DDD none 0",
      "BBB>AAA relayed 1 conditional",
      "BBB>CCC direct 1 conditional",
      "BBB>DDD none 0",
      "CCC>AAA direct 1 conditional",
      "CCC>BBB direct 1 conditional",
      "CCC>DDD direct 1",
      "DDD>AAA none 0",
      "DDD>BBB none 0",
      "DDD>CCC direct 1",
    ]);
  });

  it("with ad-hoc consent CCC also passes on between the hub and the C–D agreement", () => {
    const r = reachability(relayLine, "nk-missile", "2000-07-01", { maxHops: 2, allowConsentRelay: true });
    const of = (from: string, to: string) => r.pairs.find((p) => p.from === from && p.to === to);
    expect(of("AAA", "DDD")).toEqual({
      from: "AAA",
      to: "DDD",
      best: "relayed",
      permitted: 1,
      conditional: true,
    });
    expect(of("DDD", "BBB")).toEqual({
      from: "DDD",
      to: "BBB",
      best: "relayed",
      permitted: 1,
      conditional: true,
    });
    expect(of("AAA", "BBB")!.permitted).toBe(1);
  });

  it("2005: everyone direct; a clean route among qualified ones keeps a pair unconditional", () => {
    const r = reachability(relayLine, "nk-missile", "2005-04-01", { maxHops: 2 });
    expect(row(r)).toEqual([
      "AAA>BBB direct 3",
      "AAA>CCC direct 1 conditional",
      "AAA>DDD direct 1",
      "BBB>AAA direct 3",
      "BBB>CCC direct 1 conditional",
      "BBB>DDD direct 1",
      "CCC>AAA direct 1 conditional",
      "CCC>BBB direct 1 conditional",
      "CCC>DDD direct 1",
      "DDD>AAA direct 1",
      "DDD>BBB direct 1",
      "DDD>CCC direct 1",
    ]);
  });

  it("reports only the pairs of the given parties, in their order, routes still passing through others", () => {
    const r = reachability(relayLine, "nk-missile", "2000-07-01", { maxHops: 2, parties: ["BBB", "AAA"] });
    expect(r.parties).toEqual(["BBB", "AAA"]);
    expect(row(r)).toEqual(["BBB>AAA relayed 1 conditional", "AAA>BBB relayed 1 conditional"]);
  });

  it("applies the scenario", () => {
    const r = reachability(relayLine, "nk-missile", "2000-07-01", { maxHops: 2, disable: ["hub"] });
    expect(r.pairs.filter((p) => p.permitted > 0).map((p) => `${p.from}>${p.to}`)).toEqual([
      "CCC>DDD",
      "DDD>CCC",
    ]);
  });

  it("rejects unknown parties and topics", () => {
    expect(() => reachability(relayLine, "nk-missile", "2000-07-01", { parties: ["AAA", "ZZZ"] })).toThrow(
      /unknown party "ZZZ"/,
    );
    expect(() => reachability(relayLine, "nope", "2000-07-01")).toThrow(/unknown topic/);
  });
});
