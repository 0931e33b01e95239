// Channels by agreement shape: bilateral both ways, all-to-all every ordered pair, hub-and-spoke spoke ↔ hub only.
import { describe, expect, it } from "vitest";
import { channelKey, channelsOf, pairKey, pairsOf } from "../../src/model/channels";
import type { Agreement } from "../../src/model/schema";

function agreement(id: string, shape: Agreement["shape"], parties: string[], hub?: string): Agreement {
  return {
    id,
    name: id,
    kind: "security-agreement",
    legalNature: "binding",
    shape,
    parties,
    hub,
    scope: ["any"],
    timeline: [{ type: "in-force", date: "2016-11-23", certainty: "confirmed", sources: ["s1"] }],
    sources: ["s1"],
  };
}

const pairs = (a: Agreement) => channelsOf(a).map((c) => `${c.from}->${c.to}`);

describe("channelsOf", () => {
  it("gives a bilateral agreement both directions", () => {
    expect(pairs(agreement("gsomia", "bilateral", ["KOR", "JPN"])).sort()).toEqual(["JPN->KOR", "KOR->JPN"]);
  });

  it("gives an all-to-all agreement every ordered pair of members", () => {
    const ukusa = agreement("ukusa", "all-to-all", ["USA", "GBR", "CAN"]);
    expect(pairs(ukusa).sort()).toEqual([
      "CAN->GBR",
      "CAN->USA",
      "GBR->CAN",
      "GBR->USA",
      "USA->CAN",
      "USA->GBR",
    ]);
  });

  it("gives a hub-and-spoke agreement spoke ↔ hub only, never spoke to spoke", () => {
    const tisa = agreement("tisa", "hub-and-spoke", ["KOR", "USA", "JPN"], "USA");
    expect(pairs(tisa).sort()).toEqual(["JPN->USA", "KOR->USA", "USA->JPN", "USA->KOR"]);
  });

  it("names the agreement on every channel", () => {
    const tisa = agreement("tisa", "hub-and-spoke", ["KOR", "USA", "JPN"], "USA");
    expect(new Set(channelsOf(tisa).map((c) => c.agreement))).toEqual(new Set(["tisa"]));
  });
});

describe("channelKey", () => {
  it("is agreement:from->to", () => {
    expect(channelKey({ agreement: "gsomia", from: "KOR", to: "JPN" })).toBe("gsomia:KOR->JPN");
  });
});

describe("pairsOf", () => {
  it("gives each linked pair once, lower id first, in the order the channels reach them", () => {
    const ukusa = agreement("ukusa", "all-to-all", ["USA", "GBR", "CAN"]);
    expect(pairsOf(ukusa)).toEqual([
      ["GBR", "USA"],
      ["CAN", "USA"],
      ["CAN", "GBR"],
    ]);
  });

  it("links each spoke with the hub only", () => {
    const tisa = agreement("tisa", "hub-and-spoke", ["KOR", "USA", "JPN"], "USA");
    expect(pairsOf(tisa)).toEqual([
      ["KOR", "USA"],
      ["JPN", "USA"],
    ]);
  });
});

describe("pairKey", () => {
  it("is agreement:a--b whatever order the parties come in", () => {
    expect(pairKey("gsomia", "KOR", "JPN")).toBe("gsomia:JPN--KOR");
    expect(pairKey("gsomia", "JPN", "KOR")).toBe("gsomia:JPN--KOR");
  });
});
