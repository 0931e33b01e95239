// The frame of an image: sizes people ask for, the legend beside or below by shape, credits wrapped and never cut
// inside an entry, and the browser's canvas limits.
import { describe, expect, it } from "vitest";
import { checkCanvasSize, ExportError } from "../../src/export/browser/exportImage";
import {
  type Caption,
  LEGEND_ENTRIES,
  layoutFrame,
  sourceLines,
  targetOf,
  textWidth,
  wrapText,
} from "../../src/export/pure";

const CAPTION: Caption = {
  title: "South Korea → Japan · North Korean missiles · 19 November 2017",
  subtitle:
    "2 permitted routes: (1) direct under Japan–ROK GSOMIA; (2) relayed via the United States under TISA.",
  sources: [
    { text: "Ministry of Foreign Affairs of Japan, 2016-11-23", count: 2 },
    { text: "US Department of Defense, 2014-12-28", count: 1 },
  ],
  dataset: "Test dataset",
};
const LEGEND = LEGEND_ENTRIES.slice(0, 8);

describe("targetOf", () => {
  it("gives presets their pixels and lays them out at most 960 units wide", () => {
    expect(targetOf({ kind: "preset", preset: "slide" })).toEqual({
      pixelWidth: 1920,
      pixelHeight: 1080,
      density: 2,
      width: 960,
      height: 540,
    });
    expect(targetOf({ kind: "preset", preset: "article" })).toMatchObject({ pixelWidth: 1200, width: 960 });
    expect(targetOf({ kind: "preset", preset: "article" })!.pixelHeight).toBeUndefined();
    expect(targetOf({ kind: "preset", preset: "square", width: 540 })).toMatchObject({
      pixelWidth: 540,
      pixelHeight: 540,
      width: 540,
      density: 1,
    });
    expect(targetOf({ kind: "width", width: 300 })).toMatchObject({
      pixelWidth: 300,
      width: 480,
      density: 0.625,
    });
    expect(targetOf({ kind: "screen", scale: 2 })).toBeNull();
  });

  it("refuses a width or scale that is not a positive number", () => {
    expect(() => targetOf({ kind: "width", width: 0 })).toThrow(RangeError);
    expect(() => targetOf({ kind: "width", width: Number.NaN })).toThrow(/positive number of pixels/);
    expect(() => targetOf({ kind: "screen", scale: -1 })).toThrow(RangeError);
  });
});

describe("layoutFrame", () => {
  it("at screen size keeps the picture's size, with the legend beside a picture taller than it", () => {
    const frame = layoutFrame({
      caption: CAPTION,
      legend: LEGEND,
      natural: { width: 700, height: 500, scale: 2 },
      aspect: 1.4,
    });
    expect(frame.graph).toMatchObject({ width: 700, height: 500 });
    expect(frame.legend!.x).toBeGreaterThan(frame.graph.x + 700);
    expect(frame.legend!.y).toBe(frame.graph.y);
    expect([frame.pixelWidth, frame.pixelHeight]).toEqual([frame.width * 2, frame.height * 2]);
    const [title, subtitle] = frame.text;
    expect(title!.text).toBe(CAPTION.title);
    expect(title!.bold).toBe(true);
    expect(subtitle!.y).toBeLessThan(frame.graph.y);
    expect(frame.text.at(-1)!.y).toBeGreaterThan(frame.graph.y + 500);
  });

  it("fills a slide exactly, legend beside; a square, legend below in columns", () => {
    const slide = layoutFrame({
      caption: CAPTION,
      legend: LEGEND,
      target: targetOf({ kind: "preset", preset: "slide" })!,
      aspect: 1.6,
    });
    expect([slide.pixelWidth, slide.pixelHeight, slide.width, slide.height]).toEqual([1920, 1080, 960, 540]);
    expect(slide.legend!.x).toBeGreaterThan(slide.graph.x + slide.graph.width);
    expect(slide.text.at(-1)!.y).toBeLessThan(540);
    const square = layoutFrame({
      caption: CAPTION,
      legend: LEGEND,
      target: targetOf({ kind: "preset", preset: "square" })!,
      aspect: 1.6,
    });
    expect([square.pixelWidth, square.pixelHeight]).toEqual([1080, 1080]);
    expect(square.legend!.y).toBeGreaterThan(square.graph.y + square.graph.height);
    const columns = new Set(square.legend!.items.map((i) => i.swatch.x));
    expect(columns.size).toBeGreaterThan(1);
  });

  it("gives an article the width asked and a height that follows the picture", () => {
    const wide = layoutFrame({
      caption: CAPTION,
      legend: LEGEND,
      target: targetOf({ kind: "preset", preset: "article" })!,
      aspect: 2,
    });
    const tall = layoutFrame({
      caption: CAPTION,
      legend: LEGEND,
      target: targetOf({ kind: "preset", preset: "article" })!,
      aspect: 0.8,
    });
    expect(wide.pixelWidth).toBe(1200);
    expect(tall.pixelHeight).toBeGreaterThan(wide.pixelHeight);
    expect(Math.abs(wide.pixelHeight - Math.round(wide.height * 1.25))).toBeLessThanOrEqual(1);
  });

  it("keeps every line within the width and has no legend without entries", () => {
    const frame = layoutFrame({
      caption: CAPTION,
      legend: [],
      target: targetOf({ kind: "width", width: 480 })!,
      aspect: 1,
    });
    expect(frame.legend).toBeNull();
    for (const line of frame.text)
      expect(line.x + textWidth(line.text, line.size, line.bold)).toBeLessThanOrEqual(
        frame.width - 22 + 0.01,
      );
  });
});

