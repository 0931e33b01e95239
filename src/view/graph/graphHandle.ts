// The graph view's handle for image export: the visible elements as Cytoscape draws them (positions, resolved
// styles, edge paths), their bounds, the viewport and the world map's paths, read only when an export asks.
import type { BoundingBox12, BoundingBoxWH, Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { GraphHandle } from "../../export/browser/graphHandle";
import type {
  MeasuredBox,
  SceneBackdropPath,
  SceneEdge,
  SceneNode,
  SceneNodeShape,
  SceneUnderlay,
} from "../../export/pure";

const SHAPES: ReadonlySet<string> = new Set([
  "ellipse",
  "rectangle",
  "round-rectangle",
  "diamond",
  "triangle",
  "hexagon",
]);

const num = (value: unknown, fallback = 0) => {
  const n = typeof value === "number" ? value : Number.parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** The label Cytoscape draws (mappers such as data(label) resolved); empty when the style hides it. */
function labelOf(ele: NodeSingular | EdgeSingular): string {
  const value = ele.style("label");
  return typeof value === "string" ? value : "";
}

function underlayOf(ele: NodeSingular | EdgeSingular): SceneUnderlay | undefined {
  const opacity = num(ele.style("underlay-opacity"));
  if (opacity <= 0) return undefined;
  return {
    colour: String(ele.style("underlay-color")),
    opacity,
    padding: num(ele.style("underlay-padding")),
  };
}

function sceneNode(node: NodeSingular): SceneNode {
  const shape = String(node.style("shape")).replace("roundrectangle", "round-rectangle");
  const valign = node.style("text-valign");
  const halign = node.style("text-halign");
  const position =
    valign === "center" ? (halign === "left" ? "left" : "right") : valign === "top" ? "top" : "bottom";
  const out: SceneNode = {
    id: node.id(),
    label: labelOf(node),
    x: node.position("x"),
    y: node.position("y"),
    classes: node.classes(),
    colour: String(node.style("background-color")),
    size: node.width(),
    height: node.height(),
    shape: SHAPES.has(shape) ? (shape as SceneNodeShape) : "ellipse",
    borderColour: String(node.style("border-color")),
    borderWidth: num(node.style("border-width")),
    borderDashed: node.style("border-style") === "dashed",
    ring: num(node.style("outline-width")) > 0,
    opacity: node.effectiveOpacity(),
    labelColour: String(node.style("color")),
    labelSize: num(node.style("font-size"), 12),
    labelBold: /bold|[6-9]00/.test(String(node.style("font-weight"))),
    labelPosition: position,
  };
  const underlay = underlayOf(node);
  if (underlay) out.underlay = underlay;
  return out;
}

function sceneEdge(edge: EdgeSingular): SceneEdge {
  const style = String(edge.style("line-style"));
  const target = String(edge.style("target-arrow-shape"));
  const source = String(edge.style("source-arrow-shape"));
  const pattern = String(edge.style("line-dash-pattern") ?? "")
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  const curve = String(edge.style("curve-style"));
  let middle: { x: number; y: number }[] = [];
  if (curve === "segments") middle = edge.segmentPoints() ?? [];
  else if (curve !== "straight" && curve !== "haystack") middle = edge.controlPoints() ?? [];
  const out: SceneEdge = {
    source: edge.source().id(),
    target: edge.target().id(),
    colour: String(edge.style("line-color")),
    dashed: style === "dashed" || style === "dotted",
    width: num(edge.style("width"), 1),
    arrow: target.includes("triangle") || target === "vee" || target === "tee",
    targetDot: target.startsWith("circle"),
    sourceDot: source.startsWith("circle"),
    label: labelOf(edge),
    labelBold: /bold|[6-9]00/.test(String(edge.style("font-weight"))),
    labelSize: num(edge.style("font-size"), 11),
    labelOffset: { x: num(edge.style("text-margin-x")), y: num(edge.style("text-margin-y")) },
    labelAlong: edge.style("text-rotation") === "autorotate",
    points: [edge.sourceEndpoint(), ...middle, edge.targetEndpoint()].map((p) => ({ x: p.x, y: p.y })),
    opacity: edge.effectiveOpacity(),
  };
  if (out.dashed && pattern.length > 0) out.dash = pattern;
  const underlay = underlayOf(edge);
  if (underlay) out.underlay = underlay;
  return out;
}

const box = (b: BoundingBox12 & BoundingBoxWH): MeasuredBox => ({
  x1: b.x1,
  y1: b.y1,
  x2: b.x2,
  y2: b.y2,
  w: b.w,
  h: b.h,
});

/**
 * The handle of the graph `cy` draws, with the world map paths `backdrop()` says are under it (none when no map is
 * shown). Snapshots are taken when asked for; the handle holds no copy of the graph.
 */
export function graphHandle(cy: Core, backdrop: () => readonly SceneBackdropPath[]): GraphHandle {
  return {
    snapshot: () => ({
      nodes: cy.nodes(":visible").map(sceneNode),
      edges: cy.edges(":visible").map(sceneEdge),
      bounds: { all: box(cy.elements().boundingBox()), visible: box(cy.elements(":visible").boundingBox()) },
      viewport: { pan: { ...cy.pan() }, zoom: cy.zoom(), width: cy.width(), height: cy.height() },
      backdrop: backdrop(),
    }),
    rasterise: ({ full, scale }) => cy.png({ output: "blob", full, scale }) as Blob,
  };
}
