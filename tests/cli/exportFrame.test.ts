// `export --format svg` frames its map on what it draws prominently: on 1 June 2014, with TISA not yet in force, the
// selected TISA relay is blocked, and its intermediary, the United States, is inside the picture's clip.
import { describe, expect, it } from "vitest";
import { exportSvg, type SvgDoc, type SvgEl } from "./fixtures";

const all = (doc: SvgDoc, tag: string) => Array.from(doc.getElementsByTagName(tag)) as SvgEl[];
const num = (el: SvgEl, name: string) => Number(el.getAttribute(name));

/** The picture's clip (the map's area, legend and caption aside) and where each party's mark is, from the SVG. */
function read(doc: SvgDoc) {
  const clip = all(doc, "clipPath").find((c) => c.getAttribute("id") === "picture");
  const rect = clip && (Array.from(clip.getElementsByTagName("rect")) as SvgEl[])[0];
  if (!rect) throw new Error("no clip rectangle for the picture");
  const [x, y] = [num(rect, "x"), num(rect, "y")];
  const box = { x1: x, y1: y, x2: x + num(rect, "width"), y2: y + num(rect, "height") };
  const parties = new Map<string, { x: number; y: number }>();
  for (const c of all(doc, "circle")) {
    const id = c.getAttribute("data-party");
    if (id && !parties.has(id)) parties.set(id, { x: num(c, "cx"), y: num(c, "cy") });
  }
  const inside = (id: string) => {
    const p = parties.get(id);
    return p !== undefined && p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
  };
  return { inside };
}

const JUNE_2014 = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2014-06-01"];
const TISA = ["--route", "KOR>USA>JPN:tisa+tisa"];

describe("export --format svg frames the routes it draws prominently", () => {
  it("places the United States, intermediary of the selected blocked TISA relay, inside the picture's clip", () => {
    const picture = read(exportSvg(...JUNE_2014, ...TISA));
    for (const id of ["KOR", "JPN", "USA"]) expect(picture.inside(id), id).toBe(true);
  });

  it("frames the blocked candidates' intermediaries with --show-blocked", () => {
    const picture = read(exportSvg(...JUNE_2014, "--show-blocked"));
    for (const id of ["KOR", "JPN", "USA"]) expect(picture.inside(id), id).toBe(true);
  });

  it("frames South Korea and Japan alone when nothing but context reaches the United States", () => {
    // No route permitted, none selected, no blocked candidate drawn: Washington is context, off the picture.
    const picture = read(exportSvg(...JUNE_2014));
    expect(picture.inside("KOR")).toBe(true);
    expect(picture.inside("JPN")).toBe(true);
    expect(picture.inside("USA")).toBe(false);
  });
});
