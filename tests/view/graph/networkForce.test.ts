// The large network's force picture: every party placed, the same picture for the same network, linked parties
// drawn closer than unlinked ones.
import { describe, expect, it } from "vitest";
import { networkForce, spiralPositions } from "../../../src/view/graph/networkForce";

/** Two clusters of ten, each a ring with chords, joined by one link. */
function twoClusters(): { nodes: string[]; edges: [string, string][] } {
  const nodes = Array.from({ length: 20 }, (_, i) => `N${i}`);
  const edges: [string, string][] = [];
  for (const base of [0, 10])
    for (let i = 0; i < 10; i++) {
      edges.push([`N${base + i}`, `N${base + ((i + 1) % 10)}`]);
      edges.push([`N${base + i}`, `N${base + ((i + 3) % 10)}`]);
    }
  edges.push(["N0", "N10"]);
  return { nodes, edges };
}

describe("networkForce", () => {
  it("places every node at a finite position, the same each time", () => {
    const input = twoClusters();
    const a = networkForce(input);
    expect([...a.keys()].sort()).toEqual([...input.nodes].sort());
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(networkForce(input)).toEqual(a);
  });

  it("draws each cluster together: within a cluster nodes lie closer than across the two", () => {
    const at = networkForce(twoClusters());
    const d = (a: string, b: string) => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    const mean = (pairs: [string, string][]) => pairs.reduce((s, [a, b]) => s + d(a, b), 0) / pairs.length;
    const within: [string, string][] = [];
    const across: [string, string][] = [];
    for (let i = 0; i < 10; i++)
      for (let j = 0; j < 10; j++) {
        if (i < j) within.push([`N${i}`, `N${j}`], [`N${10 + i}`, `N${10 + j}`]);
        across.push([`N${i}`, `N${10 + j}`]);
      }
    expect(mean(within)).toBeLessThan(mean(across) * 0.75);
  });

  it("skips links to unknown nodes and gives nothing for no nodes", () => {
    expect(networkForce({ nodes: [], edges: [["A", "B"]] })).toEqual(new Map());
    expect([...networkForce({ nodes: ["A"], edges: [["A", "Z"]] }).keys()]).toEqual(["A"]);
  });
});

describe("spiralPositions", () => {
  it("starts the first node in the middle and the rest farther out in order", () => {
    const at = spiralPositions(["A", "B", "C", "D"]);
    const r = (id: string) => Math.hypot(at.get(id)!.x, at.get(id)!.y);
    expect(r("A")).toBeLessThan(r("B"));
    expect(r("B")).toBeLessThan(r("C"));
    expect(r("C")).toBeLessThan(r("D"));
  });
});
