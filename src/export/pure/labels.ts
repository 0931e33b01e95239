// Party names in an exported picture, where the explorer puts them: each name's place (beside its party on a side,
// moved away with a leader line, or left off) comes from the core's placement in graph units (partyLabels), and is
// drawn here in image units with the face the image is drawn in.
import type { Box, PartyLabel, Point } from "../../geo";
import { lineStyle } from "./marks";
import type { SceneLine, SceneNode } from "./scene";
import { type TextLine, textWidth } from "./text";

/** The gap between a party's outline and a name beside it, in image units. */
const GAP = 4;

function sideBox(node: SceneNode, side: "bottom" | "right" | "left" | "top", w: number, h: number): Box {
  const { x, y } = node;
  const [dx, dy] = [node.rx + GAP, node.ry + GAP];
  switch (side) {
    case "bottom":
      return { x1: x - w / 2, x2: x + w / 2, y1: y + dy, y2: y + dy + h };
    case "top":
      return { x1: x - w / 2, x2: x + w / 2, y1: y - dy - h, y2: y - dy };
    case "right":
      return { x1: x + dx, x2: x + dx + w, y1: y - h / 2, y2: y + h / 2 };
    case "left":
      return { x1: x - dx - w, x2: x - dx, y1: y - h / 2, y2: y + h / 2 };
  }
}

/** The distance from a party's centre to its outline in direction `u` (a unit vector). */
export function outline(node: SceneNode, u: Point): number {
  const { rx, ry } = node;
  if (node.organisation)
    return Math.min(rx / Math.max(Math.abs(u.x), 1e-9), ry / Math.max(Math.abs(u.y), 1e-9));
  return 1 / Math.hypot(u.x / rx, u.y / ry);
}

/** The leader line from a party's outline to the nearest point of its name's box; none when they touch. */
function leader(node: SceneNode, box: Box): SceneLine | null {
  const end = {
    x: Math.min(Math.max(node.x, box.x1), box.x2),
    y: Math.min(Math.max(node.y, box.y1), box.y2),
  };
  const length = Math.hypot(end.x - node.x, end.y - node.y);
  if (length === 0) return null;
  const u = { x: (end.x - node.x) / length, y: (end.y - node.y) / length };
  const reach = outline(node, u) + 1;
  if (length <= reach + 2) return null;
  return {
    marks: [],
    points: [{ x: node.x + u.x * reach, y: node.y + u.y * reach }, end],
    style: lineStyle("leader", "forum", "binding"),
  };
}

export interface SceneLabels {
  labels: TextLine[];
  /** Leader lines from parties to their names moved away, drawn under everything else. */
  leaders: SceneLine[];
}

/** `box` moved the least that puts it inside `area` (where it fits). */
function within(box: Box, area: Box): Box {
  const dx = box.x1 < area.x1 ? area.x1 - box.x1 : box.x2 > area.x2 ? Math.min(0, area.x2 - box.x2) : 0;
  const dy = box.y1 < area.y1 ? area.y1 - box.y1 : box.y2 > area.y2 ? Math.min(0, area.y2 - box.y2) : 0;
  return { x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy };
}

const OPPOSITE = { bottom: "top", top: "bottom", left: "right", right: "left" } as const;

/** A name beside its party on `side`, or where that side would cut it at the picture's edge, on the opposite side
 * when that fits, else moved inside. */
function besideWithin(node: SceneNode, side: keyof typeof OPPOSITE, w: number, h: number, area: Box): Box {
  const fits = (b: Box) => b.x1 >= area.x1 && b.x2 <= area.x2 && b.y1 >= area.y1 && b.y2 <= area.y2;
  const box = sideBox(node, side, w, h);
  if (fits(box)) return box;
  const other = sideBox(node, OPPOSITE[side], w, h);
  return fits(other) ? other : within(box, area);
}

/**
 * The names of `parties` drawn at the places `placements` gives them (a party missing from it gets its name below):
 * beside the party on that side, or centred at the party's position plus the offset times `scale` (graph units to
 * image units) with a leader line back to the party, or not at all. Only parties inside `area` (the picture) are
 * named, each name moved inside it where it would be cut at its edge; parties not in `nodes` are left out.
 */
export function sceneLabels(
  parties: readonly { id: string; label: string }[],
  nodes: ReadonlyMap<string, SceneNode>,
  placements: ReadonlyMap<string, PartyLabel>,
  scale: number,
  area: Box,
): SceneLabels {
  const out: SceneLabels = { labels: [], leaders: [] };
  for (const { id, label } of parties) {
    const node = nodes.get(id);
    const place = placements.get(id) ?? { place: "beside", side: "bottom" };
    if (!node || place.place === "none") continue;
    if (node.x < area.x1 || node.x > area.x2 || node.y < area.y1 || node.y > area.y2) continue;
    const size = node.style.labelSize;
    const w = textWidth(label, size, node.style.labelBold) + 4;
    const h = size * 1.25;
    let box: Box;
    if (place.place === "beside") box = besideWithin(node, place.side, w, h, area);
    else {
      const centre = { x: node.x + place.offset.x * scale, y: node.y + place.offset.y * scale };
      box = within(
        { x1: centre.x - w / 2, x2: centre.x + w / 2, y1: centre.y - h / 2, y2: centre.y + h / 2 },
        area,
      );
      const line = leader(node, box);
      if (line) out.leaders.push(line);
    }
    out.labels.push({
      text: label,
      x: (box.x1 + box.x2) / 2,
      y: box.y2 - h * 0.25 - 1,
      size,
      bold: node.style.labelBold,
      colour: node.style.labelColour,
      anchor: "middle",
    });
  }
  return out;
}
