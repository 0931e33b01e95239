// Our SVG writer: draws a scene (picture, legend, caption) as a standalone document with real text, so the file
// stays editable and searchable in publishing tools. The PNG is this document rasterised.
import { COLOURS } from "./palette";
import type { Scene } from "./scene";
import { insetSvg } from "./svgInset";
import { legendSvg } from "./svgLegend";
import { attr, badgeSvg, colour, marksAttr, n, partySvg, styledLine, text } from "./svgParts";
import { FONT_FAMILY } from "./text";
import { escapeXml } from "./xml";

/** SVG path data only (commands, numbers, separators): anything else is not drawn. */
export const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,\s+-]*$/;

function backdropSvg(scene: Scene): string[] {
  const map = scene.backdrop;
  const paths = (map?.paths ?? []).filter((p) => PATH_DATA.test(p.d));
  if (!map || paths.length === 0) return [];
  const g = scene.frame.graph;
  return [
    // The sea fills the whole picture, beyond the globe's curved edge, as it does in the explorer.
    `<rect${attr("x", g.x)}${attr("y", g.y)}${attr("width", g.width)}${attr("height", g.height)}${attr("fill", COLOURS.water)}/>`,
    `<g class="backdrop" transform="translate(${n(map.offset.x)},${n(map.offset.y)}) scale(${n(map.scale)})">`,
    // Borders keep their image width whatever the scale.
    ...paths.map(
      (p) =>
        `<path${attr("d", p.d)}${attr("fill", colour(p.fill, "none"))}${p.stroke ? attr("stroke", colour(p.stroke)) : ""}${p.strokeWidth ? attr("stroke-width", Math.round((p.strokeWidth / map.scale) * 1e4) / 1e4) : ""}/>`,
    ),
    "</g>",
  ];
}

/** Lines, parties, route numbers and names as SVG, in groups of `prefix` + their kind; `party` names the attribute
 * that carries a party's id. */
function drawnSvg(
  drawn: Pick<Scene, "lines" | "nodes" | "badges" | "labels">,
  prefix = "",
  party = "data-party",
): string[] {
  return [
    `<g class="${prefix}lines">`,
    ...drawn.lines.flatMap((line) =>
      styledLine(
        line.points,
        line.style,
        `${marksAttr(line.marks)}${line.routeKey ? attr("data-route", line.routeKey) : ""}`,
        line.arrow,
        line.cross,
      ),
    ),
    "</g>",
    `<g class="${prefix}parties">`,
    ...drawn.nodes.flatMap((node) =>
      partySvg(
        node.x,
        node.y,
        node.rx,
        node.ry,
        node.style,
        node.organisation,
        node.ring,
        `${marksAttr(node.marks)}${attr(party, node.id)}`,
      ),
    ),
    "</g>",
    `<g class="${prefix}badges">`,
    ...drawn.badges.map((b) =>
      badgeSvg(b.x, b.y, b.r, b.text, b.opacity, `${marksAttr(["badge"])}${attr("data-route", b.routeKey)}`),
    ),
    "</g>",
    `<g class="${prefix}labels">`,
    ...drawn.labels.map((line) => text(line, true)),
    "</g>",
  ];
}

function pictureSvg(scene: Scene): string[] {
  const g = scene.frame.graph;
  const paths = (scene.backdrop?.paths ?? []).filter((p) => PATH_DATA.test(p.d));
  return [
    `<defs><clipPath id="picture"><rect${attr("x", g.x)}${attr("y", g.y)}${attr("width", g.width)}${attr("height", g.height)}/></clipPath></defs>`,
    '<g class="picture" clip-path="url(#picture)">',
    ...backdropSvg(scene),
    ...drawnSvg(scene),
    "</g>",
    // Beside the picture's clipped group, not in it: it has a clip of its own (and resvg fails on a map path
    // clipped twice). Its parties carry their ids apart, so the picture's are each drawn once under data-party.
    ...insetSvg(scene, paths, (inset) => drawnSvg(inset, "inset-", "data-inset-party")),
  ];
}

/**
 * The scene as a standalone SVG document, `frame.pixelWidth` × `frame.pixelHeight` with a viewBox in design
 * units: title and subtitle on top, the picture clipped to its area, the legend, and the credit lines, all as
 * `<text>`. Every dataset string is XML-escaped, colours that are not plain CSS colours are replaced, and map paths
 * that are not plain path data are dropped. A transparent background draws no background rectangle.
 */
export function toSvg(scene: Scene): string {
  const f = scene.frame;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attr("width", f.pixelWidth)}${attr("height", f.pixelHeight)} viewBox="0 0 ${n(f.width)} ${n(f.height)}"${attr("font-family", FONT_FAMILY)}>`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(scene.description)}</desc>`,
    ...(scene.background === "white"
      ? [`<rect${attr("width", f.width)}${attr("height", f.height)} fill="#ffffff"/>`]
      : []),
    ...pictureSvg(scene),
    ...legendSvg(f),
    '<g class="caption">',
    ...f.text.map((line) => text(line)),
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}
