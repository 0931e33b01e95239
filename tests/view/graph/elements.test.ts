// toElements on the triangle fixture: nodes, one edge per agreement and pair, status on the date, routes, blocked
// candidates, scenario switches and selection, each against hand-written expectations.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/model";
import {
  type EdgeElement,
  type ElementsInput,
  type GraphElement,
  type NodeElement,
  toElements,
} from "../../../src/view/graph/elements";
import { answer, route, TRIANGLE, TRIANGLE_INPUT } from "./fixture";

const BASE: ElementsInput = TRIANGLE_INPUT;

function draw(overrides: Partial<ElementsInput> = {}): GraphElement[] {
  return toElements({ ...BASE, ...overrides });
}
const nodes = (els: GraphElement[]) => els.filter((e): e is NodeElement => e.group === "nodes");
const edges = (els: GraphElement[]) => els.filter((e): e is EdgeElement => e.group === "edges");
function byId(els: GraphElement[], id: string): GraphElement {
  const found = els.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}; have ${els.map((e) => e.data.id).join(", ")}`);
  return found;
}
const classesOf = (els: GraphElement[], id: string) => byId(els, id).classes;

describe("toElements: parties", () => {
  it("draws one node per party, labelled with the short country name or the organisation's acronym", () => {
    const els = draw();
    expect(nodes(els).map((n) => [n.data.id, n.data.label])).toEqual([
      ["KOR", "South Korea"],
      ["JPN", "Japan"],
      ["USA", "United States"],
      ["GBR", "United Kingdom"],
      ["NATO", "NATO"],
    ]);
    expect(classesOf(els, "NATO")).toContain("organisation");
    expect(classesOf(els, "KOR")).toContain("state");
    expect((byId(els, "USA") as NodeElement).data.name).toBe("United States of America");
  });

  it("falls back to the short name, then the name, for a state the country table does not know", () => {
    const model = buildModel({
      ...TRIANGLE,
      agreements: [],
      parties: [
        { id: "XKX", kind: "state", name: "Somewhere", shortName: "Some", sources: ["s1"] },
        { id: "XZZ", kind: "state", name: "Elsewhere", sources: ["s1"] },
      ],
    });
    expect(nodes(draw({ model })).map((n) => n.data.label)).toEqual(["Some", "Elsewhere"]);
  });

  it("gives no elements for an empty model", () => {
    const model = buildModel({ ...TRIANGLE, parties: [], agreements: [] });
    expect(draw({ model })).toEqual([]);
  });
});

describe("toElements: agreements", () => {
  it("draws one undirected edge per agreement and unordered pair, not one per channel", () => {
    const ids = edges(draw()).map((e) => e.data.id);
    expect(ids.sort()).toEqual(
      [
        "gsomia:JPN--KOR",
        "tisa:KOR--USA",
        "tisa:JPN--USA",
        "warning:JPN--KOR",
        "warning:KOR--USA",
        "warning:JPN--USA",
        "ukusa:GBR--USA",
        "japan-nato:JPN--NATO",
      ].sort(),
    );
  });

  it("keeps parallel agreements between one pair as distinct edges", () => {
    const between = edges(draw()).filter((e) => [e.data.source, e.data.target].sort().join() === "JPN,KOR");
    expect(between.map((e) => e.data.agreement).sort()).toEqual(["gsomia", "warning"]);
  });

  it("classes edges by agreement kind and legal nature", () => {
    const els = draw();
    expect(classesOf(els, "gsomia:JPN--KOR")).toContain("security-agreement");
    expect(classesOf(els, "gsomia:JPN--KOR")).not.toContain("non-binding");
    expect(classesOf(els, "tisa:KOR--USA")).toEqual(expect.arrayContaining(["arrangement", "non-binding"]));
    expect(classesOf(els, "warning:JPN--USA")).toContain("technical-mechanism");
    expect(classesOf(els, "ukusa:GBR--USA")).toContain("multilateral-agreement");
  });

  it("draws hub-and-spoke edges from spoke to hub and rings the hub", () => {
    const els = draw();
    const spoke = byId(els, "tisa:KOR--USA") as EdgeElement;
    expect([spoke.data.source, spoke.data.target, spoke.data.hub]).toEqual(["KOR", "USA", "USA"]);
    expect(spoke.classes).toEqual(expect.arrayContaining(["hub-spoke", "hub-at-target"]));
    expect(classesOf(els, "USA")).toContain("hub");
    expect(classesOf(els, "KOR")).not.toContain("hub");
  });

  it("fades agreements not operative on the date and leaves them out with hideInactive", () => {
    const at = "2015-06-01";
    const els = draw({ at });
    expect(classesOf(els, "gsomia:JPN--KOR")).toContain("inactive");
    expect(classesOf(els, "warning:JPN--KOR")).toContain("inactive");
    expect(classesOf(els, "tisa:KOR--USA")).toContain("operative");
    expect((byId(els, "gsomia:JPN--KOR") as EdgeElement).data.status).toBe("not-yet");

    const hidden = edges(draw({ at, hideInactive: true })).map((e) => e.data.agreement);
    expect(new Set(hidden)).toEqual(new Set(["tisa", "ukusa", "japan-nato"]));
  });

  it("gives every element a distinct id, and edge ends that are drawn nodes", () => {
    const els = draw({ selectedRoute: route(["KOR", "USA", "JPN"], ["tisa", "tisa"]) });
    const ids = els.map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
    const nodeIds = new Set(nodes(els).map((n) => n.data.id));
    for (const e of edges(els)) expect(nodeIds.has(e.data.source) && nodeIds.has(e.data.target)).toBe(true);
  });
});

describe("toElements: routes", () => {
  const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);

  it("draws each hop of the selected route as a directed edge in place of its pair's edge", () => {
    const els = draw({ selectedRoute: relayed });
    const ids = edges(els).map((e) => e.data.id);
    expect(ids).toContain("tisa:KOR->USA");
    expect(ids).toContain("tisa:USA->JPN");
    expect(ids).not.toContain("tisa:KOR--USA");
    expect(ids).not.toContain("tisa:JPN--USA");

    const second = byId(els, "tisa:USA->JPN") as EdgeElement;
    expect([second.data.source, second.data.target, second.data.directed]).toEqual(["USA", "JPN", true]);
    expect(second.classes).toEqual(expect.arrayContaining(["on-route", "hub-at-source"]));
    expect(classesOf(els, "tisa:KOR->USA")).toContain("hub-at-target");
  });

  it("dims everything off the selected route", () => {
    const els = draw({ selectedRoute: relayed });
    expect(classesOf(els, "gsomia:JPN--KOR")).toContain("dimmed");
    expect(classesOf(els, "tisa:KOR->USA")).not.toContain("dimmed");
    expect(classesOf(els, "GBR")).toContain("dimmed");
    for (const id of ["KOR", "USA", "JPN"]) {
      expect(classesOf(els, id)).toContain("on-route");
      expect(classesOf(els, id)).not.toContain("dimmed");
    }
  });

  it("marks the query's ends", () => {
    const els = draw({ answer: answer("2017-11-19", [relayed], []) });
    expect(classesOf(els, "KOR")).toContain("origin");
    expect(classesOf(els, "JPN")).toContain("destination");
    expect(classesOf(els, "USA")).not.toContain("origin");
  });

  it("with an answer but no route picked, brings the permitted routes forward and sets the rest back", () => {
    const els = draw({ answer: answer("2017-11-19", [route(["KOR", "JPN"], ["gsomia"]), relayed], []) });
    expect(classesOf(els, "gsomia:JPN--KOR")).toContain("in-answer");
    expect(classesOf(els, "tisa:JPN--USA")).toContain("in-answer");
    expect(classesOf(els, "warning:JPN--KOR")).toContain("context");
    expect(classesOf(els, "USA")).toContain("in-answer");
    expect(classesOf(els, "GBR")).toContain("context");
    expect(els.some((e) => e.classes.includes("dimmed"))).toBe(false);
  });

  it("draws a route hop even when its agreement is hidden as inactive", () => {
    const direct = route(["KOR", "JPN"], ["gsomia"]);
    const els = draw({ at: "2015-06-01", hideInactive: true, selectedRoute: direct });
    expect(classesOf(els, "gsomia:KOR->JPN")).toEqual(expect.arrayContaining(["on-route", "inactive"]));
  });

  it("shows blocked candidates with their reasons only when asked", () => {
    const blocked = route(["KOR", "JPN"], ["gsomia"], "blocked", [
      { code: "not-in-force", message: "Japan–ROK GSOMIA is not in force on 2015-06-01", hop: 0 },
    ]);
    const ans = answer("2015-06-01", [relayed], [blocked]);
    const hidden = draw({ at: "2015-06-01", hideInactive: true, answer: ans, selectedRoute: relayed });
    expect(edges(hidden).map((e) => e.data.id)).not.toContain("gsomia:JPN--KOR");

    const shown = draw({
      at: "2015-06-01",
      hideInactive: true,
      showBlocked: true,
      answer: ans,
      selectedRoute: relayed,
    });
    const edge = byId(shown, "gsomia:JPN--KOR") as EdgeElement;
    expect(edge.classes).toContain("blocked-route");
    expect(edge.classes).not.toContain("dimmed");
    expect(edge.data.reasons).toBe("Japan–ROK GSOMIA is not in force on 2015-06-01");
  });

  it("marks the hop that blocks a selected blocked route", () => {
    const blocked = route(["KOR", "USA", "JPN"], ["tisa", "tisa"], "blocked", [
      { code: "out-of-scope", message: "TISA does not cover china-military", hop: 1 },
    ]);
    const els = draw({ selectedRoute: blocked });
    expect(classesOf(els, "tisa:KOR->USA")).toContain("blocked-route");
    expect(classesOf(els, "tisa:KOR->USA")).not.toContain("blocked-hop");
    expect(classesOf(els, "tisa:USA->JPN")).toContain("blocked-hop");
    expect((byId(els, "tisa:USA->JPN") as EdgeElement).data.reasons).toBe(
      "TISA does not cover china-military",
    );
  });
});

describe("toElements: scenario and selection", () => {
  it("switches off disabled agreements, and disabled parties with their edges", () => {
    const els = draw({ disabled: ["gsomia", "GBR"] });
    expect(classesOf(els, "gsomia:JPN--KOR")).toContain("disabled");
    expect(classesOf(els, "warning:JPN--KOR")).not.toContain("disabled");
    expect(classesOf(els, "GBR")).toContain("disabled");
    expect(classesOf(els, "ukusa:GBR--USA")).toContain("disabled");
    expect(classesOf(els, "USA")).not.toContain("disabled");
  });

  it("marks the selected party, or every edge of the selected agreement", () => {
    const party = draw({ selection: { type: "party", id: "JPN" } });
    expect(classesOf(party, "JPN")).toContain("selected");
    expect(classesOf(party, "KOR")).not.toContain("selected");

    const agreement = edges(draw({ selection: { type: "agreement", id: "warning" } }));
    expect(
      agreement
        .filter((e) => e.classes.includes("selected"))
        .map((e) => e.data.id)
        .sort(),
    ).toEqual(["warning:JPN--KOR", "warning:JPN--USA", "warning:KOR--USA"]);
  });
});
