// The brokers table as a picture: per party, the pairs that depend on it as sole relay, the pairs with a route
// through it, and its betweenness centrality beside them, each as a number and a bar.
import type { BetweennessRow, Brokerage, BrokerRow } from "../../../analysis/types";
import { type Model, partyName } from "../../../model";
import { textWidth } from "../text";
import { GRID, INK, MUTED } from "./colours";
import { type Drawing, framePanel } from "./panelFrame";
import type { Picture, Shape } from "./picture";
import { settingsWords } from "./words";

/** A party's brokerage with its betweenness. */
export interface BrokerLine extends BrokerRow {
  betweenness: number;
}

/**
 * The brokerage rows (in their order: sole, then on, descending) with each party's betweenness; parties that relay
 * for no pair and lie on no shortest path are left out and counted.
 */
export function brokerLines(
  rows: readonly BrokerRow[],
  betweenness: readonly BetweennessRow[],
): { lines: BrokerLine[]; idle: number } {
  const score = new Map(betweenness.map((b) => [b.party, b.betweenness]));
  const all = rows.map((r) => ({ ...r, betweenness: score.get(r.party) ?? 0 }));
  const lines = all.filter((r) => r.sole > 0 || r.on > 0 || r.betweenness > 0);
  return { lines, idle: all.length - lines.length };
}

/** A column the brokers are ranked by. */
export type BrokerSort = "sole" | "on" | "betweenness";

/**
 * The lines ranked by `by`, highest first; ties go by the other columns in their order (sole, on, betweenness), then
 * keep the order given. A new array.
 */
export function sortBrokerLines(lines: readonly BrokerLine[], by: BrokerSort): BrokerLine[] {
  const keys: BrokerSort[] = [by, ...(["sole", "on", "betweenness"] as const).filter((k) => k !== by)];
  return [...lines].sort((a, b) => {
    for (const k of keys) if (a[k] !== b[k]) return b[k] - a[k];
    return 0;
  });
}

export const BROKER_COLUMNS = [
  { key: "sole", title: "Sole relay (pairs)", colour: "#D55E00" },
  { key: "on", title: "On a route (pairs)", colour: "#E69F00" },
  { key: "betweenness", title: "Betweenness", colour: "#0072B2" },
] as const;

const ROW = 22;
const FONT = 12;
const BAR = 110;
const COLUMN = BAR + 60;

/** The first `max` lines as a drawing: names, then a number and a bar per column, bars scaled to the column's top. */
export function brokersDrawing(model: Model, lines: readonly BrokerLine[], max = 25): Drawing {
  const shown = lines.slice(0, max);
  const names = shown.map((l) => partyName(model, l.party));
  const nameWidth = Math.ceil(
    Math.max(textWidth("Party", FONT, true), ...names.map((n) => textWidth(n, FONT))) + 12,
  );
  const shapes: Shape[] = [{ kind: "text", x: 0, y: 14, text: "Party", size: FONT, fill: INK, bold: true }];
  BROKER_COLUMNS.forEach((column, c) => {
    shapes.push({
      kind: "text",
      x: nameWidth + c * COLUMN,
      y: 14,
      text: column.title,
      size: FONT,
      fill: INK,
      bold: true,
    });
  });
  shapes.push({ kind: "line", x1: 0, y1: 20, x2: nameWidth + 3 * COLUMN, y2: 20, stroke: GRID, width: 1 });
  const top = BROKER_COLUMNS.map((column) => Math.max(0, ...shown.map((l) => l[column.key])));
  shown.forEach((line, i) => {
    const y = 22 + i * ROW;
    shapes.push({ kind: "text", x: 0, y: y + 15, text: names[i]!, size: FONT, fill: INK });
    BROKER_COLUMNS.forEach((column, c) => {
      const value = line[column.key];
      const x = nameWidth + c * COLUMN;
      const length = top[c]! > 0 ? (value / top[c]!) * BAR : 0;
      if (length > 0)
        shapes.push({
          kind: "rect",
          x,
          y: y + 5,
          width: Math.max(1, length),
          height: 12,
          fill: column.colour,
        });
      const text = column.key === "betweenness" ? value.toFixed(3) : String(value);
      shapes.push({ kind: "text", x: x + length + 4, y: y + 15, text, size: FONT, fill: MUTED });
    });
  });
  const more = lines.length - shown.length;
  let height = 22 + shown.length * ROW + 4;
  if (more > 0) {
    height += ROW;
    shapes.push({
      kind: "text",
      x: 0,
      y: height - 8,
      text: `… and ${more} more parties`,
      size: FONT,
      fill: MUTED,
    });
  }
  return { width: nameWidth + 3 * COLUMN, height, shapes };
}

/**
 * The brokers framed for export: topic, date and settings on top, the table (ranked by `by`, as the panel shows it),
 * how brokerage and betweenness differ.
 */
export function brokersPicture(
  model: Model,
  brokerage: Brokerage,
  betweenness: readonly BetweennessRow[],
  explanation: string,
  by: BrokerSort = "sole",
): Picture {
  const { lines, idle } = brokerLines(brokerage.brokers, betweenness);
  const { query } = brokerage;
  return framePanel(brokersDrawing(model, sortBrokerLines(lines, by)), {
    title: `Who brokers on ${query.at}`,
    lines: [
      settingsWords(model, query.topic, query),
      `${idle} other parties relay for no pair and lie on no shortest path`,
    ],
    legend: [],
    notes: [explanation],
  });
}
