// Reads the live Cytoscape graph into a scene (positions and resolved styles), the data both image exports draw.
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type {
  Scene,
  SceneBackdropPath,
  SceneCaption,
  SceneEdge,
  SceneLegendItem,
  SceneNode,
  SceneNodeShape,
  SceneUnderlay,
} from "../pure";

export interface SceneOptions {
  /** The whole graph (default) or only what the viewport shows. */
  full?: boolean;
  background?: "white" | "transparent";
  legend?: readonly SceneLegendItem[];
  caption: SceneCaption;
}

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

/**
 * The world map drawn under the graph (the geographic layout's SVG underlay, a sibling of Cytoscape's container),
 * as paths in graph coordinates; empty in other layouts.
 */
export function backdropOf(cy: Core): SceneBackdropPath[] {
  const host = cy.container()?.parentElement;
  const group = host?.querySelector(":scope > svg > g");
  if (!group) return [];
  return Array.from(group.querySelectorAll("path")).flatMap((p) => {
    const d = p.getAttribute("d");
    if (!d) return [];
    const path: SceneBackdropPath = { d, fill: p.getAttribute("fill") ?? "none" };
    const stroke = p.getAttribute("stroke");
    if (stroke) path.stroke = stroke;
    path.strokeWidth = num(p.getAttribute("stroke-width"), 1);
    return [path];
  });
}

/**
 * The scene of what `cy` shows: visible nodes and edges with their resolved styles, the world map when present,
 * the legend and caption given. With `full: false` the scene is cut to the current viewport. An empty graph gives a
 * scene with no nodes.
 */
export function sceneFromGraph(cy: Core, options: SceneOptions): Scene {
  const scene: Scene = {
    backdrop: backdropOf(cy),
    nodes: cy.nodes(":visible").map(sceneNode),
    edges: cy.edges(":visible").map(sceneEdge),
    legend: [...(options.legend ?? [])],
    caption: options.caption,
    background: options.background ?? "white",
  };
  const full = options.full ?? true;
  const box = full ? cy.elements(":visible").boundingBox() : cy.extent();
  if (box.w > 0 && box.h > 0) {
    const margin = full ? 16 : 0;
    scene.bounds = {
      x: box.x1 - margin,
      y: box.y1 - margin,
      width: box.w + 2 * margin,
      height: box.h + 2 * margin,
    };
  }
  // The current view is drawn as large as it is on screen, like the PNG of it.
  if (!full) scene.scale = cy.zoom();
  return scene;
}
