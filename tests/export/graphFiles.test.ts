// GEXF and GraphML exports parse back with graphology's own parsers with the expected parties and agreement edges.
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGexf, toGraphml } from "../../src/export/pure";
import { fixtureModel } from "./fixture";

// The fixture: GSOMIA KOR–JPN (1 pair), TISA hub USA (KOR–USA, JPN–USA), the 2023-12 mechanism all-to-all
// among three (3 pairs), the old pact KOR–USA ended 2010-05-05 (1 pair). NATO has no agreement.
const ALL_EDGES = [
  "gsomia:JPN--KOR",
  "old-pact:KOR--USA",
  "tisa:JPN--USA",
  "tisa:KOR--USA",
  "warning-mechanism:JPN--KOR",
  "warning-mechanism:JPN--USA",
  "warning-mechanism:KOR--USA",
];

const writers = [
  { name: "GEXF", write: toGexf, parse: (text: string) => parseGexf(MultiGraph, text) },
  { name: "GraphML", write: toGraphml, parse: (text: string) => parseGraphml(MultiGraph, text) },
];

describe.each(writers)("$name export", ({ write, parse }) => {
  const model = fixtureModel();

  it("has every party and one edge per agreement and pair", () => {
    const graph = parse(write(model));
    expect(graph.order).toBe(4);
    expect(graph.nodes().sort()).toEqual(["JPN", "KOR", "NATO", "USA"]);
    expect(graph.size).toBe(7);
    expect(graph.edges().sort()).toEqual(ALL_EDGES);
    expect(graph.type).toBe("undirected");
  });

  it("keeps labels and kinds, with dataset text intact", () => {
    const graph = parse(write(model));
    expect(graph.getNodeAttribute("KOR", "label")).toBe('Republic of "Korea" & <Test>');
    expect(graph.getNodeAttribute("NATO", "kind")).toBe("organisation");
  });

  it("gives each edge the agreement's attributes", () => {
    const graph = parse(write(model));
    expect(graph.getEdgeAttributes("gsomia:JPN--KOR")).toMatchObject({
      agreement: "gsomia",
      name: "Japan–ROK GSOMIA",
      kind: "security-agreement",
      legalNature: "binding",
      scope: "any",
      signed: "2016-11-23",
      inForce: "2016-11-23",
    });
    expect(graph.getEdgeAttribute("gsomia:JPN--KOR", "ended")).toBeUndefined();
    expect(graph.getEdgeAttribute("gsomia:JPN--KOR", "status")).toBeUndefined();
    expect(graph.getEdgeAttributes("old-pact:KOR--USA")).toMatchObject({
      signed: "2000-01-10",
      inForce: "2000-02-01",
      ended: "2010-05-05",
    });
    expect(graph.getEdgeAttributes("warning-mechanism:JPN--USA")).toMatchObject({
      legalNature: "unknown",
      scope: "nk-missile",
      inForce: "2023-12",
    });
  });

  it("with a date keeps only operative agreements, each with its status", () => {
    const graph = parse(write(model, { at: "2017-11-19" }));
    expect(graph.order).toBe(4);
    expect(graph.edges().sort()).toEqual(["gsomia:JPN--KOR", "tisa:JPN--USA", "tisa:KOR--USA"]);
    expect(graph.getEdgeAttribute("tisa:KOR--USA", "status")).toBe("in-force");
    expect(graph.getEdgeAttribute("tisa:KOR--USA", "scope")).toBe("north-korea");
  });

  it("on a date before 2014 keeps only the old pact, and after 2023 the mechanism too", () => {
    expect(parse(write(model, { at: "2005-06-01" })).edges()).toEqual(["old-pact:KOR--USA"]);
    expect(parse(write(model, { at: "2024-01-01" })).size).toBe(6);
  });

  it("refuses a date that is not a calendar date", () => {
    expect(() => write(model, { at: "2019-02-30" })).toThrow(/not an ISO date/);
  });
});

describe("GraphML file", () => {
  it("declares its attributes and is undirected", () => {
    const text = toGraphml(fixtureModel(), { at: "2017-11-19" });
    expect(text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns"/,
    );
    expect(text).toContain('<key id="e_legalNature" for="edge" attr.name="legalNature" attr.type="string"/>');
    expect(text).toContain('<graph id="liaison" edgedefault="undirected">');
    expect(text).toContain('<data key="g_at">2017-11-19</data>');
    expect(text).toContain("Republic of &quot;Korea&quot; &amp; &lt;Test&gt;");
  });
});

describe("GEXF file", () => {
  it("is GEXF 1.3 with the creator and the date in its meta", () => {
    const text = toGexf(fixtureModel(), { at: "2017-11-19" });
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(text).toContain("<creator>Liaison</creator>");
    expect(text).toContain("agreements operative on 2017-11-19</description>");
    expect(text).not.toContain("<title>");
  });

  it("drops characters XML cannot carry instead of writing a broken file", () => {
    const model = fixtureModel();
    const party = model.dataset.parties[1]!;
    party.name = "Ja\u0001pan";
    const graph = parseGexf(MultiGraph, toGexf(model));
    expect(graph.getNodeAttribute("JPN", "label")).toBe("Japan");
  });
});
