// Our own SVG writer: draws a scene (positions and styles taken from the graph) with its legend and caption as
// real text, so the file stays editable and searchable in publishing tools.
import { FONT_FAMILY, layoutFrame } from "./frame";
import type { Scene, ScenePoint } from "./scene";
import { backdropSvg, edgePoints, nodeSvg, pathData, pathMiddle, sceneBox } from "./svgGraph";
import { legendSvg } from "./svgLegend";
import { attr, colour, n, text } from "./svgParts";
import { escapeXml } from "./xml";

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
