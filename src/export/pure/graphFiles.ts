// GEXF and GraphML files of the network for Gephi, yEd, Cytoscape desktop and graph libraries.
//
// Edges: one undirected edge per (agreement, pair of parties it connects). Every channel an agreement creates runs
// both ways (bilateral, all-to-all, spoke ↔ hub), so the pair carries the same information as the two directed
// channels with half the edges; hub-and-spoke agreements link each spoke to the hub only, as their channels do.
// Parallel agreements between one pair stay distinct edges, so the graph is a multigraph.

import { MultiUndirectedGraph } from "graphology";
import writeGexf from "graphology-gexf/browser/writer.js";
import {
  type Agreement,
  type Day,
  endedOn,
  isCalendarDate,
  LiaisonError,
  type Model,
  OPERATIVE,
  pairKey,
  pairsOf,
  statusOn,
  toDay,
} from "../../model";
import { escapeXml, stripForbidden } from "./xml";

export interface GraphFileOptions {
  /** ISO day: keep only agreements operative on it, and give each edge its status on that day. */
  at?: Day;
}

export interface ExportNode {
  label: string;
  kind: "state" | "organisation";
}

export interface ExportEdge {
  agreement: string;
  name: string;
  kind: string;
  legalNature: string;
  /** Topic ids joined with "; ". */
  scope: string;
  signed?: string;
  inForce?: string;
  ended?: string;
  /** Status on the `at` date when one was given. */
  status?: string;
}

export interface ExportGraphAttributes {
  title: string;
  at?: Day;
  /** GEXF meta fields. */
  creator?: string;
  description?: string;
}

export type ExportGraph = MultiUndirectedGraph<ExportNode, ExportEdge, ExportGraphAttributes>;

const firstDate = (agreement: Agreement, type: string, pair: readonly string[]) =>
  agreement.timeline.find((e) => e.type === type && (!e.parties || e.parties.some((p) => pair.includes(p))))
    ?.date;

/**
 * The network as an undirected multigraph: every party a node (label = name, kind), one edge per (agreement,
 * pair) with the agreement's id, name, kind, legal nature, scope and dates. With `at`, only agreements operative on
 * that day (for that pair) are kept and each edge carries its status. An empty dataset gives an empty graph;
 * an `at` that is not an ISO date throws a LiaisonError.
 */
export function exportGraph(model: Model, options: GraphFileOptions = {}): ExportGraph {
  const { at } = options;
  if (at !== undefined && !isCalendarDate(at)) {
    throw new LiaisonError("exportGraph", `"at" is not an ISO date: ${JSON.stringify(at)}`);
  }
  const day = at === undefined ? undefined : toDay(at);
  const graph: ExportGraph = new MultiUndirectedGraph();
  graph.replaceAttributes(
    day === undefined ? { title: model.dataset.title } : { title: model.dataset.title, at: day },
  );
  for (const party of model.dataset.parties) graph.addNode(party.id, { label: party.name, kind: party.kind });
  for (const agreement of model.dataset.agreements) {
    for (const pair of pairsOf(agreement)) {
      const key = pairKey(agreement.id, ...pair);
      const status = day === undefined ? undefined : statusOn(agreement, day, pair).status;
      if (status !== undefined && !OPERATIVE.has(status)) continue;
      const edge: ExportEdge = {
        agreement: agreement.id,
        name: agreement.name,
        kind: agreement.kind,
        legalNature: agreement.legalNature,
        scope: agreement.scope.join("; "),
      };
      const signed = firstDate(agreement, "signed", pair);
      const inForce = firstDate(agreement, "in-force", pair);
      const ended = endedOn(agreement, pair);
      if (signed) edge.signed = signed;
      if (inForce) edge.inForce = inForce;
      if (ended) edge.ended = ended;
      if (status) edge.status = status;
      graph.addUndirectedEdgeWithKey(key, pair[0], pair[1], edge);
    }
  }
  return graph;
}

const clean = (record: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? stripForbidden(v) : v]),
  ) as Record<string, string>;

/**
 * The network as GEXF 1.3 (written by graphology-gexf): nodes with label and kind, edges with the agreement's
 * attributes (see `exportGraph`). Same input and failures as `exportGraph`.
 */
export function toGexf(model: Model, options: GraphFileOptions = {}): string {
  const graph = exportGraph(model, options);
  const { title, at } = graph.getAttributes();
  // GEXF's <meta> takes only creator, description and keywords; the rest would be ad-hoc elements.
  graph.replaceAttributes({
    title,
    creator: "Liaison",
    description: stripForbidden(at === undefined ? title : `${title}, agreements operative on ${at}`),
  });
  return writeGexf(graph, {
    pedantic: true,
    version: "1.3",
    formatNode: (_key, attributes) => ({
      label: stripForbidden(attributes.label),
      attributes: { kind: attributes.kind },
    }),
    formatEdge: (_key, attributes) => {
      const { name, ...rest } = attributes;
      return { label: stripForbidden(name), attributes: clean({ name, ...rest }) };
    },
  });
}

const NODE_KEYS = ["label", "kind"] as const;
const EDGE_KEYS = [
  "agreement",
  "name",
  "kind",
  "legalNature",
  "scope",
  "signed",
  "inForce",
  "ended",
  "status",
] as const;

/**
 * The network as GraphML (graphology-graphml only reads, so this writer is ours): `<key>` declarations for every
 * attribute, nodes with label and kind, undirected edges with the agreement's attributes (see `exportGraph`);
 * absent dates are left out. Same input and failures as `exportGraph`.
 */
export function toGraphml(model: Model, options: GraphFileOptions = {}): string {
  const graph = exportGraph(model, options);
  const { title, at } = graph.getAttributes();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>',
    '  <key id="g_at" for="graph" attr.name="at" attr.type="string"/>',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="liaison" edgedefault="undirected">',
    `    <data key="g_title">${escapeXml(title)}</data>`,
  ];
  if (at !== undefined) lines.push(`    <data key="g_at">${escapeXml(at)}</data>`);
  const data = (prefix: string, record: Record<string, string | undefined>, keys: readonly string[]) =>
    keys.flatMap((k) => {
      const value = record[k];
      return value === undefined ? [] : [`      <data key="${prefix}_${k}">${escapeXml(value)}</data>`];
    });
  graph.forEachNode((id, attributes) => {
    lines.push(`    <node id="${escapeXml(id)}">`, ...data("n", { ...attributes }, NODE_KEYS), "    </node>");
  });
  graph.forEachEdge((key, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...data("e", { ...attributes }, EDGE_KEYS),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
