// Bringing Cytoscape in line with toElements' output: by id, inside one batch, touching only what changed.
import type { Core } from "cytoscape";
import type { PartyLabel } from "../../geo";
import { CLASSES, labelClass, labelPlaceOf } from "./classes";
import type { GraphElement } from "./elements";

/** New parties styled when they are added (Cytoscape styles the others when it first draws them). */
const STYLED_NOW = 1_000;

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
 * classes of the rest (the places of the nodes' `labels` are view-only classes kept alongside). `applied` holds the elements applied
 * last time by id; one unchanged since is left alone, which on an As-of step is nearly all of them. At most
 * `addAtMost` new edges are added (the network's backdrop edges last), so that a large network goes in over several
 * calls, each short. Returns whether nodes were added, whether any edge was added, and how many new edges wait.
 */
export function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  labels: ReadonlyMap<string, PartyLabel>,
  applied: Map<string, GraphElement>,
  addAtMost = Number.POSITIVE_INFINITY,
): { nodesAdded: boolean; edgesAdded: boolean; waiting: number } {
  const wanted = new Map(elements.map((e) => [e.data.id, e]));
  let nodesAdded = false;
  let edgesAdded = false;
  let waiting = 0;
  let addedNodes: GraphElement[] = [];
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
      if (last === element || (last && sameElement(last, element))) {
        applied.set(element.data.id, element);
        continue;
      }
      const label = labels.get(element.data.id);
      const classes =
        element.group === "nodes"
          ? [...element.classes, labelClass(label ? labelPlaceOf(label) : "bottom")]
          : element.classes;
      const existing = cy.getElementById(element.data.id);
      if (existing.empty()) {
        fresh.push({ ...element, classes } as GraphElement);
        continue;
      }
      applied.set(element.data.id, element);
      if (!sameData(existing.data(), element.data as unknown as Record<string, unknown>))
        existing.data(element.data);
      existing.classes(classes);
    }
    // Nodes before edges, so every edge finds its ends; the answer's edges before the network's backdrop.
    const nodes = fresh.filter((e) => e.group === "nodes");
    const edges = fresh.filter((e) => e.group === "edges");
    const backdrop = (e: GraphElement) => (e.classes.includes(CLASSES.network) ? 1 : 0);
    const now =
      edges.length > addAtMost
        ? [...edges].sort((a, b) => backdrop(a) - backdrop(b)).slice(0, addAtMost)
        : edges;
    for (const e of [...nodes, ...now]) applied.set(e.data.id, e);
    cy.add(nodes);
    addedNodes = nodes;
    cy.add(now);
    nodesAdded = nodes.length > 0;
    edgesAdded = now.length > 0;
    waiting = edges.length - now.length;
  });
  // Up to STYLED_NOW new parties are matched against the stylesheet now, in this task, and the rest in the frame
  // that first draws them: for thousands of parties, neither task then takes all of the styling.
  for (const node of addedNodes.slice(0, STYLED_NOW)) cy.getElementById(node.data.id).style("width");
  return { nodesAdded, edgesAdded, waiting };
}
