// Our own SVG writer: draws a scene (positions and styles taken from the graph) with its legend and caption as
// real text, so the file stays editable and searchable in publishing tools.
import { FONT_FAMILY, type Frame, layoutFrame, type TextLine, textWidth } from "./frame";
import type { Scene, SceneEdge, SceneLegendSwatch, SceneNode, ScenePoint } from "./scene";
import { escapeXml } from "./xml";

const MARGIN = 16;
const DEFAULT_LABEL_SIZE = 12;

const n = (value: number) => String(Math.round(value * 100) / 100);
const attr = (name: string, value: string | number | undefined) =>
  value === undefined || value === ""
    ? ""
    : ` ${name}="${escapeXml(typeof value === "number" ? n(value) : value)}"`;

/** Only colours that cannot break out of an attribute or carry a url(): anything else becomes grey. */
function colour(value: string | undefined, fallback = "#888888"): string {
  if (!value) return fallback;
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\)|[a-zA-Z]{3,20})$/.test(value.trim())
    ? value.trim()
    : fallback;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function sceneBox(scene: Scene): Box {
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

function edgePoints(edge: SceneEdge, nodes: ReadonlyMap<string, SceneNode>): ScenePoint[] | null {
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
function pathData(points: ScenePoint[]): string {
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

function pathMiddle(points: ScenePoint[]): ScenePoint {
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

function backdropSvg(scene: Scene, scale: number): string[] {
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

function nodeSvg(node: SceneNode): string[] {
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

function text(line: TextLine, anchor?: "middle"): string {
  return (
    `<text${attr("x", line.x)}${attr("y", line.y)}${attr("font-size", line.size)}` +
    `${line.bold ? ' font-weight="bold"' : ""}${attr("fill", line.colour)}${anchor ? ` text-anchor="${anchor}"` : ""}>` +
    `${escapeXml(line.text)}</text>`
  );
}

function legendSwatch(swatch: SceneLegendSwatch, x: number, y: number, width: number): string {
  if (swatch.type === "node") {
    const node: SceneNode = {
      id: "",
      label: "",
      x: x + width / 2,
      y,
      classes: [],
      colour: swatch.fill,
      size: swatch.shape === "round-rectangle" ? 16 : 12,
      height: 12,
      shape: swatch.shape,
      borderColour: swatch.border,
      borderWidth: 2,
      ring: swatch.ring,
    };
    return nodeSvg(node).join("");
  }
  const c = colour(swatch.colour);
  const line = (stroke: string, width: number, extra = "") =>
    `<line${attr("x1", x + 2)}${attr("y1", y)}${attr("x2", x + width - 2)}${attr("y2", y)}${attr("stroke", stroke)}${attr("stroke-width", width)} stroke-linecap="round"${extra}/>`;
  const parts: string[] = [];
  if (swatch.halo) parts.push(line(colour(swatch.halo), swatch.width + 8, ' stroke-opacity="0.8"'));
  const dash = swatch.dash ? ` stroke-dasharray="${swatch.dash.map(n).join(" ")}"` : "";
  const opacity = swatch.opacity < 1 ? attr("stroke-opacity", swatch.opacity) : "";
  parts.push(
    `<line${attr("x1", x + 2)}${attr("y1", y)}${attr("x2", x + width - (swatch.arrow ? 8 : 2))}${attr("y2", y)}${attr("stroke", c)}${attr("stroke-width", swatch.width)}${dash}${opacity}/>`,
  );
  if (swatch.arrow)
    parts.push(
      `<path d="M${n(x + width - 9)},${n(y - 5)} L${n(x + width)},${n(y)} L${n(x + width - 9)},${n(y + 5)} z"${attr("fill", c)}/>`,
    );
  return parts.join("");
}

function legendSvg(frame: Frame): string[] {
  const legend = frame.legend;
  if (!legend) return [];
  return [
    '<g class="legend">',
    `<rect${attr("x", legend.x)}${attr("y", legend.y)}${attr("width", legend.width)}${attr("height", legend.height)} rx="4" fill="#ffffff" fill-opacity="0.92" stroke="#999999"/>`,
    text(legend.title),
    ...legend.headings.map((h) => text(h)),
    ...legend.items.flatMap(({ item, swatch, text: label }) => [
      legendSwatch(item.swatch, swatch.x, swatch.y, swatch.width),
      text(label),
    ]),
    "</g>",
  ];
}

/**
 * The scene as a standalone SVG document: caption (query and As-of line) on top, the graph, the legend on its
 * right and the sources line below, all as `<text>`; every dataset string is XML-escaped and colours that are not
 * plain CSS colours are replaced. An empty scene gives a frame with caption and legend only. Background white or
 * transparent (no background rectangle).
 */
export function toSvg(scene: Scene): string {
  const box = sceneBox(scene);
  const scale =
    scene.scale !== undefined && Number.isFinite(scene.scale) && scene.scale > 0 ? scene.scale : 1;
  const frame = layoutFrame(
    (box.x2 - box.x1) * scale,
    (box.y2 - box.y1) * scale,
    scene.legend,
    scene.caption,
  );
  const nodes = new Map(scene.nodes.map((node) => [node.id, node]));
  const markers = new Map<string, string>();
  const markerFor = (c: string) => {
    let id = markers.get(c);
    if (!id) {
      id = `arrow-${markers.size}`;
      markers.set(c, id);
    }
    return id;
  };

  const underlays: string[] = [];
  const edges: string[] = [];
  const labels: string[] = [];
  for (const edge of scene.edges) {
    const points = edgePoints(edge, nodes);
    if (!points) continue;
    const c = colour(edge.colour);
    const d = pathData(points);
    const opacity = edge.opacity !== undefined && edge.opacity < 1 ? attr("opacity", edge.opacity) : "";
    if (edge.underlay) {
      const u = edge.underlay;
      underlays.push(
        `<path d="${d}" fill="none"${attr("stroke", colour(u.colour))}${attr("stroke-width", edge.width + 2 * u.padding)}${attr("stroke-opacity", u.opacity)} stroke-linecap="round"/>`,
      );
    }
    const dash = edge.dashed
      ? ` stroke-dasharray="${(edge.dash ?? [edge.width * 3, edge.width * 2]).map(n).join(" ")}"`
      : "";
    edges.push(
      `<path d="${d}" fill="none"${attr("stroke", c)}${attr("stroke-width", edge.width)}${dash}${opacity}` +
        `${edge.arrow ? ` marker-end="url(#${markerFor(c)})"` : ""}/>`,
    );
    const dot = (p: ScenePoint) =>
      `<circle${attr("cx", p.x)}${attr("cy", p.y)}${attr("r", Math.max(2.5, edge.width * 1.1))}${attr("fill", c)}${opacity}/>`;
    if (edge.targetDot) edges.push(dot(points[points.length - 1]!));
    if (edge.sourceDot) edges.push(dot(points[0]!));
    if (edge.label) {
      const mid = pathMiddle(points);
      const offset = edge.labelOffset ?? { x: 0, y: 0 };
      const size = edge.labelSize ?? 11;
      let angle = 0;
      if (edge.labelAlong) {
        const a = points[0]!;
        const b = points[points.length - 1]!;
        angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
        // Keep the text upright.
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;
      }
      labels.push(
        `<text transform="translate(${n(mid.x)},${n(mid.y)})${angle ? ` rotate(${n(angle)})` : ""}"${attr("x", offset.x)}${attr("y", offset.y + size * 0.35)}` +
          `${attr("font-size", size)}${edge.labelBold ? ' font-weight="bold"' : ""} text-anchor="middle" fill="#1f2328" stroke="#ffffff" stroke-width="4" stroke-opacity="0.9" paint-order="stroke">${escapeXml(edge.label)}</text>`,
      );
    }
  }
  const nodeParts: string[] = [];
  for (const node of scene.nodes) {
    nodeParts.push(
      `<g${attr("class", ["node", ...node.classes].join(" "))}${attr("data-id", node.id)}` +
        `${node.opacity !== undefined && node.opacity < 1 ? attr("opacity", node.opacity) : ""}>`,
      ...nodeSvg(node),
      "</g>",
    );
  }

  const g = frame.graph;
  const defs = [
    "<defs>",
    `<clipPath id="graph-area"><rect${attr("x", box.x1)}${attr("y", box.y1)}${attr("width", box.x2 - box.x1)}${attr("height", box.y2 - box.y1)}/></clipPath>`,
    ...[...markers].map(
      ([c, id]) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" markerUnits="strokeWidth" orient="auto"><path d="M0,0 L10,5 L0,10 z"${attr("fill", c)}/></marker>`,
    ),
    "</defs>",
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr("width", frame.width)}${attr("height", frame.height)} viewBox="0 0 ${frame.width} ${frame.height}"${attr("font-family", FONT_FAMILY)}>`,
    `<title>${escapeXml(scene.caption.query)}</title>`,
    `<desc>${escapeXml(`${scene.caption.at}. ${scene.caption.sources}`)}</desc>`,
    ...defs,
    ...(scene.background === "white" ? ['<rect width="100%" height="100%" fill="#ffffff"/>'] : []),
    `<g class="graph" transform="translate(${n(g.x)},${n(g.y)})${scale === 1 ? "" : ` scale(${n(scale)})`} translate(${n(-box.x1)},${n(-box.y1)})">`,
    '<g clip-path="url(#graph-area)">',
    ...backdropSvg(scene, scale),
    '<g class="edges">',
    ...underlays,
    ...edges,
    "</g>",
    '<g class="nodes">',
    ...nodeParts,
    "</g>",
    '<g class="edge-labels">',
    ...labels,
    "</g>",
    "</g>",
    "</g>",
    `<g class="frame"${frame.unit === 1 ? "" : ` transform="scale(${n(frame.unit)})"`}>`,
    ...legendSvg(frame),
    '<g class="caption">',
    ...frame.text.map((line) => text(line)),
    "</g>",
    "</g>",
    "</svg>",
    "",
  ];
  return lines.join("\n");
}
