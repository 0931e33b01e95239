// `export --format svg` of the 2017 story on the default dataset: the direct South Korea → Japan hop, a few units
// long on a map framed for the relay via the United States, is enlarged in an inset; a query whose hops are all long
// has none, and --no-inset leaves it out.
import { describe, expect, it } from "vitest";
import { exportSvg, type SvgDoc, type SvgEl } from "./fixtures";

const insets = (doc: SvgDoc) =>
  (Array.from(doc.getElementsByTagName("g")) as SvgEl[]).filter((g) => g.getAttribute("class") === "inset");
const textsIn = (el: SvgEl) =>
  (Array.from(el.getElementsByTagName("text")) as SvgEl[]).map((t) => t.textContent ?? "");

const STORY = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2017-11-19"];

describe("export --format svg draws an inset for a hop too short to read", () => {
  it("enlarges South Korea and Japan in the story, with its caption, parties and route number", () => {
    const [inset, ...more] = insets(exportSvg(...STORY, "--route", "KOR>USA>JPN:tisa+tisa"));
    expect(more).toEqual([]);
    const texts = textsIn(inset!);
    expect(texts).toContain("Enlarged: South Korea – Japan");
    expect(texts).toEqual(expect.arrayContaining(["South Korea", "Japan", "1"]));
    const parties = (Array.from(inset!.getElementsByTagName("circle")) as SvgEl[]).flatMap(
      (c) => c.getAttribute("data-inset-party") || [],
    );
    expect(parties).toEqual(expect.arrayContaining(["KOR", "JPN"]));
    expect(parties).not.toContain("USA");
  });

  it("draws none for a query whose hops are all long, nor with --no-inset", () => {
    expect(
      insets(exportSvg("--from", "USA", "--to", "NZL", "--topic", "general-military", "--at", "2017-11-19")),
    ).toEqual([]);
    expect(insets(exportSvg(...STORY, "--no-inset"))).toEqual([]);
  });
});
