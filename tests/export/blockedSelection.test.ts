// A selected route that is blocked on the date, exported: drawn emphasised in the blocked style, apart from the other
// blocked candidates, listed in the legend only when drawn, and named with its reasons in the subtitle.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { COLOURS, captionFor, type ImageInput, pictureOf, sceneOf, toSvg } from "../../src/export/pure";
import { findRoutes, routeKey } from "../../src/routing";
import { DIRECT, fixtureModel, POSITIONS, RELAY, STORY, storyImage } from "./fixture";

const model = fixtureModel();
// Before TISA comes into force (2014-12-29) and GSOMIA (2016-11-23): nothing is permitted, the relay is blocked.
const JUNE_2014 = { ...STORY, at: "2014-06-01" };
const answer = findRoutes(model, JUNE_2014);

const input = (extra: Partial<ImageInput> = {}): ImageInput =>
  storyImage(model, answer, { showBlocked: true, ...extra });

const doc = (extra: Partial<ImageInput> = {}) =>
  new DOMParser().parseFromString(toSvg(sceneOf(input(extra))), "image/svg+xml");
type Doc = ReturnType<typeof doc>;
type El = ReturnType<Doc["getElementsByTagName"]>[number];
const all = (d: Doc, tag = "*") => Array.from(d.getElementsByTagName(tag)) as El[];
const marksOf = (el: El) => (el.getAttribute("data-marks") ?? "").split(" ").filter(Boolean);
const within = (el: El, cls: string) => {
  for (let p = el.parentNode as El | null; p; p = p.parentNode as El | null)
    if (p.getAttribute?.("class") === cls) return true;
  return false;
};
const legendMarks = (d: Doc) =>
  all(d, "g")
    .filter((g) => g.getAttribute("class") === "legend-entry")
    .flatMap(marksOf);
const captionText = (d: Doc) =>
  all(d, "text")
    .filter((t) => within(t, "caption"))
    .map((t) => t.textContent ?? "")
    .join(" ");

