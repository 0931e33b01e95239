// The force-directed layout gives the same picture every time for the same graph (headless Cytoscape runs layouts).
import { describe, expect, it } from "vitest";
import { cytoscape } from "../../../src/view/graph/cytoscape";
import { toElements } from "../../../src/view/graph/elements";
import { layoutOptions } from "../../../src/view/graph/layoutOptions";
import { withSeed } from "../../../src/view/graph/seededRandom";
import { TRIANGLE_INPUT } from "./fixture";

function forcePositions(): Record<string, { x: number; y: number }> {
  const elements = toElements(TRIANGLE_INPUT);
  const cy = cytoscape({ headless: true, elements, styleEnabled: true });
  withSeed(7, () => cy.layout(layoutOptions("force", null, { animate: false, fit: false })).run());
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return out;
}

describe("force layout", () => {
  it("is deterministic and leaves Math.random as it was", () => {
    const random = Math.random;
    const first = forcePositions();
    expect(forcePositions()).toEqual(first);
    expect(Math.random).toBe(random);
    // A real layout, not everything at the origin.
    const xs = Object.values(first).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(50);
  });
});
