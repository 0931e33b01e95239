// What "Compare with date…" draws on the graph: the agreement edges of routes gained, lost or changed and of
// channels that came into or went out of force, as classes on the graph's own elements. And the matrix's orders.
import { describe, expect, it } from "vitest";
import { compareDates } from "../../../src/analysis";
import { comparisonOverlay } from "../../../src/view/analysis/comparisonOverlay";
import { degrees, matrixOrder } from "../../../src/view/analysis/matrixOrder";
import { CLASSES } from "../../../src/view/graph/classes";
import { toElements, withChanges } from "../../../src/view/graph/elements";
import { shell } from "../fixture";

const QUERY = { from: "KOR", to: "JPN", topic: "nk-missile" };
const elementsOn = (at: string) =>
  toElements({
    model: shell,
    at,
    answer: null,
    selectedRoute: null,
    selection: null,
    disabled: [],
    hideInactive: false,
    showBlocked: false,
  });
const classesOf = (elements: ReturnType<typeof elementsOn>, id: string) =>
  elements.find((e) => e.data.id === id)?.classes ?? [];

describe("comparison overlay", () => {
  it("marks the edges of routes gained between 2014 and 2017", () => {
    const marks = comparisonOverlay(compareDates(shell, QUERY, "2014-06-01", "2017-11-19"));
    expect(Object.fromEntries(marks)).toEqual({
      "gsomia:JPN--KOR": "gained",
      "tisa:KOR--USA": "gained",
      "tisa:JPN--USA": "gained",
    });
    const marked = withChanges(elementsOn("2017-11-19"), marks);
    expect(classesOf(marked, "gsomia:JPN--KOR")).toContain(CLASSES.gained);
    expect(classesOf(marked, "tisa:JPN--USA")).toContain(CLASSES.gained);
  });

  it("marks the same edges lost when the later date comes first", () => {
    const marks = comparisonOverlay(compareDates(shell, QUERY, "2017-11-19", "2014-06-01"));
    expect(Object.fromEntries(marks)).toEqual({
      "gsomia:JPN--KOR": "lost",
      "tisa:KOR--USA": "lost",
      "tisa:JPN--USA": "lost",
    });
  });

  it("marks channels that came into force even where no route of the pair uses them", () => {
    const comparison = compareDates(shell, { ...QUERY, topic: "china-military" }, "2014-06-01", "2017-11-19");
    // TISA does not cover Chinese military activity: only GSOMIA's route is gained.
    expect(comparison.gained.map((r) => r.hops[0]!.agreement)).toEqual(["gsomia"]);
    expect(Object.fromEntries(comparisonOverlay(comparison))).toEqual({
      "gsomia:JPN--KOR": "gained",
      "tisa:KOR--USA": "gained",
      "tisa:JPN--USA": "gained",
    });
  });

  it("leaves the elements as they are without marks", () => {
    const elements = elementsOn("2017-11-19");
    expect(withChanges(elements, null)).toBe(elements);
    expect(withChanges(elements, new Map())).toBe(elements);
  });
});

describe("matrix order", () => {
  it("sorts by name, by region with its groups, or by partners in force on the date", () => {
    const ids = ["KOR", "USA", "JPN"];
    expect(matrixOrder(shell, ids, "name", "2017-11-19", []).order).toEqual(["JPN", "KOR", "USA"]);
    const region = matrixOrder(shell, ids, "region", "2017-11-19", []);
    expect(region.order).toEqual(["USA", "JPN", "KOR"]);
    expect(region.groups).toEqual([
      { label: "Americas: North America", start: 0, count: 1 },
      { label: "Asia: Eastern Asia", start: 1, count: 2 },
    ]);
    expect(Object.fromEntries(degrees(shell, "2015-06-01", []))).toEqual({ KOR: 1, JPN: 1, USA: 2 });
    expect(Object.fromEntries(degrees(shell, "2017-11-19", ["tisa"]))).toEqual({ KOR: 1, JPN: 1, USA: 0 });
    expect(matrixOrder(shell, ids, "degree", "2015-06-01", []).order).toEqual(["USA", "JPN", "KOR"]);
  });
});
