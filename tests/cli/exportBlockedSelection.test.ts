// `export --format svg` of the 2014 TISA relay on the default dataset: blocked on 1 June 2014 (TISA not yet in force),
// selected, it is drawn in a style of its own, listed in the legend and named with its reason in the subtitle.
import { describe, expect, it } from "vitest";
import { exportSvg, type SvgDoc, type SvgEl } from "./fixtures";

const groupTexts = (doc: SvgDoc, cls: string) =>
  (Array.from(doc.getElementsByTagName("g")) as SvgEl[])
    .filter((g) => g.getAttribute("class") === cls)
    .flatMap((g) => (Array.from(g.getElementsByTagName("text")) as SvgEl[]).map((t) => t.textContent ?? ""));
const marked = (doc: SvgDoc, mark: string) =>
  (Array.from(doc.getElementsByTagName("path")) as SvgEl[]).filter((p) =>
    (p.getAttribute("data-marks") ?? "").split(" ").includes(mark),
  );

const JUNE_2014 = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2014-06-01"];
const TISA = "KOR>USA>JPN:tisa+tisa";
const LEGEND = "Selected route, blocked (× where blocked)";
const WORDS = "Shown: relayed via the United States under TISA, blocked: TISA not in force on 1 June 2014.";

describe("export --format svg of a selected blocked route", () => {
  it("names the TISA relay and its reason in the subtitle, draws it and lists it in the legend", () => {
    const doc = exportSvg(...JUNE_2014, "--route", TISA);
    // The caption wraps at spaces: its lines joined give the subtitle back.
    expect(groupTexts(doc, "caption").join(" ")).toContain(WORDS);
    expect(groupTexts(doc, "legend")).toContain(LEGEND);
    const lines = marked(doc, "selected-blocked");
    expect(lines.map((l) => l.getAttribute("data-route"))).toEqual([TISA, TISA]);
  });

  it("draws it wider than the blocked candidates shown beside it", () => {
    const doc = exportSvg(...JUNE_2014, "--route", TISA, "--show-blocked");
    const own = marked(doc, "selected-blocked").map((p) => Number(p.getAttribute("stroke-width")));
    const others = marked(doc, "blocked").map((p) => Number(p.getAttribute("stroke-width")));
    expect(own).toHaveLength(2);
    expect(others.length).toBeGreaterThan(0);
    expect(Math.min(...own)).toBeGreaterThan(Math.max(...others));
    expect(groupTexts(doc, "legend")).toEqual(
      expect.arrayContaining([LEGEND, "Blocked candidate (× where blocked)"]),
    );
  });

  it("says nothing of it with no route selected", () => {
    const doc = exportSvg(...JUNE_2014, "--show-blocked");
    expect(groupTexts(doc, "caption").join(" ")).not.toContain("Shown:");
    expect(groupTexts(doc, "legend")).not.toContain(LEGEND);
    expect(marked(doc, "selected-blocked")).toEqual([]);
  });
});
