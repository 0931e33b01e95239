// The selected route's curves: a relay's hops part, a direct hop bows and puts its label where there is room.
import { describe, expect, it } from "vitest";
import type { LabelNode } from "../../../src/view/graph/labelPlacement";
import { routeCurves } from "../../../src/view/graph/routeCurves";

const KOR = { x: 0, y: 0 };
const JPN = { x: 200, y: 0 };
const USA = { x: 100, y: 300 };

describe("routeCurves", () => {
  it("bows both hops of a relayed route to their left, so the relay's two hops part", () => {
    const curves = routeCurves(
      [
        { id: "in", source: KOR, target: USA, label: "TISA" },
        { id: "out", source: USA, target: JPN, label: "TISA" },
      ],
      [],
      new Map(),
    );
    // A hop of length about 316 bows 14% of it out, capped at 120 units.
    expect(curves.get("in")!.bow).toBeCloseTo(Math.hypot(100, 300) * 0.14, 6);
    expect(curves.get("out")!.bow).toBeGreaterThan(0);
  });

  it("bows a direct hop away from a party lying on its left, and puts the label on that side too", () => {
    // Going east, the left is up (y < 0): a node with a long label sits just above the hop's middle.
    const nodes: LabelNode[] = [{ id: "RUS", x: 100, y: -30, label: "A party with a long name" }];
    const free = routeCurves([{ id: "h", source: KOR, target: JPN, label: "GSOMIA" }], [], new Map()).get(
      "h",
    )!;
    const crowded = routeCurves(
      [{ id: "h", source: KOR, target: JPN, label: "GSOMIA" }],
      nodes,
      new Map(),
    ).get("h")!;
    expect(free.bow).toBeGreaterThan(0);
    expect(free.margin.y).toBeLessThan(0);
    expect(crowded.bow).toBeLessThan(0);
    expect(crowded.margin.y).toBeGreaterThan(0);
  });

  it("gives nothing for no hops", () => {
    expect(routeCurves([], [], new Map()).size).toBe(0);
  });
});
