// Measuring and wrapping image text without a DOM: widths from Liberation Sans, the face the command line draws
// with, whose widths Arial and Helvetica share, so a browser draws the same lines.
import type { Box } from "../../geo";
import { BOLD_WIDTHS, REGULAR_WIDTHS } from "./fontMetrics";

/** The faces an image names, Liberation Sans first (shipped in assets/fonts for the command line's PNG). */
export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";

/** A line of text placed in an image. */
export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  colour: string;
  anchor?: "start" | "middle" | "end";
}

const REGULAR = new Map(REGULAR_WIDTHS);
const BOLD = new Map(BOLD_WIDTHS);
/** Characters the table lacks: an em for wide scripts (CJK and beyond), else a wide Latin letter. */
const wide = (code: number) => (code >= 0x2e80 ? 1000 : 667);

/** The width of `text` at font `size` in image units; empty text is 0 wide. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += table.get(code) ?? wide(code);
  }
  return (units * size) / 1000;
}

/** The box a placed line of text covers: its width as measured, from cap height above the baseline to descenders. */
export function textBox(line: TextLine): Box {
  const w = textWidth(line.text, line.size, line.bold);
  const x1 = line.anchor === "middle" ? line.x - w / 2 : line.anchor === "end" ? line.x - w : line.x;
  return { x1, y1: line.y - line.size * 0.8, x2: x1 + w, y2: line.y + line.size * 0.25 };
}

/** A word wider than `width` cut into pieces that fit (a long web address), so no line runs out of the image. */
function splitWord(word: string, size: number, width: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (piece && textWidth(piece + ch, size, bold) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * `text` broken at spaces into lines no wider than `width`; a word wider than a line is cut where it must be.
 * Empty text gives no lines.
 */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = textWidth(word, size, bold) > width ? splitWord(word, size, width, bold) : [word];
    for (const piece of pieces) {
      const next = line ? `${line} ${piece}` : piece;
      if (line && textWidth(next, size, bold) > width) {
        lines.push(line);
        line = piece;
      } else line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
