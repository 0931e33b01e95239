// The analysis panels' pictures: lanes merged from a timeline, the strip's geometry and its day axis, comparison
// sections in words, the matrix's cells and geometry, the brokers' rows, and SVG that parses with text escaped.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { compareDates, reachability } from "../../../src/analysis";
import type { RouteTimeline } from "../../../src/analysis/types";
import {
  BEST_COLOURS,
  brokerLines,
  cellAt,
  channelLines,
  comparisonPicture,
  comparisonSections,
  dayAtX,
  LANE_COLOURS,
  matrixDrawing,
  type Picture,
  pictureToSvg,
  routeKeyWords,
  routeLanes,
  routeTimelineDrawing,
  routeTimelinePicture,
  sortBrokerLines,
  xOfDay,
} from "../../../src/export/pure/panels";
import { shell } from "../../view/fixture";

function parseSvg(text: string) {
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
const texts = (doc: ReturnType<typeof parseSvg>) =>
  Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");

const OPTIONS = { maxHops: 3, allowConsentRelay: false, disable: [] };
const TIMELINE: RouteTimeline = {
  query: { from: "KOR", to: "JPN", topic: "nk-missile", since: "2014-01-01", until: null, ...OPTIONS },
  intervals: [
    {
      from: "2014-01-01",
      to: "2014-12-28",
      best: "none",
      routes: [{ key: "KOR>USA>JPN:tisa+tisa", status: "blocked", conditions: [], warnings: [] }],
    },
    {
      from: "2014-12-29",
      to: "2016-11-22",
      best: "relayed",
      routes: [
        {
          key: "KOR>USA>JPN:tisa+tisa",
          status: "permitted",
          conditions: ["originator-approval"],
          warnings: ["non-binding"],
        },
      ],
    },
    {
      from: "2016-11-23",
      to: null,
      best: "direct",
      routes: [
        { key: "KOR>JPN:gsomia", status: "permitted", conditions: [], warnings: [] },
        {
          key: "KOR>USA>JPN:tisa+tisa",
          status: "permitted",
          conditions: ["originator-approval"],
          warnings: ["non-binding"],
        },
      ],
    },
  ],
};

describe("route lanes", () => {
  it("has one lane per key in the last interval's order, each state merged over the intervals it spans", () => {
    const lanes = routeLanes(TIMELINE);
    expect(lanes.map((l) => l.key)).toEqual(["KOR>JPN:gsomia", "KOR>USA>JPN:tisa+tisa"]);
    expect(lanes[0]!.segments.map((s) => [s.from, s.to, s.status])).toEqual([
      ["2014-01-01", "2016-11-22", "blocked"],
      ["2016-11-23", null, "permitted"],
    ]);
    expect(lanes[1]!.segments.map((s) => [s.from, s.to, s.status])).toEqual([
      ["2014-01-01", "2014-12-28", "blocked"],
      ["2014-12-29", null, "permitted"],
    ]);
  });

  it("names a route by its key in words", () => {
    expect(routeKeyWords(shell, "KOR>USA>JPN:tisa+tisa")).toBe(
      "South Korea → United States → Japan via TISA",
    );
    expect(routeKeyWords(shell, "not a key")).toBe("not a key");
  });
});

describe("route timeline strip", () => {
  const range = { first: "2014-01-01", last: "2017-12-31" };
  const { drawing, axis } = routeTimelineDrawing({
    model: shell,
    lanes: routeLanes(TIMELINE),
    events: [{ day: "2014-12-29", label: "TISA in force" }],
    at: "2016-01-01",
    range,
    width: 1461,
  });

  it("puts each day at its place on the axis and reads a click back as the day", () => {
    // 1461 days from 2014-01-01 to 2017-12-31: one unit a day.
    expect(xOfDay(axis, "2014-01-01")).toBe(0);
    expect(xOfDay(axis, "2014-12-29")).toBe(362);
    expect(dayAtX(axis, 362.5)).toBe("2014-12-29");
    expect(dayAtX(axis, -50)).toBe("2014-01-01");
    expect(dayAtX(axis, 99_999)).toBe("2017-12-31");
  });

  it("draws each state as a bar coloured by status, warnings marked, and the As-of line", () => {
    const bars = drawing.shapes.filter((s) => s.kind === "rect" && s.height === 14);
    expect(bars.map((b) => b.kind === "rect" && [Math.round(b.x), b.fill])).toEqual([
      [0, LANE_COLOURS.blocked],
      [1057, LANE_COLOURS.permitted],
      [0, LANE_COLOURS.blocked],
      [362, LANE_COLOURS.conditional],
    ]);
    const marks = drawing.shapes.filter((s) => s.kind === "rect" && s.fill === LANE_COLOURS.warning);
    expect(marks).toHaveLength(1);
    const texts = drawing.shapes.flatMap((s) => (s.kind === "text" ? [s.text] : []));
    expect(texts).toContain("As of 2016-01-01");
    expect(texts).toContain("South Korea → Japan via GSOMIA");
    expect(texts).toEqual(expect.arrayContaining(["2015", "2016", "2017"]));
  });

  it("frames the strip for export with every interval in words", () => {
    const picture = routeTimelinePicture({
      model: shell,
      timeline: TIMELINE,
      lanes: routeLanes(TIMELINE),
      events: [],
      at: "2016-01-01",
      range,
      width: 700,
    });
    const all = texts(parseSvg(pictureToSvg(picture)));
    expect(all[0]).toBe("Route timeline: South Korea → Japan");
    expect(all.join(" ")).toContain(
      "2014-12-29 – 2016-11-22: best relayed: South Korea → United States → Japan via TISA (originator-approval, non-binding).",
    );
  });
});

describe("comparison", () => {
  const comparison = compareDates(
    shell,
    { from: "KOR", to: "JPN", topic: "nk-missile" },
    "2014-06-01",
    "2017-11-19",
  );

  it("lists routes gained by key in words, and channel pairs once with ↔", () => {
    const sections = comparisonSections(shell, comparison);
    const by = Object.fromEntries(sections.map((s) => [s.id, s.items]));
    expect(by.gained).toEqual([
      "South Korea → Japan via GSOMIA (no conditions or warnings)",
      "South Korea → United States → Japan via TISA (originator-approval, non-binding)",
    ]);
    expect(by.lost).toEqual([]);
    expect(by.cameIntoForce).toEqual([
      "GSOMIA: Japan ↔ South Korea",
      "TISA: Japan ↔ United States",
      "TISA: South Korea ↔ United States",
    ]);
    expect(
      channelLines(shell, [
        { key: "k", agreement: "tisa", from: "KOR", to: "USA", before: "in-force", after: "ended" },
      ]),
    ).toEqual(["TISA: South Korea → United States"]);
  });

  it("exports as SVG with the dates in its caption", () => {
    const all = texts(parseSvg(pictureToSvg(comparisonPicture(shell, comparison))));
    expect(all).toContain("What changed: South Korea → Japan");
    expect(all).toContain("2014-06-01 against 2017-11-19");
    expect(all).toContain("Routes gained by 2017-11-19 (2)");
  });
});

describe("reachability matrix", () => {
  const reach = reachability(shell, "nk-missile", "2015-06-01");
  const order = ["JPN", "KOR", "USA"];
  const { drawing, geometry } = matrixDrawing({ model: shell, reach, order, maxSide: 66 });

  it("has a cell per pair, coloured by its best route kind, and names beside large cells", () => {
    expect(geometry.cell).toBe(22);
    const cell = (i: number, j: number) =>
      drawing.shapes.find(
        (s) =>
          s.kind === "rect" &&
          s.x === geometry.left + j * 22 &&
          s.y === geometry.top + i * 22 &&
          s.width === 22,
      );
    // KOR → JPN is relayed by the US with the originator's approval: every route qualified.
    expect(cell(1, 0)).toMatchObject({ fill: BEST_COLOURS.relayed.conditional });
    expect(cell(1, 2)).toMatchObject({ fill: BEST_COLOURS.direct.conditional });
    expect(drawing.shapes.filter((s) => s.kind === "text").map((s) => s.kind === "text" && s.text)).toContain(
      "South Korea",
    );
  });

  it("reads a point back as the cell under it", () => {
    expect(cellAt(geometry, geometry.left + 1, geometry.top + 23)).toEqual({ from: "KOR", to: "JPN" });
    expect(cellAt(geometry, geometry.left - 1, geometry.top + 1)).toBeNull();
    expect(cellAt(geometry, geometry.left + 66, geometry.top + 1)).toBeNull();
  });

  it("draws no names when cells are small, only its groups", () => {
    const small = matrixDrawing({
      model: shell,
      reach,
      order,
      groups: [
        { label: "Asia", start: 0, count: 2 },
        { label: "Americas", start: 2, count: 1 },
      ],
      maxSide: 12,
    });
    const labels = small.drawing.shapes.flatMap((s) => (s.kind === "text" ? [s.text] : []));
    expect(labels).not.toContain("South Korea");
    expect(small.geometry.cell).toBe(4);
  });
});

describe("brokers", () => {
  it("ranks by the column asked, ties by the other columns in order, then as given", () => {
    const line = (party: string, sole: number, on: number, betweenness: number) => ({
      party,
      sole,
      on,
      betweenness,
    });
    const lines = [
      line("A", 2, 1, 0.1),
      line("B", 0, 5, 0.4),
      line("C", 2, 3, 0.1),
      line("D", 0, 5, 0.2),
      line("E", 0, 0, 0.4),
    ];
    const order = (by: "sole" | "on" | "betweenness") => sortBrokerLines(lines, by).map((l) => l.party);
    expect(order("sole")).toEqual(["C", "A", "B", "D", "E"]);
    expect(order("on")).toEqual(["B", "D", "C", "A", "E"]);
    expect(order("betweenness")).toEqual(["B", "E", "D", "C", "A"]);
    expect(lines.map((l) => l.party)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("keeps parties that relay or lie on a shortest path, and counts the rest", () => {
    const { lines, idle } = brokerLines(
      [
        { party: "USA", sole: 2, on: 2 },
        { party: "JPN", sole: 0, on: 0 },
        { party: "KOR", sole: 0, on: 0 },
      ],
      [
        { party: "USA", betweenness: 0.5 },
        { party: "JPN", betweenness: 0.1 },
        { party: "KOR", betweenness: 0 },
      ],
    );
    expect(lines).toEqual([
      { party: "USA", sole: 2, on: 2, betweenness: 0.5 },
      { party: "JPN", sole: 0, on: 0, betweenness: 0.1 },
    ]);
    expect(idle).toBe(1);
  });
});

describe("pictureToSvg", () => {
  it("escapes text, keeps only plain colours, and gives titles to shapes that have one", () => {
    const picture: Picture = {
      width: 100,
      height: 50,
      title: "A <b>title</b> & more",
      shapes: [
        { kind: "rect", x: 0, y: 0, width: 10, height: 10, fill: "url(#x)", title: "<script>" },
        {
          kind: "text",
          x: 1,
          y: 20,
          text: "Ministry <b>of</b> Tests",
          size: 12,
          fill: "#123456",
          rotate: -90,
        },
        {
          kind: "polygon",
          points: [
            [0, 0],
            [5, 5],
            [0, 5],
          ],
          fill: "red",
        },
        { kind: "line", x1: 0, y1: 0, x2: 9, y2: 9, stroke: "#000", width: 1, dash: [2, 2] },
      ],
    };
    const svg = pictureToSvg(picture, "transparent");
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName("title")[0]!.textContent).toBe("A <b>title</b> & more");
    expect(texts(doc)).toEqual(["Ministry <b>of</b> Tests"]);
    expect(doc.getElementsByTagName("b")).toHaveLength(0);
    expect(doc.getElementsByTagName("rect")[0]!.getAttribute("fill")).toBe("#888888");
    expect(doc.getElementsByTagName("text")[0]!.getAttribute("transform")).toBe("rotate(-90 1 20)");
    expect(svg).not.toContain('width="100%"');
  });
});
