// Bringing Cytoscape in line with toElements' output: by id, inside one batch, touching only what changed.
import type { Core } from "cytoscape";
import { labelClass } from "./classes";
import type { GraphElement } from "./elements";
import type { LabelSide } from "./labelPlacement";

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function sameElement(a: GraphElement, b: GraphElement): boolean {
  return (
    a.group === b.group &&
    a.classes.length === b.classes.length &&
    a.classes.every((c, i) => c === b.classes[i]) &&
    sameData(a.data as unknown as Record<string, unknown>, b.data as unknown as Record<string, unknown>)
  );
}

/**
 * Bring Cytoscape in line with `elements` inside one batch: remove what is gone, add what is new, update data and
 * classes of the rest (label sides are view-only classes kept alongside). `applied` holds the elements applied
 * last time by id; one unchanged since is left alone, which on an As-of step is nearly all of them. Returns
 * whether nodes were added and whether any edge was added.
 */
export function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  sides: ReadonlyMap<string, LabelSide>,
  applied: Map<string, GraphElement>,
): { nodesAdded: boolean; edgesAdded: boolean } {
  const wanted = new Map(elements.map((e) => [e.data.id, e]));
  let nodesAdded = false;
  let edgesAdded = false;
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const want = wanted.get(edge.id());
      if (
        want?.group !== "edges" ||
        want.data.source !== edge.source().id() ||
        want.data.target !== edge.target().id()
      ) {
        applied.delete(edge.id());
        edge.remove();
      }
    });
    cy.nodes().forEach((node) => {
      if (wanted.get(node.id())?.group === "nodes") return;
      // Removing a node takes its edges with it.
      for (const id of [node.id(), ...node.connectedEdges().map((e) => e.id())]) applied.delete(id);
      node.remove();
    });
    const fresh: GraphElement[] = [];
    for (const element of elements) {
      const last = applied.get(element.data.id);
      applied.set(element.data.id, element);
      if (last && sameElement(last, element)) continue;
      const classes =
        element.group === "nodes"
          ? [...element.classes, labelClass(sides.get(element.data.id) ?? "bottom")]
          : element.classes;
      const existing = cy.getElementById(element.data.id);
      if (existing.empty()) {
        fresh.push({ ...element, classes } as GraphElement);
        if (element.group === "nodes") nodesAdded = true;
        else edgesAdded = true;
        continue;
      }
      if (!sameData(existing.data(), element.data as unknown as Record<string, unknown>))
        existing.data(element.data);
      existing.classes(classes);
    }
    // Nodes before edges, so every edge finds its ends.
    cy.add(fresh.filter((e) => e.group === "nodes"));
    cy.add(fresh.filter((e) => e.group === "edges"));
  });
  return { nodesAdded, edgesAdded };
}
