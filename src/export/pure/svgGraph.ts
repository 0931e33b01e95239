// The graph part of our SVG: the box it shows, node shapes and labels, edge paths and the world map under them.
import type { Box } from "../../geo";
import { textWidth } from "./frame";
import type { Scene, SceneEdge, SceneNode, ScenePoint } from "./scene";
import { attr, colour, n } from "./svgParts";
import { escapeXml } from "./xml";

const MARGIN = 16;
const DEFAULT_LABEL_SIZE = 12;

/** The part of the graph an image shows: the scene's bounds, else everything drawn with a margin. */
export function sceneBox(scene: Scene): Box {
  if (scene.bounds) {
    const b = scene.bounds;
    return { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height };
  }
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (x: number, y: number) => {
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  };
  for (const node of scene.nodes) {
    const rx = node.size / 2 + (node.underlay?.padding ?? 0);
    const ry = (node.height ?? node.size) / 2 + (node.underlay?.padding ?? 0);
    add(node.x - rx, node.y - ry);
    add(node.x + rx, node.y + ry);
    if (node.label) {
      const size = node.labelSize ?? DEFAULT_LABEL_SIZE;
      const w = textWidth(node.label, size, node.labelBold);
      const position = node.labelPosition ?? "bottom";
      if (position === "left") add(node.x - rx - 8 - w, node.y);
      else if (position === "right") add(node.x + rx + 8 + w, node.y);
      else {
        add(node.x - w / 2, node.y);
        add(node.x + w / 2, position === "top" ? node.y - ry - 6 - size : node.y + ry + 6 + size);
      }
    }
  }
  for (const edge of scene.edges) for (const p of edge.points ?? []) add(p.x, p.y);
  if (box.x1 > box.x2) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return { x1: box.x1 - MARGIN, y1: box.y1 - MARGIN, x2: box.x2 + MARGIN, y2: box.y2 + MARGIN };
}

/** The points an edge is drawn through; a straight line between the node borders when the scene gives none. */
export function edgePoints(edge: SceneEdge, nodes: ReadonlyMap<string, SceneNode>): ScenePoint[] | null {
  if (edge.points && edge.points.length >= 2) return edge.points;
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  if (!s || !t) return null;
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return null;
  const ux = dx / length;
  const uy = dy / length;
  const rs = s.size / 2;
  const rt = t.size / 2;
  return [
    { x: s.x + ux * rs, y: s.y + uy * rs },
    { x: t.x - ux * rt, y: t.y - uy * rt },
  ];
}