describe("sourceLines", () => {
  const many = Array.from({ length: 30 }, (_, i) => ({
    text: `Publisher number ${i + 1}, 2017-0${(i % 9) + 1}-01`,
    count: 2,
  }));

  it("lists every source when they fit in three lines", () => {
    expect(sourceLines(CAPTION, 900)).toEqual([
      "Sources: Ministry of Foreign Affairs of Japan, 2016-11-23; US Department of Defense, 2014-12-28.",
    ]);
  });

  it("ends a long list with whole entries and how many more sources there are, with the permalink", () => {
    const link = "https://liaison.example/?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
    const lines = sourceLines({ sources: many, permalink: link }, 600);
    const text = lines.join(" ");
    const shown = [...text.matchAll(/Publisher number (\d+),/g)].length;
    expect(shown).toBeGreaterThan(2);
    expect(text).toContain(`; and ${(30 - shown) * 2} more sources, listed at ${link}.`);
    // Never cut inside an entry: each one named is whole.
    for (const m of text.matchAll(/Publisher number (\d+), ([\d-]+)[;.]/g))
      expect(m[2]).toMatch(/^2017-0\d-01$/);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(sourceLines({ sources: many }, 600).join(" ")).toMatch(
      /more sources, listed with the routes in Liaison\.$/,
    );
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width, keeping every word, and cuts a word longer than a line", () => {
    const text = "Sources: Japan MOFA; ROK MND; Yonhap News Agency; Korea JoongAng Daily; The Japan Times";
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    const url = `https://example.org/${"x".repeat(200)}`;
    const pieces = wrapText(url, 12, 200);
    expect(pieces.join("")).toBe(url);
    for (const piece of pieces) expect(textWidth(piece, 12)).toBeLessThanOrEqual(200);
  });

  it("measures with Liberation Sans widths (Arial's): a space is 0.278 em, W 0.944 em", () => {
    expect(textWidth(" ", 1000)).toBe(278);
    expect(textWidth("W", 1000)).toBe(944);
    expect(textWidth("W", 1000, true)).toBe(944);
  });
});

describe("checkCanvasSize", () => {
  it("accepts what browsers can draw", () => {
    expect(() => checkCanvasSize(16_384, 16_384)).not.toThrow();
    expect(() => checkCanvasSize(1, 1)).not.toThrow();
  });

  it("refuses more than 16,384 px a side or 268 million pixels, saying how large it would be", () => {
    expect(() => checkCanvasSize(16_385, 100)).toThrow(ExportError);
    expect(() => checkCanvasSize(100, 20_000)).toThrow(/100 × 20,000 px/);
    expect(() => checkCanvasSize(16_384, 16_385)).toThrow(/smaller size/);
  });

  it("refuses an empty image", () => {
    expect(() => checkCanvasSize(0, 10)).toThrow(ExportError);
    expect(() => checkCanvasSize(Number.NaN, 10)).toThrow(ExportError);
  });
});
