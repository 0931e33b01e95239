// The synthetic world generator: valid datasets, deterministic per seed, with every shape, kind and event type.
import { describe, expect, it } from "vitest";
import { isApproximate, LiaisonError, loadDataset } from "../../src/model";
import { syntheticWorld } from "./syntheticWorld";

describe("syntheticWorld", () => {
  const world = syntheticWorld({ parties: 60, agreements: 400, seed: 11 });

  it("passes the loader's checks", () => {
    const result = loadDataset([{ file: "world.json", text: JSON.stringify(world) }]);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    for (const seed of [1, 2, 3]) {
      const small = syntheticWorld({ parties: 3, agreements: 20, seed });
      expect(loadDataset([{ file: "small.json", text: JSON.stringify(small) }]).problems).toEqual([]);
    }
  });

  it("has the sizes asked for", () => {
    expect(world.parties).toHaveLength(60);
    expect(world.agreements).toHaveLength(400);
    expect(world.policies).toHaveLength(40);
  });

  it("has every shape, kind, event type, month-only dates, unconfirmed events, accessions and relaying hubs", () => {
    const shapes = new Set(world.agreements.map((a) => a.shape));
    expect([...shapes].sort()).toEqual(["all-to-all", "bilateral", "hub-and-spoke"]);
    const kinds = new Set(world.agreements.map((a) => a.kind));
    expect(kinds.size).toBe(5);
    const events = world.agreements.flatMap((a) => a.timeline);
    const types = new Set(events.map((e) => e.type));
    expect([...types].sort()).toEqual([
      "in-force",
      "postponed",
      "proposed",
      "renewed",
      "restored",
      "signed",
      "terminated",
      "termination-notified",
      "termination-suspended",
    ]);
    expect(events.some((e) => isApproximate(e.date))).toBe(true);
    expect(events.some((e) => e.certainty === "unconfirmed")).toBe(true);
    expect(events.some((e) => e.type === "in-force" && e.parties)).toBe(true);
    expect(world.agreements.some((a) => a.relay?.condition === "originator-approval")).toBe(true);
    expect(world.agreements.some((a) => a.relay?.condition === "none")).toBe(true);
    expect(world.policies.some((p) => p.allow) && world.policies.some((p) => p.deny)).toBe(true);
    expect(new Set(world.policies.map((p) => p.status)).size).toBe(2);
    expect(world.topics.find((t) => t.id === "nk-missile")?.parent).toBe("north-korea");
  });

  it("is the same world for the same seed and another for another seed", () => {
    expect(syntheticWorld({ parties: 60, agreements: 400, seed: 11 })).toEqual(world);
    expect(syntheticWorld({ parties: 60, agreements: 400, seed: 12 })).not.toEqual(world);
  });

  it("refuses sizes it cannot build", () => {
    expect(() => syntheticWorld({ parties: 1, agreements: 5, seed: 1 })).toThrow(LiaisonError);
    expect(() => syntheticWorld({ parties: 5, agreements: -1, seed: 1 })).toThrow(LiaisonError);
    expect(syntheticWorld({ parties: 2, agreements: 0, seed: 1 }).agreements).toEqual([]);
  });
});