/** Straight line, one quadratic curve, or a chain of quadratics through the midpoints of the control points. */
export function pathData(points: ScenePoint[]): string {
  const [start, ...rest] = points as [ScenePoint, ...ScenePoint[]];
  const end = rest.pop()!;
  let d = `M${n(start.x)},${n(start.y)}`;
  if (rest.length === 0) return `${d} L${n(end.x)},${n(end.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const cp = rest[i]!;
    const next = rest[i + 1];
    const to = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : end;
    d += ` Q${n(cp.x)},${n(cp.y)} ${n(to.x)},${n(to.y)}`;
  }
  return d;
}

/** The middle of the drawn path, where its label goes. */
export function pathMiddle(points: ScenePoint[]): ScenePoint {
  if (points.length === 2)
    return { x: (points[0]!.x + points[1]!.x) / 2, y: (points[0]!.y + points[1]!.y) / 2 };
  if (points.length === 3) {
    const [a, c, b] = points as [ScenePoint, ScenePoint, ScenePoint];
    return { x: 0.25 * a.x + 0.5 * c.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * c.y + 0.25 * b.y };
  }
  return points[Math.floor(points.length / 2)]!;
}

function shapeSvg(node: SceneNode, grow: number, style: string): string {
  const rx = node.size / 2 + grow;
  const ry = (node.height ?? node.size) / 2 + grow;
  const { x, y } = node;
  const polygon = (pts: [number, number][]) =>
    `<polygon points="${pts.map(([px, py]) => `${n(x + px * rx)},${n(y + py * ry)}`).join(" ")}"${style}/>`;
  const rect = (radius: number) =>
    `<rect${attr("x", x - rx)}${attr("y", y - ry)}${attr("width", 2 * rx)}${attr("height", 2 * ry)}${radius ? attr("rx", radius) : ""}${style}/>`;
  switch (node.shape) {
    case "rectangle":
      return rect(0);
    case "round-rectangle":
      return rect(Math.min(rx, ry) / 2);
    case "diamond":
      return polygon([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case "triangle":
      return polygon([
        [0, -1],
        [1, 1],
        [-1, 1],
      ]);
    case "hexagon":
      return polygon([
        [-0.5, -1],
        [0.5, -1],
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
        [-1, 0],
      ]);
    default:
      return rx === ry
        ? `<circle${attr("cx", x)}${attr("cy", y)}${attr("r", rx)}${style}/>`
        : `<ellipse${attr("cx", x)}${attr("cy", y)}${attr("rx", rx)}${attr("ry", ry)}${style}/>`;
  }
}

/** SVG path data only (commands, numbers, separators): anything else is not drawn. */
export const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]*$/;

/** The world map's paths; strokes keep their image width whatever the scale. */
export function backdropSvg(scene: Scene, scale: number): string[] {
  const paths = (scene.backdrop ?? []).filter((p) => PATH_DATA.test(p.d));
  if (paths.length === 0) return [];
  return [
    '<g class="backdrop">',
    ...paths.map(
      (p) =>
        `<path${attr("d", p.d)}${attr("fill", colour(p.fill, "none"))}${p.stroke ? attr("stroke", colour(p.stroke)) : ""}${p.strokeWidth ? attr("stroke-width", p.strokeWidth / scale) : ""}/>`,
    ),
    "</g>",
  ];
}

/** A node as SVG: its underlay, hub ring, shape and label. */
export function nodeSvg(node: SceneNode): string[] {
  const parts: string[] = [];
  if (node.underlay) {
    const u = node.underlay;
    parts.push(
      shapeSvg(
        { ...node, shape: "ellipse" },
        u.padding,
        `${attr("fill", colour(u.colour))}${attr("fill-opacity", u.opacity)}`,
      ),
    );
  }
  if (node.ring) {
    parts.push(
      shapeSvg(
        node,
        (node.borderWidth ?? 0) / 2 + 3,
        ` fill="none"${attr("stroke", colour(node.borderColour, "#1f2328"))} stroke-width="2"`,
      ),
    );
  }
  const border = node.borderWidth
    ? `${attr("stroke", colour(node.borderColour, "#333333"))}${attr("stroke-width", node.borderWidth)}${node.borderDashed ? ' stroke-dasharray="3 2"' : ""}`
    : "";
  parts.push(shapeSvg(node, 0, `${attr("fill", colour(node.colour))}${border}`));
  if (node.label) {
    const size = node.labelSize ?? DEFAULT_LABEL_SIZE;
    const rx = node.size / 2;
    const ry = (node.height ?? node.size) / 2;
    const position = node.labelPosition ?? "bottom";
    const [x, y, anchor] =
      position === "top"
        ? [node.x, node.y - ry - 5, "middle"]
        : position === "left"
          ? [node.x - rx - 6, node.y + size * 0.35, "end"]
          : position === "right"
            ? [node.x + rx + 6, node.y + size * 0.35, "start"]
            : [node.x, node.y + ry + 4 + size * 0.9, "middle"];
    parts.push(
      `<text${attr("x", x)}${attr("y", y)}${attr("font-size", size)}${node.labelBold ? ' font-weight="bold"' : ""} text-anchor="${anchor}"` +
        `${attr("fill", colour(node.labelColour, "#1a1a1a"))} stroke="#ffffff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke">${escapeXml(node.label)}</text>`,
    );
  }
  return parts;
}
