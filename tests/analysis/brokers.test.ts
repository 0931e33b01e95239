// brokers and channelBetweenness on the relay-line fixture, counted by hand.
import { describe, expect, it } from "vitest";
import { BROKERAGE_VS_BETWEENNESS, brokers, channelBetweenness } from "../../src/analysis";
import { relayLine } from "./fixtures";

describe("brokers", () => {
  it("mid-2000: CCC is the sole relay between AAA and BBB, both ways", () => {
    const b = brokers(relayLine, "nk-missile", "2000-07-01", { maxHops: 2 });
    expect(b.query).toEqual({
      topic: "nk-missile",
      at: "2000-07-01",
      maxHops: 2,
      allowConsentRelay: false,
      disable: [],
    });
    expect(b.brokers).toEqual([
      { party: "CCC", sole: 2, on: 2 },
      { party: "AAA", sole: 0, on: 0 },
      { party: "BBB", sole: 0, on: 0 },
      { party: "DDD", sole: 0, on: 0 },
    ]);
  });

  it("with ad-hoc consent CCC relays for every pair it does not end", () => {
    const b = brokers(relayLine, "nk-missile", "2000-07-01", { maxHops: 2, allowConsentRelay: true });
    expect(b.brokers[0]).toEqual({ party: "CCC", sole: 6, on: 6 });
  });

  it("2005: direct routes mean no party is a sole relay, CCC is still on two pairs' routes", () => {
    const b = brokers(relayLine, "nk-missile", "2005-04-01", { maxHops: 2 });
    expect(b.brokers[0]).toEqual({ party: "CCC", sole: 0, on: 2 });
    expect(b.brokers.slice(1).every((r) => r.sole === 0 && r.on === 0)).toBe(true);
  });

  it("rejects an unknown topic", () => {
    expect(() => brokers(relayLine, "nope", "2000-07-01")).toThrow(/unknown topic/);
  });
});

describe("channelBetweenness", () => {
  it("mid-2000 the in-force channels form a star around CCC: it lies on every shortest path", () => {
    expect(channelBetweenness(relayLine, "2000-07-01")).toEqual([
      { party: "CCC", betweenness: 1 },
      { party: "AAA", betweenness: 0 },
      { party: "BBB", betweenness: 0 },
      { party: "DDD", betweenness: 0 },
    ]);
  });

  it("counts shortest paths whatever the relay rules, where brokerage counts permitted routes", () => {
    // Normalised over the 3 × 2 ordered pairs of the other parties: CCC is on all 6 shortest paths, though it may
    // relay only between AAA and BBB (the hub's spokes), the 2 pairs brokerage counts.
    const centre = channelBetweenness(relayLine, "2000-07-01")[0]!;
    expect(centre.betweenness * 6).toBe(6);
    expect(brokers(relayLine, "nk-missile", "2000-07-01").brokers[0]!.on).toBe(2);
    expect(BROKERAGE_VS_BETWEENNESS).toMatch(/shortest paths/);
    expect(BROKERAGE_VS_BETWEENNESS).toMatch(/third-party rule/);
  });

  it("leaves out what the scenario switches off", () => {
    expect(
      channelBetweenness(relayLine, "2000-07-01", { disable: ["CCC"] }).map((r) => r.betweenness),
    ).toEqual([0, 0, 0, 0]);
  });

  it("gives every party zero before anything is in force", () => {
    expect(channelBetweenness(relayLine, "1990-01-01").every((r) => r.betweenness === 0)).toBe(true);
  });
});