describe("a selected blocked route in an exported image", () => {
  it("is blocked on the fixture's date, with other blocked candidates beside it", () => {
    expect(answer.routes).toEqual([]);
    expect(answer.blocked.map((r) => routeKey(r))).toContain(RELAY);
    expect(answer.blocked.length).toBeGreaterThan(1);
  });

  it("draws its hops in a role of its own, keyed to it, each marked where blocked; no candidate over them", () => {
    const picture = pictureOf({ ...input(), placed: new Set(POSITIONS.keys()) });
    const own = picture.lines.filter((l) => l.role === "selected-blocked");
    expect(own.map((l) => `${l.from}>${l.to} ${l.routeKey} ${l.blocks ?? false}`)).toEqual([
      `KOR>USA ${RELAY} true`,
      `USA>JPN ${RELAY} true`,
    ]);
    const others = picture.lines.filter((l) => l.role === "blocked");
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((l) => `${l.agreement!.id}:${l.from}>${l.to}`)).not.toContain("tisa:KOR>USA");
    expect(routeKey(picture.blockedSelection!)).toBe(RELAY);
    // The United States is the relay it would pass through, not a hub that relays.
    expect(picture.nodes.find((n) => n.id === "USA")).toMatchObject({ role: "relay", hub: false });
  });

  it("draws its lines with their own mark, wider than the other blocked candidates, haloed, with arrows and ×", () => {
    const d = doc();
    const paths = all(d, "path").filter((p) => within(p, "picture"));
    const own = paths.filter((p) => marksOf(p).includes("selected-blocked"));
    const others = paths.filter((p) => marksOf(p).includes("blocked"));
    expect(own).toHaveLength(2);
    expect(others.length).toBeGreaterThan(0);
    const width = (p: El) => Number(p.getAttribute("stroke-width"));
    for (const line of own) {
      expect(line.getAttribute("data-route")).toBe(RELAY);
      expect(line.getAttribute("stroke")).toBe(COLOURS.blocked);
      expect(line.getAttribute("stroke-dasharray")).not.toBeNull();
      for (const other of others) expect(width(line)).toBeGreaterThan(width(other));
      // The halo is drawn just before the line, along the same path, in the route halo's colour.
      const halo = paths[paths.indexOf(line) - 1]!;
      expect(halo.getAttribute("d")).toBe(line.getAttribute("d"));
      expect(halo.getAttribute("stroke")).toBe(COLOURS.routeHalo);
    }
    // Two arrowheads in the blocked colour, one at the end of each hop.
    const arrows = all(d, "polygon").filter(
      (p) => within(p, "picture") && p.getAttribute("fill") === COLOURS.blocked,
    );
    expect(arrows).toHaveLength(2);
  });

  it("has a legend entry exactly when it is drawn", () => {
    const label = "Selected route, blocked (× where blocked)";
    const legendTexts = (d: Doc) =>
      all(d, "text")
        .filter((t) => within(t, "legend"))
        .map((t) => t.textContent);
    const shown = doc();
    expect(legendMarks(shown)).toContain("selected-blocked");
    expect(legendMarks(shown)).toContain("blocked");
    expect(legendTexts(shown)).toContain(label);
    expect(legendTexts(doc({ showBlocked: false }))).toContain(label);
    // Not selected, or every route drawn alike (where a blocked selection is not drawn): no entry.
    for (const extra of [
      { selected: null },
      { emphasis: "all" as const },
      { selected: null, showBlocked: false },
    ]) {
      const d = doc(extra);
      expect(legendMarks(d), JSON.stringify(extra)).not.toContain("selected-blocked");
      expect(
        all(d, "path").some((p) => marksOf(p).includes("selected-blocked")),
        JSON.stringify(extra),
      ).toBe(false);
    }
  });

  it("has a legend of exactly the marks inside the picture, with or without the other candidates", () => {
    for (const extra of [{}, { showBlocked: false }]) {
      const d = doc(extra);
      const drawn = new Set(
        all(d)
          .filter((el) => within(el, "picture"))
          .flatMap(marksOf)
          .filter((m) => m !== "state"),
      );
      // "State" is said beside "Organisation" (NATO), which the picture draws.
      const legend = new Set(legendMarks(d).filter((m) => m !== "state"));
      expect(legend, JSON.stringify(extra)).toEqual(drawn);
    }
  });

  it("is named after the answer in the subtitle, with its reason in brief", () => {
    const words =
      "Shown: relayed via the United States under TISA, blocked: TISA not in force on 1 June 2014.";
    expect(captionText(doc())).toContain(words);
    const picture = pictureOf({ ...input(), placed: new Set(POSITIONS.keys()) });
    const caption = captionFor(
      model,
      JUNE_2014.at,
      answer,
      picture.routes,
      undefined,
      picture.blockedSelection,
    );
    expect(caption.subtitle.startsWith("No permitted route")).toBe(true);
    expect(caption.subtitle.endsWith(` ${words}`)).toBe(true);
    // Without the selection drawn, the subtitle says nothing of it.
    expect(captionText(doc({ selected: null }))).not.toContain("Shown:");
    expect(captionText(doc({ emphasis: "all" }))).not.toContain("Shown:");
  });

  it("says it is also shown beside the permitted routes, with the scenario's reason", () => {
    const off = findRoutes(model, STORY, { disable: ["tisa"] });
    expect(off.routes.map((r) => routeKey(r))).toEqual([DIRECT]);
    const d = doc({ answer: off, at: STORY.at, disabled: ["tisa"], showBlocked: false });
    expect(captionText(d)).toContain(
      "1 permitted route: (1) direct under Japan–ROK GSOMIA. Also shown: relayed via the United States under TISA, blocked: TISA switched off by the scenario.",
    );
    expect(all(d, "path").filter((p) => marksOf(p).includes("selected-blocked"))).toHaveLength(2);
  });

  it("leaves a selected permitted route as it was: drawn selected, no words after the answer", () => {
    const d = doc({ answer: findRoutes(model, STORY), at: STORY.at, showBlocked: false });
    expect(all(d, "path").filter((p) => marksOf(p).includes("selected"))).toHaveLength(2);
    expect(legendMarks(d)).not.toContain("selected-blocked");
    expect(captionText(d)).not.toMatch(/shown:/i);
  });
});
