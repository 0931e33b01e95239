// The legend part of our SVG: a box with, for each entry, its swatch drawn with the picture's own marks and its
// words; each entry carries the mark it explains.
import type { Frame } from "./frame";
import type { Swatch } from "./imageLegend";
import { attr, badgeSvg, marksAttr, partySvg, styledLine, text } from "./svgParts";

function swatchSvg(swatch: Swatch, x: number, y: number, width: number): string[] {
  switch (swatch.type) {
    case "badge":
      return [badgeSvg(x + width / 2, y, 8, swatch.text)];
    case "node": {
      const r = Math.min(swatch.style.radius, 7);
      return partySvg(
        x + width / 2,
        y,
        swatch.organisation ? r * 1.5 : r,
        r,
        swatch.style,
        swatch.organisation,
        swatch.ring,
      );
    }
    case "line": {
      const { style } = swatch;
      const end = x + width - 2;
      if (!style.arrow)
        return styledLine(
          [
            { x: x + 2, y },
            { x: end, y },
          ],
          style,
          "",
          undefined,
          swatch.cross ? { x: x + width / 2, y } : undefined,
        );
      const length = 5 + style.width * 1.6;
      const half = 2.5 + style.width * 0.9;
      const arrow = [
        { x: end, y },
        { x: end - length, y: y - half },
        { x: end - length, y: y + half },
      ];
      return styledLine(
        [
          { x: x + 2, y },
          { x: end - length + 0.5, y },
        ],
        style,
        "",
        arrow,
        swatch.cross ? { x: (x + end - length) / 2, y } : undefined,
      );
    }
  }
}

/** The legend box and its entries, in design units; nothing without a legend. */
export function legendSvg(frame: Frame): string[] {
  const legend = frame.legend;
  if (!legend) return [];
  return [
    '<g class="legend">',
    `<rect${attr("x", legend.x)}${attr("y", legend.y)}${attr("width", legend.width)}${attr("height", legend.height)} rx="4" fill="#ffffff" fill-opacity="0.92" stroke="#c8ccd0"/>`,
    ...legend.items.flatMap(({ entry, swatch, text: label }) => [
      `<g class="legend-entry"${marksAttr([entry.mark])}>`,
      ...swatchSvg(entry.swatch, swatch.x, swatch.y, swatch.width),
      text(label),
      "</g>",
    ]),
    "</g>",
  ];
}
