// A two-date comparison in words and as a picture: the routes a pair gained, lost and changed (by key), and the
// channels that came into or went out of force across the network, both directions of a pair written once.
import type { ChannelChange, DateComparison } from "../../../analysis/types";
import { agreementName, type Model, partyName } from "../../../model";
import { type Route, routeKey } from "../../../routing";
import { textWidth } from "../text";
import { CHANGE_COLOURS, INK, MUTED } from "./colours";
import { type Drawing, framePanel, type LegendEntry } from "./panelFrame";
import type { Picture, Shape } from "./picture";
import { pairWords, routeKeyWords, settingsWords } from "./words";

export type ComparisonSectionId = "gained" | "lost" | "changed" | "cameIntoForce" | "wentOutOfForce";

export interface ComparisonSection {
  id: ComparisonSectionId;
  title: string;
  colour: string;
  /** One line per route or channel pair, in the comparison's order. */
  items: string[];
}

const codes = (route: Pick<Route, "conditions" | "warnings">) =>
  [...route.conditions, ...route.warnings].map((c) => c.code).join(", ") || "no conditions or warnings";

/** Channels as lines: "TISA: South Korea ↔ United States" when both directions changed alike, else "→". */
export function channelLines(model: Model, changes: readonly ChannelChange[]): string[] {
  const byPair = new Map<string, { change: ChannelChange; both: boolean }>();
  for (const change of changes) {
    const [a, b] = change.from < change.to ? [change.from, change.to] : [change.to, change.from];
    const id = `${change.agreement} ${a} ${b}`;
    const seen = byPair.get(id);
    if (seen) seen.both = true;
    else byPair.set(id, { change, both: false });
  }
  return [...byPair.values()].map(
    ({ change, both }) =>
      `${agreementName(model, change.agreement)}: ${partyName(model, change.from)} ${both ? "↔" : "→"} ${partyName(model, change.to)}`,
  );
}

/** The comparison's five lists as sections with titles in words; empty lists are kept, so "none" can be said. */
export function comparisonSections(model: Model, comparison: DateComparison): ComparisonSection[] {
  const { before, after } = comparison;
  return [
    {
      id: "gained",
      title: `Routes gained by ${after}`,
      colour: CHANGE_COLOURS.gained,
      items: comparison.gained.map((r) => `${routeKeyWords(model, routeKey(r))} (${codes(r)})`),
    },
    {
      id: "lost",
      title: `Routes lost by ${after}`,
      colour: CHANGE_COLOURS.lost,
      items: comparison.lost.map(
        (r) =>
          `${routeKeyWords(model, routeKey(r))}: ${r.reasons.map((x) => x.code).join(", ") || "blocked"}`,
      ),
    },
    {
      id: "changed",
      title: `Routes changed between ${before} and ${after}`,
      colour: CHANGE_COLOURS.changed,
      items: comparison.changed.map(
        (c) => `${routeKeyWords(model, c.key)}: ${codes(c.before)} → ${codes(c.after)}`,
      ),
    },
    {
      id: "cameIntoForce",
      title: "Channels that came into force",
      colour: CHANGE_COLOURS.gained,
      items: channelLines(model, comparison.channels.cameIntoForce),
    },
    {
      id: "wentOutOfForce",
      title: "Channels that went out of force",
      colour: CHANGE_COLOURS.lost,
      items: channelLines(model, comparison.channels.wentOutOfForce),
    },
  ];
}

export const COMPARISON_LEGEND: readonly LegendEntry[] = [
  { label: "Gained, came into force", colour: CHANGE_COLOURS.gained },
  { label: "Lost, went out of force", colour: CHANGE_COLOURS.lost },
  { label: "Changed conditions or warnings", colour: CHANGE_COLOURS.changed },
];

const HEADING = 13;
const ITEM = 12;
const STEP = 18;

/**
 * The sections as a drawing at least `width` wide (wider for a long line): each title with its count, then its lines behind a coloured mark, at
 * most `maxItems` a section (the rest counted in a last line); "none" for an empty section.
 */
export function comparisonDrawing(
  sections: readonly ComparisonSection[],
  width: number,
  maxItems = 30,
): Drawing {
  const shapes: Shape[] = [];
  let y = 0;
  let widest = width;
  for (const section of sections) {
    y += STEP + 4;
    shapes.push({
      kind: "text",
      x: 0,
      y: y - 4,
      text: `${section.title} (${section.items.length})`,
      size: HEADING,
      fill: INK,
      bold: true,
    });
    const shown = section.items.slice(0, maxItems);
    const lines = shown.length === 0 ? ["none"] : shown;
    if (section.items.length > shown.length) lines.push(`… and ${section.items.length - shown.length} more`);
    lines.forEach((line, i) => {
      y += STEP;
      const listed = i < shown.length;
      if (listed) shapes.push({ kind: "rect", x: 2, y: y - 13, width: 10, height: 10, fill: section.colour });
      shapes.push({ kind: "text", x: 18, y: y - 4, text: line, size: ITEM, fill: listed ? INK : MUTED });
      widest = Math.max(widest, 18 + textWidth(line, ITEM));
    });
    y += 4;
  }
  return { width: Math.ceil(widest), height: y, shapes };
}

/** The comparison framed for export: the pair, dates and settings on top, the sections, the legend. */
export function comparisonPicture(model: Model, comparison: DateComparison, width = 640): Picture {
  const { query } = comparison;
  return framePanel(comparisonDrawing(comparisonSections(model, comparison), width), {
    title: `What changed: ${pairWords(model, query.from, query.to)}`,
    lines: [settingsWords(model, query.topic, query), `${comparison.before} against ${comparison.after}`],
    legend: COMPARISON_LEGEND,
  });
}
