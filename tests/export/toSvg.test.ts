// The scene and its SVG, from data alone: the picture of the story on the export fixture, a legend of exactly what
// is drawn, the selected route in its own style (never the blocked one), the sources of the routes drawn, and
// dataset text escaped.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { COLOURS, DASH, type ImageInput, sceneOf, toSvg } from "../../src/export/pure";
import { findRoutes } from "../../src/routing";
import { DIRECT, fixtureModel, RELAY, STORY, storyImage } from "./fixture";

const model = fixtureModel();
const answer = findRoutes(model, STORY);

const input = (extra: Partial<ImageInput> = {}): ImageInput => storyImage(model, answer, extra);

function parse(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (m: string) => errors.push(m),
      fatalError: (m: string) => errors.push(m),
    },
  }).parseFromString(text, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}

type Doc = ReturnType<typeof parse>;
type El = ReturnType<Doc["getElementsByTagName"]>[number];
const all = (doc: Doc, tag = "*") => Array.from(doc.getElementsByTagName(tag)) as El[];
const marksOf = (el: El) => (el.getAttribute("data-marks") ?? "").split(" ").filter(Boolean);
const inside = (el: El, cls: string) => {
  for (let p = el.parentNode as El | null; p; p = p.parentNode as El | null) {
    if (p.getAttribute?.("class") === cls) return true;
  }
  return false;
};
const texts = (doc: Doc, cls: string) =>
  all(doc, "text")
    .filter((t) => inside(t, cls))
    .map((t) => t.textContent ?? "");

describe("the picture of an answer", () => {
  it("draws the selected permitted route in its agreement's style with a halo, never dashed as blocked", () => {
    const doc = parse(toSvg(sceneOf(input())));
    const relay = all(doc, "path").filter((p) => p.getAttribute("data-route") === RELAY);
    expect(relay).toHaveLength(2);
    for (const stroke of relay) {
      expect(marksOf(stroke)).toEqual(["selected", "kind-arrangement", "line-non-binding"]);
      expect(stroke.getAttribute("stroke")).not.toBe(COLOURS.blocked);
      expect(stroke.getAttribute("stroke-dasharray")).not.toBe(DASH.blocked.join(" "));
    }
    const direct = all(doc, "path").filter((p) => p.getAttribute("data-route") === DIRECT);
    expect(direct.map(marksOf)).toEqual([["route-light", "kind-security-agreement", "line-binding"]]);
    // Each hop carries its route's number.
    const badges = all(doc, "g").filter((g) => marksOf(g).includes("badge") && inside(g, "picture"));
    expect(badges.map((b) => `${b.getAttribute("data-route")}=${b.textContent}`).sort()).toEqual([
      `${DIRECT}=1`,
      `${RELAY}=2`,
      `${RELAY}=2`,
    ]);
  });

  it("has a legend of exactly the marks inside the picture", () => {
    for (const extra of [{}, { showBlocked: true }, { emphasis: "all" as const }, { answer: null }]) {
      const doc = parse(toSvg(sceneOf(input(extra))));
      const legend = new Set(
        all(doc, "g")
          .filter((g) => g.getAttribute("class") === "legend-entry")
          .flatMap(marksOf),
      );
      const drawn = new Set(
        all(doc)
          .filter((el) => inside(el, "picture"))
          .flatMap(marksOf),
      );
      for (const mark of legend) expect(drawn, `legend entry ${mark}`).toContain(mark);
      // "State" is said only beside "Organisation".
      for (const mark of drawn)
        if (mark !== "state" || drawn.has("organisation")) expect(legend, `mark ${mark}`).toContain(mark);
    }
  });

  it("draws blocked candidates only when asked, in the blocked style with a × where blocked", () => {
    const quiet = parse(toSvg(sceneOf(input())));
    expect(all(quiet, "path").filter((p) => marksOf(p).includes("blocked"))).toEqual([]);
    const shown = parse(toSvg(sceneOf(input({ showBlocked: true }))));
    const blocked = all(shown, "path").filter((p) => marksOf(p).includes("blocked"));
    expect(blocked.length).toBeGreaterThan(0);
    for (const stroke of blocked) {
      expect(stroke.getAttribute("stroke")).toBe(COLOURS.blocked);
      expect(stroke.getAttribute("stroke-dasharray")).toBe(DASH.blocked.join(" "));
    }
    expect(texts(shown, "legend")).toContain("Blocked candidate (× where blocked)");
  });

  it("titles the question, says the answer and credits the sources of the routes drawn and the dataset", () => {
    const doc = parse(toSvg(sceneOf(input({ permalink: "https://liaison.example/?from=KOR&to=JPN" }))));
    const caption = texts(doc, "caption").join(" ");
    expect(caption).toContain("South Korea → Japan · NK missiles · 19 November 2017");
    expect(caption).toContain("(2) relayed via the United States under TISA, with South Korea's approval.");
    expect(caption).toContain("Sources: Test ministry, 2016-11-23; Test agency.");
    expect(caption).toContain(
      "Data: Export fixture <three & more>. Made with Liaison. https://liaison.example/?from=KOR&to=JPN",
    );
    expect(all(doc, "title")[0]!.textContent).toBe("South Korea → Japan · NK missiles · 19 November 2017");
  });

  it("escapes dataset text, and draws no background when transparent", () => {
    const svg = toSvg(sceneOf(input({ background: "transparent" })));
    expect(svg).toContain("Export fixture &lt;three &amp; more&gt;");
    expect(svg).not.toContain("<three");
    expect(svg).not.toContain('fill="#ffffff"/>\n<defs>');
    const white = toSvg(sceneOf(input()));
    expect(white).toMatch(/<rect width="960" height="[\d.]+" fill="#ffffff"\/>/);
  });

  it("draws the map under the picture, dropping paths that are not path data and colours that are not colours", () => {
    const backdrop = [
      { id: "sphere", d: "M0,0L400,0L400,300Z", fill: "#fbfcfd" },
      { id: "bad", d: "M0,0 url(javascript:alert(1))", fill: "#eef1f4" },
      { id: "410", d: "M10,10L20,20Z", fill: 'red" onload="x', stroke: "#ffffff", strokeWidth: 0.8 },
    ];
    const svg = toSvg(sceneOf(input({ backdrop })));
    expect(svg).toContain('d="M0,0L400,0L400,300Z"');
    expect(svg).not.toContain("javascript");
    expect(svg).not.toContain("onload");
    expect(svg).toMatch(/<g class="backdrop" transform="translate\([\d.,-]+\) scale\([\d.]+\)">/);
  });

  it("shows a view's box at its zoom at screen size, and fits it into a preset", () => {
    const view = { kind: "view" as const, box: { x1: -50, y1: -50, x2: 350, y2: 250 }, zoom: 2 };
    const screen = sceneOf(input({ area: view, size: { kind: "screen", scale: 1 } }));
    expect(screen.frame.graph).toMatchObject({ width: 800, height: 600 });
    const kor = screen.nodes.find((n) => n.id === "KOR")!;
    expect([kor.x - screen.frame.graph.x, kor.y - screen.frame.graph.y]).toEqual([100, 100]);
    const slide = sceneOf(input({ area: view, size: { kind: "preset", preset: "slide" } }));
    expect([slide.frame.pixelWidth, slide.frame.pixelHeight]).toEqual([1920, 1080]);
  });
});
