// Writes src/export/pure/fontMetrics.ts: the advance widths of the shipped Liberation Sans (regular and bold) for
// the characters image text uses, so that captions and legends are measured without a DOM or a font file.
// Run: npx tsx scripts/writeFontMetrics.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The characters measured: ASCII, Latin-1 and Latin Extended-A, general punctuation, and the arrow. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2190, 0x2193],
];

function advances(file: string): Map<number, number> {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString("latin1", at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file}: no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table("head") + 18);
  const metrics = font.readUInt16BE(table("hhea") + 34);
  const hmtx = table("hmtx");
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1));
  // The Windows Unicode BMP subtable (platform 3, encoding 1), format 4.
  const cmap = table("cmap");
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
      sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error(`${file}: no format 4 Unicode cmap`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const offsets = deltas + segments * 2;
  const glyphOf = (code: number): number => {
    for (let s = 0; s < segments; s++) {
      if (code > font.readUInt16BE(ends + s * 2)) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = font.readInt16BE(deltas + s * 2);
      const rangeAt = offsets + s * 2;
      const range = font.readUInt16BE(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const out = new Map<number, number>();
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) {
      const glyph = glyphOf(code);
      if (glyph !== 0) out.set(code, Math.round((advanceOf(glyph) * 1000) / unitsPerEm));
    }
  }
  return out;
}

function table(widths: Map<number, number>): string {
  const rows = [...widths].map(([code, w]) => `[${code}, ${w}]`);
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i += 10) lines.push(`    ${rows.slice(i, i + 10).join(", ")},`);
  return lines.join("\n");
}

const fonts = join(ROOT, "assets", "fonts");
const regular = advances(join(fonts, "LiberationSans-Regular.ttf"));
const bold = advances(join(fonts, "LiberationSans-Bold.ttf"));
const text = `// Advance widths of Liberation Sans (assets/fonts), in thousandths of an em, by code point: image text is measured
// with them, and Arial and Helvetica share the same widths. Written by scripts/writeFontMetrics.ts; do not edit.

/** [code point, width] pairs of the regular face. */
export const REGULAR_WIDTHS: readonly (readonly [number, number])[] = [
${table(regular)}
];

/** [code point, width] pairs of the bold face. */
export const BOLD_WIDTHS: readonly (readonly [number, number])[] = [
${table(bold)}
];
`;
writeFileSync(join(ROOT, "src", "export", "pure", "fontMetrics.ts"), text);
console.log(`wrote ${regular.size} regular and ${bold.size} bold widths`);
