// What a picture shows, decided from data: the roles of parties and lines for an answer, the selection's emphasis,
// blocked candidates on request, and the network around them. (The concentric layout is the core's:
// tests/geo/concentric.test.ts.)
import { describe, expect, it } from "vitest";
import { areaOf, type PictureInput, pictureOf, viewportExtent } from "../../src/export/pure";
import { findRoutes } from "../../src/routing";
import { DIRECT, fixtureModel, RELAY, STORY } from "./fixture";

const model = fixtureModel();
const answer = findRoutes(model, STORY);
const ALL = new Set(["KOR", "JPN", "USA", "NATO"]);

function picture(extra: Partial<PictureInput> = {}) {
  return pictureOf({
    model,
    at: STORY.at,
    answer,
    selected: null,
    emphasis: "selected",
    showBlocked: false,
    hideInactive: false,
    disabled: [],
    placed: ALL,
    ...extra,
  });
}

const hops = (p: ReturnType<typeof picture>) =>
  p.lines.filter((l) => l.agreement).map((l) => `${l.role} ${l.from}>${l.to} ${l.number ?? "-"}`);

describe("pictureOf", () => {
  it("draws every permitted route numbered, ends and relay in their roles, the hub ringed", () => {
    const p = picture();
    expect(hops(p)).toEqual(["route KOR>USA 2", "route USA>JPN 2", "route KOR>JPN 1"]);
    expect(Object.fromEntries(p.nodes.map((n) => [n.id, `${n.role}${n.hub ? " hub" : ""}`]))).toEqual({
      KOR: "endpoint",
      JPN: "endpoint",
      USA: "relay hub",
      NATO: "party",
    });
    expect(p.routes.map((r) => r.parties.join(">"))).toEqual(["KOR>JPN", "KOR>USA>JPN"]);
  });

  it("emphasises the selected route and draws the others lighter, unless all are drawn alike", () => {
    expect(hops(picture({ selected: RELAY }))).toEqual([
      "route-light KOR>JPN 1",
      "selected KOR>USA 2",
      "selected USA>JPN 2",
    ]);
    expect(hops(picture({ selected: RELAY, emphasis: "all" })).every((h) => h.startsWith("route "))).toBe(
      true,
    );
    expect(hops(picture({ selected: DIRECT })).at(-1)).toBe("selected KOR>JPN 1");
  });

  it("draws blocked candidates only when shown, each channel once, marked where blocked", () => {
    expect(picture().lines.some((l) => l.role === "blocked")).toBe(false);
    const blocked = picture({ showBlocked: true }).lines.filter((l) => l.role === "blocked");
    expect(blocked.length).toBeGreaterThan(0);
    const channels = blocked.map((l) => `${l.agreement!.id}:${l.from}>${l.to}`);
    expect(new Set(channels).size).toBe(channels.length);
    expect(blocked.some((l) => l.blocks)).toBe(true);
    expect(channels).not.toContain("gsomia:KOR>JPN");
  });

  it("draws the network as context, one line per pair, leaving out what is not in force on request", () => {
    const pairs = (p: ReturnType<typeof picture>) =>
      p.lines.map((l) => `${l.role} ${[l.from, l.to].sort().join("-")}`).sort();
    // Every pair of the answer's parties carries a route's hop; the network has no other line.
    expect(pairs(picture())).toEqual(["route JPN-KOR", "route JPN-USA", "route KOR-USA"]);
    expect(pairs(picture({ answer: null }))).toEqual([
      "network JPN-KOR",
      "network JPN-USA",
      "network KOR-USA",
    ]);
    // In 2005 only the old pact is in force.
    expect(pairs(picture({ answer: null, at: "2005-01-01" }))).toEqual([
      "inactive JPN-KOR",
      "inactive JPN-USA",
      "network KOR-USA",
    ]);
    expect(pairs(picture({ answer: null, at: "2005-01-01", hideInactive: true }))).toEqual([
      "network KOR-USA",
    ]);
  });

  it("draws only placed parties, and leaves out routes through one that is not placed", () => {
    const p = picture({ placed: new Set(["KOR", "JPN"]) });
    expect(p.nodes.map((n) => n.id)).toEqual(["KOR", "JPN"]);
    expect(hops(p)).toEqual(["route KOR>JPN 1"]);
  });

  it("shows what the scenario switched off", () => {
    const off = findRoutes(model, STORY, { disable: ["tisa"] });
    const p = picture({ answer: off, disabled: ["tisa"] });
    expect(hops(p)).toEqual(["route KOR>JPN 1"]);
    expect(p.lines.filter((l) => l.role === "disabled").length).toBeGreaterThan(0);
  });
});

describe("areaOf", () => {
  it("is the viewport's extent at its zoom for a current view, and everything otherwise", () => {
    const viewport = { pan: { x: 100, y: 50 }, zoom: 2, width: 800, height: 600 };
    expect(viewportExtent(viewport)).toEqual({ x1: -50, y1: -25, x2: 350, y2: 275 });
    const shot = { positions: new Map(), viewport, backdrop: [] };
    expect(areaOf(shot, false)).toEqual({
      kind: "view",
      box: { x1: -50, y1: -25, x2: 350, y2: 275 },
      zoom: 2,
    });
    expect(areaOf(shot, true)).toEqual({ kind: "whole" });
  });
});
