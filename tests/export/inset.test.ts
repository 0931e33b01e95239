// The inset of an exported picture: which hops are too short to read, which parties one inset enlarges, the corner
// it goes in, its caption, and the scene and SVG that hold it (or not) for the export fixture.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  captionText,
  type ImageInput,
  insetParties,
  nodeStyle,
  type PictureLine,
  placeInset,
  type SceneNode,
  SHORT_HOP,
  sceneOf,
  shortHops,
  toSvg,
} from "../../src/export/pure";
import { findRoutes } from "../../src/routing";
import { fixtureModel, STORY, storyImage } from "./fixture";

/** A sender or receiver's dot (radius 9) at (x, y). */
function party(id: string, x: number, y: number): SceneNode {
  const style = nodeStyle("endpoint");
  return { id, marks: ["endpoint", "state"], x, y, rx: 9, ry: 9, organisation: false, ring: false, style };
}

function hop(from: string, to: string, number: number | undefined): PictureLine {
  return {
    from,
    to,
    role: number === undefined ? "context" : "route",
    kind: "security-agreement",
    nature: "binding",
    ...(number === undefined ? {} : { routeKey: `${from}>${to}:x`, number }),
  };
}

/** Seoul and Tokyo 50 units apart (32 between their dots), Washington far off, Paris and Berlin close in Europe. */
const MAP = new Map(
  [
    party("KOR", 100, 300),
    party("JPN", 150, 300),
    party("USA", 700, 320),
    party("FRA", 500, 100),
    party("DEU", 530, 90),
  ].map((n) => [n.id, n]),
);
const AREA = { x1: 0, y1: 0, x2: 800, y2: 500 };

describe("shortHops", () => {
  it("finds the permitted routes' hops with less than SHORT_HOP units between their parties' outlines", () => {
    expect(SHORT_HOP).toBe(40);
    const lines = [
      hop("KOR", "USA", 2),
      hop("USA", "JPN", 2),
      hop("KOR", "JPN", 1),
      hop("FRA", "DEU", undefined),
    ];
    expect(shortHops(lines, MAP, AREA).map((l) => `${l.from}>${l.to}`)).toEqual(["KOR>JPN"]);
  });

  it("gives none when every hop is long enough, or a short hop's party lies outside the picture", () => {
    expect(shortHops([hop("KOR", "USA", 1), hop("USA", "JPN", 1)], MAP, AREA)).toEqual([]);
    expect(shortHops([hop("KOR", "JPN", 1)], MAP, { ...AREA, x1: 120 })).toEqual([]);
    // 32 units between the outlines: short at 40, long enough at 30.
    expect(shortHops([hop("KOR", "JPN", 1)], MAP, AREA, 30)).toEqual([]);
  });
});

describe("insetParties", () => {
  it("enlarges the short hop of the lowest route number, with the others close to it, each party once", () => {
    const hops = [hop("FRA", "DEU", 3), hop("JPN", "KOR", 2), hop("KOR", "JPN", 1)];
    expect(insetParties(hops, MAP, 200)).toEqual(["KOR", "JPN"]);
    expect(insetParties(hops, MAP, 1000)).toEqual(["KOR", "JPN", "FRA", "DEU"]);
    expect(insetParties([], MAP, 200)).toEqual([]);
  });
});

describe("placeInset", () => {
  const size = { width: 200, height: 120 };
  it("takes the corner that covers least, never over the region it enlarges", () => {
    const region = { x1: 60, y1: 300, x2: 190, y2: 380 };
    // Bottom left meets the region; bottom right is clear; the top corners hold a route's line.
    const route = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({
      point: { x: 50 + i * 75, y: 60 },
      weight: 8,
    }));
    expect(placeInset(AREA, size, region, route)).toEqual({ x1: 592, y1: 372, x2: 792, y2: 492 });
    // With the bottom right crowded by the network, it goes top right, where the route covers less.
    const network = Array.from({ length: 400 }, (_, i) => ({
      point: { x: 600 + (i % 20) * 9, y: 380 + i / 4 },
      weight: 0.25,
    }));
    expect(placeInset(AREA, size, region, [...route, ...network])).toEqual({
      x1: 592,
      y1: 8,
      x2: 792,
      y2: 128,
    });
  });

  it("settles a tie on the bottom left", () => {
    expect(placeInset(AREA, size, { x1: 380, y1: 230, x2: 420, y2: 270 }, [])).toEqual({
      x1: 8,
      y1: 372,
      x2: 208,
      y2: 492,
    });
  });
});

describe("captionText", () => {
  it("names two parties with a dash, more in a list, and counts those that do not fit", () => {
    expect(captionText(["South Korea", "Japan"], 300)).toBe("Enlarged: South Korea – Japan");
    expect(captionText(["France", "Germany", "Belgium"], 300)).toBe("Enlarged: France, Germany and Belgium");
    expect(captionText(["France", "Germany", "Belgium", "Netherlands", "Luxembourg"], 190)).toMatch(
      /^Enlarged: France, Germany.* and \d more$/,
    );
  });
});

describe("the inset in a scene", () => {
  const model = fixtureModel();
  const answer = findRoutes(model, STORY);
  const input = (extra: Partial<ImageInput> = {}): ImageInput => storyImage(model, answer, extra);
  // Seoul and Tokyo nearly on top of each other, Washington and NATO far off: the direct hop is a few units long.
  const CLOSE = new Map([
    ["KOR", { x: 0, y: 0 }],
    ["JPN", { x: 14, y: 4 }],
    ["USA", { x: 700, y: 260 }],
    ["NATO", { x: 760, y: 320 }],
  ]);

  it("enlarges the short direct hop in a framed box, its parties, route number and caption drawn again", () => {
    const scene = sceneOf(input({ positions: CLOSE }));
    const inset = scene.inset!;
    expect(inset.caption.text).toBe("Enlarged: South Korea – Japan");
    expect(inset.nodes.map((n) => n.id).sort()).toEqual(["JPN", "KOR"]);
    expect(inset.badges.map((b) => b.text)).toContain("1");
    const [kor, jpn] = ["KOR", "JPN"].map((id) => inset.nodes.find((n) => n.id === id)!);
    expect(Math.hypot(jpn!.x - kor!.x, jpn!.y - kor!.y)).toBeGreaterThan(SHORT_HOP + 18);
    const g = scene.frame.graph;
    expect(inset.box.x1).toBeGreaterThanOrEqual(g.x);
    expect(inset.box.x2).toBeLessThanOrEqual(g.x + g.width);
    // The box does not cover the region it enlarges.
    expect(
      inset.box.x1 >= inset.region.x2 ||
        inset.box.x2 <= inset.region.x1 ||
        inset.box.y1 >= inset.region.y2 ||
        inset.box.y2 <= inset.region.y1,
    ).toBe(true);

    const doc = new DOMParser().parseFromString(toSvg(scene), "image/svg+xml");
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    expect(texts).toContain("Enlarged: South Korea – Japan");
    const insetParties = Array.from(doc.getElementsByTagName("circle")).flatMap(
      (c) => c.getAttribute("data-inset-party") || [],
    );
    expect(insetParties.sort()).toEqual(["JPN", "KOR"]);
  });

  it("draws none when every hop is long enough, or when asked not to", () => {
    expect(sceneOf(input()).inset).toBeUndefined();
    expect(toSvg(sceneOf(input()))).not.toContain('class="inset"');
    expect(sceneOf(input({ positions: CLOSE, inset: false })).inset).toBeUndefined();
  });
});
