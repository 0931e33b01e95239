// An analysis panel's picture as data: rectangles, lines, polygons and text in picture units. The explorer draws it
// on screen and on a canvas for PNG, and `pictureToSvg` writes it as SVG, so the panel and its images are one drawing.
import { FONT_FAMILY } from "../text";
import { escapeXml } from "../xml";

export interface RectShape {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  /** A tooltip on screen and in the SVG. */
  title?: string;
}

export interface LineShape {
  kind: "line";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  width: number;
  dash?: readonly number[];
}

export interface PolygonShape {
  kind: "polygon";
  points: readonly (readonly [number, number])[];
  fill: string;
  title?: string;
}

export interface TextShape {
  kind: "text";
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: "start" | "middle" | "end";
  /** Degrees clockwise about (x, y); -90 reads bottom to top. */
  rotate?: number;
}

export type Shape = RectShape | LineShape | PolygonShape | TextShape;

export interface Picture {
  width: number;
  height: number;
  /** What the picture shows, in words: the SVG's title and the image's accessible name. */
  title: string;
  shapes: Shape[];
}

/** A number with at most two decimals. */
const num = (value: number) => String(Math.round(value * 100) / 100);
const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? "" : ` ${name}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;

/** Colours are ours (the panels' palette), but a picture is data: anything that is not a plain colour becomes grey. */
export function safeColour(value: string): string {
  return /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/.test(value) ? value : "#888888";
}

/** `<tag …/>`, or with a `<title>` child when there is a title. */
const element = (tag: string, attrs: string, title: string | undefined) =>
  title === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}><title>${escapeXml(title)}</title></${tag}>`;

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case "rect":
      return element(
        "rect",
        `${attr("x", shape.x)}${attr("y", shape.y)}${attr("width", shape.width)}${attr("height", shape.height)}` +
          `${attr("fill", safeColour(shape.fill))}${shape.stroke ? attr("stroke", safeColour(shape.stroke)) : ""}`,
        shape.title,
      );
    case "line":
      return element(
        "line",
        `${attr("x1", shape.x1)}${attr("y1", shape.y1)}${attr("x2", shape.x2)}${attr("y2", shape.y2)}` +
          `${attr("stroke", safeColour(shape.stroke))}${attr("stroke-width", shape.width)}` +
          `${shape.dash ? attr("stroke-dasharray", shape.dash.map(num).join(" ")) : ""}`,
        undefined,
      );
    case "polygon":
      return element(
        "polygon",
        `${attr("points", shape.points.map(([x, y]) => `${num(x)},${num(y)}`).join(" "))}${attr("fill", safeColour(shape.fill))}`,
        shape.title,
      );
    case "text":
      return (
        `<text${attr("x", shape.x)}${attr("y", shape.y)}${attr("font-size", shape.size)}${attr("fill", safeColour(shape.fill))}` +
        `${shape.bold ? ' font-weight="bold"' : ""}${shape.anchor && shape.anchor !== "start" ? attr("text-anchor", shape.anchor) : ""}` +
        `${shape.rotate ? attr("transform", `rotate(${num(shape.rotate)} ${num(shape.x)} ${num(shape.y)})`) : ""}>` +
        `${escapeXml(shape.text)}</text>`
      );
  }
}

/**
 * The picture as a standalone SVG document, its title as `<title>`, every text XML-escaped and every colour that is
 * not a plain colour replaced by grey. White background (a rectangle) or none (transparent).
 */
export function pictureToSvg(picture: Picture, background: "white" | "transparent" = "white"): string {
  const { width, height } = picture;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attr("width", width)}${attr("height", height)}${attr("viewBox", `0 0 ${num(width)} ${num(height)}`)}` +
      `${attr("font-family", FONT_FAMILY)}>`,
    `<title>${escapeXml(picture.title)}</title>`,
  ];
  if (background === "white") parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  for (const shape of picture.shapes) parts.push(shapeSvg(shape));
  parts.push("</svg>", "");
  return parts.join("\n");
}

/** The shapes moved by (dx, dy). */
export function moved(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  return shapes.map((s): Shape => {
    if (s.kind === "line") return { ...s, x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy };
    if (s.kind === "polygon") return { ...s, points: s.points.map(([x, y]) => [x + dx, y + dy] as const) };
    return { ...s, x: s.x + dx, y: s.y + dy };
  });
}
