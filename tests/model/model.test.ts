// buildModel: parties as nodes, one edge per channel keyed agreement:from->to, indexes for the route engine.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/model";
import type { Agreement, Dataset } from "../../src/model/schema";

function agreement(id: string, shape: Agreement["shape"], parties: string[], hub?: string): Agreement {
  return {
    id,
    name: id.toUpperCase(),
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

/** KOR and JPN linked directly by GSOMIA and by a second bilateral; TISA through the USA hub. */
const DATASET: Dataset = {
  title: "Parallel agreements",
  sources: [],
  topics: [{ id: "any", name: "Any" }],
  parties: ["KOR", "JPN", "USA"].map((id) => ({ id, kind: "state" as const, name: id, sources: ["s1"] })),
  agreements: [
    agreement("gsomia", "bilateral", ["KOR", "JPN"]),
    agreement("missile-data", "bilateral", ["KOR", "JPN"]),
    agreement("tisa", "hub-and-spoke", ["KOR", "USA", "JPN"], "USA"),
  ],
  policies: [
    {
      id: "kor-limit",
      party: "KOR",
      receiver: "JPN",
      deny: ["any"],
      from: "2017-05-10",
      status: "reported",
      sources: ["s1"],
    },
  ],
  incidents: [
    { id: "later", date: "2017-09-15", title: "Second overflight", parties: ["JPN"], sources: ["s1"] },
    { id: "earlier", date: "2017-08-29", title: "First overflight", parties: ["JPN"], sources: ["s1"] },
  ],
  discrepancies: [],
};

describe("buildModel", () => {
  const model = buildModel(DATASET);

  it("gives parallel agreements between one pair distinct edges", () => {
    expect(model.graph.outEdges("KOR", "JPN").sort()).toEqual(["gsomia:KOR->JPN", "missile-data:KOR->JPN"]);
    expect(model.graph.outEdges("JPN", "KOR").sort()).toEqual(["gsomia:JPN->KOR", "missile-data:JPN->KOR"]);
  });

  it("has one node per party and one edge per channel", () => {
    expect(model.graph.nodes().sort()).toEqual(["JPN", "KOR", "USA"]);
    // 2 + 2 bilateral directions, 4 spoke-hub directions.
    expect(model.graph.size).toBe(8);
    expect(model.graph.hasEdge("tisa:KOR->JPN")).toBe(false);
    expect(model.graph.getEdgeAttributes("tisa:KOR->USA")).toEqual({
      agreement: "tisa",
      from: "KOR",
      to: "USA",
      key: "tisa:KOR->USA",
    });
  });

  it("indexes records by id, policies by sender and incidents by date", () => {
    expect(model.agreements.get("tisa")?.hub).toBe("USA");
    expect(model.parties.has("KOR")).toBe(true);
    expect(model.policiesBySender.get("KOR")?.map((p) => p.id)).toEqual(["kor-limit"]);
    expect(model.policiesBySender.has("JPN")).toBe(false);
    expect(model.incidents.map((i) => i.id)).toEqual(["earlier", "later"]);
  });
});
