// Where party names go in an exported picture: on the side of each party freest of other parties, names, route
// numbers and lines, measured in image units with the face the image is drawn in. Quiet parties' names that find
// no free place are left out rather than drawn over others.
import type { Box, Point } from "../../geo";
import type { SceneNode } from "./scene";
import { type TextLine, textWidth } from "./text";

const SIDES = [
  "bottom",
  "right",
  "left",
  "top",
  "bottom-right",
  "top-right",
  "bottom-left",
  "top-left",
] as const;
type Side = (typeof SIDES)[number];
const GAP = 4;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

function labelBox(node: SceneNode, side: Side, w: number, h: number): Box {
  const dx = node.rx + GAP;
  const dy = node.ry + GAP;
  const { x, y } = node;
  const across = side.includes("right") ? x + dx * 0.7 : side.includes("left") ? x - dx * 0.7 - w : x - w / 2;
  switch (side) {
    case "bottom":
      return { x1: x - w / 2, x2: x + w / 2, y1: y + dy, y2: y + dy + h };
    case "top":
      return { x1: x - w / 2, x2: x + w / 2, y1: y - dy - h, y2: y - dy };
    case "right":
      return { x1: x + dx, x2: x + dx + w, y1: y - h / 2, y2: y + h / 2 };
    case "left":
      return { x1: x - dx - w, x2: x - dx, y1: y - h / 2, y2: y + h / 2 };
    default:
      return side.startsWith("bottom")
        ? { x1: across, x2: across + w, y1: y + dy * 0.7, y2: y + dy * 0.7 + h }
        : { x1: across, x2: across + w, y1: y - dy * 0.7 - h, y2: y - dy * 0.7 };
  }
}

export interface LabelInput {
  node: SceneNode;
  text: string;
  /** Placed first, and always drawn (the query's ends, relays). */
  keep: boolean;
}

/**
 * Party names placed greedily, kept ones first: each on the side (of eight) with the least overlap with parties,
 * names already placed, the `taken` boxes (route numbers, agreement names), line `samples`, and the part outside
 * `area`, nearer sides preferred. A name that is not kept and finds no side at least two-thirds free is left out.
 * No inputs give no labels.
 */
export function placeLabels(
  inputs: readonly LabelInput[],
  taken: readonly Box[],
  samples: readonly { point: Point; weight: number }[],
  area: Box,
): TextLine[] {
  const nodeBoxes = inputs.map(({ node }) => ({
    id: node.id,
    box: { x1: node.x - node.rx, y1: node.y - node.ry, x2: node.x + node.rx, y2: node.y + node.ry },
  }));
  const placed: Box[] = [...taken];
  const out: TextLine[] = [];
  const order = [...inputs].sort((a, b) => Number(b.keep) - Number(a.keep));
  for (const { node, text, keep } of order) {
    const size = node.style.labelSize;
    const w = textWidth(text, size, node.style.labelBold) + 4;
    const h = size * 1.25;
    let chosen = { box: labelBox(node, "bottom", w, h), cost: Number.POSITIVE_INFINITY };
    for (const [rank, side] of SIDES.entries()) {
      const b = labelBox(node, side, w, h);
      let cost = rank * 2;
      for (const other of nodeBoxes) if (other.id !== node.id) cost += overlap(b, other.box) * 3;
      for (const p of placed) cost += overlap(b, p) * 3;
      for (const { point, weight } of samples) {
        if (point.x > b.x1 && point.x < b.x2 && point.y > b.y1 && point.y < b.y2) cost += 18 * weight;
      }
      const inside = overlap(b, area);
      cost += (w * h - inside) * 6;
      if (cost < chosen.cost) chosen = { box: b, cost };
    }
    if (!keep && chosen.cost > (w * h) / 3) continue;
    placed.push(chosen.box);
    out.push({
      text,
      x: (chosen.box.x1 + chosen.box.x2) / 2,
      y: chosen.box.y2 - h * 0.25 - 1,
      size,
      bold: node.style.labelBold,
      colour: node.style.labelColour,
      anchor: "middle",
    });
  }
  return out;
}
