// The concentric layout the explorer's graph and image export share: the best-connected parties in the middle,
// rings by number of partners, and the query's ends turned to face each other across the middle.
import { describe, expect, it } from "vitest";
import { concentricPositions } from "../../src/geo";
import { buildModel } from "../../src/model";
import { fixtureModel } from "../export/fixture";
import { TRIANGLE } from "../view/graph/fixture";

const model = fixtureModel();
const distance = (points: Map<string, { x: number; y: number }>, a: string, b: string) => {
  const [p, q] = [points.get(a)!, points.get(b)!];
  return Math.hypot(p.x - q.x, p.y - q.y);
};
const radius = (points: Map<string, { x: number; y: number }>, id: string) =>
  Math.hypot(points.get(id)!.x, points.get(id)!.y);
const angle = (points: Map<string, { x: number; y: number }>, id: string) =>
  Math.atan2(points.get(id)!.y, points.get(id)!.x);

/** Three rings: USA with four partners in the middle; KOR, GBR, FRA and DEU with two; JPN and NATO with none. */
const link = (id: string, parties: string[]) => ({ ...TRIANGLE.agreements[0]!, id, name: id, parties });
const star = buildModel({
  ...TRIANGLE,
  parties: [
    ...TRIANGLE.parties,
    { id: "FRA", kind: "state", name: "France", sources: ["s1"] },
    { id: "DEU", kind: "state", name: "Germany", sources: ["s1"] },
  ],
  agreements: [
    ...["KOR", "GBR", "FRA", "DEU"].map((spoke) => link(`usa-${spoke}`, ["USA", spoke])),
    link("kor-gbr", ["KOR", "GBR"]),
    link("fra-deu", ["FRA", "DEU"]),
  ],
  policies: [],
});

describe("concentricPositions", () => {
  it("puts the best-connected party in the middle and the query's ends opposite each other", () => {
    const points = concentricPositions(model, { ends: { from: "KOR", to: "JPN" } });
    expect([...points.keys()].sort()).toEqual(["JPN", "KOR", "NATO", "USA"]);
    // KOR, JPN and USA have two partners each and share the inner ring; NATO, with none, is outside it.
    expect(radius(points, "KOR")).toBeCloseTo(radius(points, "JPN"), 6);
    expect(radius(points, "USA")).toBeCloseTo(radius(points, "JPN"), 6);
    expect(radius(points, "NATO")).toBeGreaterThan(radius(points, "KOR") + 60);
    expect(distance(points, "KOR", "JPN")).toBeGreaterThanOrEqual(distance(points, "KOR", "USA") - 1e-6);
    for (const [a, p] of points) {
      for (const [b, q] of points) if (a < b) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(60);
    }
  });

  it("turns the receiver's ring to face the sender across the hub in the middle", () => {
    const plain = concentricPositions(star);
    // USA, with four partners, alone in the middle; the spokes on the next ring; JPN further out.
    expect(radius(plain, "USA")).toBe(0);
    expect(radius(plain, "JPN")).toBeGreaterThan(radius(plain, "KOR") + 60);
    const faced = concentricPositions(star, { ends: { from: "KOR", to: "JPN" } });
    const turn = Math.abs(angle(faced, "KOR") - angle(faced, "JPN"));
    expect(Math.min(turn, 2 * Math.PI - turn)).toBeCloseTo(Math.PI, 6);
    // The sender's ring stays as it was; only the receiver's turns.
    expect(faced.get("KOR")).toEqual(plain.get("KOR"));
    expect(radius(faced, "JPN")).toBeCloseTo(radius(plain, "JPN"), 6);
  });

  it("on one ring, trades the receiver with the party facing the sender", () => {
    // KOR at the top of its ring, GBR to its right: GBR trades places with FRA, at the bottom.
    const faced = concentricPositions(star, { ends: { from: "KOR", to: "GBR" } });
    const turn = Math.abs(angle(faced, "KOR") - angle(faced, "GBR"));
    expect(Math.min(turn, 2 * Math.PI - turn)).toBeCloseTo(Math.PI, 6);
    const plain = concentricPositions(star);
    expect(new Set([...faced.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`))).toEqual(
      new Set([...plain.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)),
    );
  });

  it("counts only the agreements in force on `at` when given one, and leaves an end in the middle where it is", () => {
    // Before GSOMIA (2016-11-23) KOR and JPN each have fewer partners in the triangle.
    const triangle = buildModel(TRIANGLE);
    const before = concentricPositions(triangle, { at: "2010-01-01" });
    const after = concentricPositions(triangle, { at: "2017-11-19" });
    expect(before).not.toEqual(after);
    const hub = concentricPositions(star, { ends: { from: "USA", to: "JPN" } });
    expect(hub).toEqual(concentricPositions(star));
  });

  it("gives no positions for an empty model", () => {
    expect(
      concentricPositions(buildModel({ ...TRIANGLE, parties: [], agreements: [], policies: [] })).size,
    ).toBe(0);
  });
});
