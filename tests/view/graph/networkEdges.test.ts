// The network level of detail: one backdrop edge per pair of parties with a count, whose classes no answer changes,
// the answer's, the selection's and the blocked candidates' edges on top; when a model is drawn this way; and the
// kept pair statuses that an As-of step reuses, checked against the model's statusOn.
import { describe, expect, it } from "vitest";
import { graphDetail } from "../../../src/export/pure";
import { addDays, buildModel, statusOn } from "../../../src/model";
import { modelPairs, pairStatuses } from "../../../src/view/graph/detail";
import {
  type EdgeElement,
  type ElementsInput,
  type GraphElement,
  toElements,
} from "../../../src/view/graph/elements";
import { syntheticWorld } from "../../support/syntheticWorld";
import { answer, route, TRIANGLE_INPUT, triangle } from "./fixture";

const NETWORK: ElementsInput = { ...TRIANGLE_INPUT, detail: "network" };
const edges = (els: GraphElement[]) => els.filter((e): e is EdgeElement => e.group === "edges");
const byId = (els: GraphElement[], id: string) => {
  const found = els.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}; have ${els.map((e) => e.data.id).join(", ")}`);
  return found;
};

describe("toElements in network detail", () => {
  it("draws one backdrop edge per pair of parties, counting the agreements it stands for", () => {
    const els = edges(toElements(NETWORK));
    // KOR–JPN: GSOMIA and the warning mechanism; KOR–USA and JPN–USA: TISA and the mechanism.
    expect(els.map((e) => [e.data.id, e.data.count]).sort()).toEqual(
      [
        ["pair:JPN--KOR", 2],
        ["pair:KOR--USA", 2],
        ["pair:JPN--USA", 2],
        ["pair:GBR--USA", 1],
        ["pair:JPN--NATO", 1],
      ].sort(),
    );
    const korJpn = byId(els, "pair:JPN--KOR") as EdgeElement;
    expect(korJpn.classes).toContain("network");
    expect(korJpn.data.label).toBe("2 agreements");
    // On 2017-11-19 GSOMIA is in force and the mechanism not yet: the edge takes GSOMIA's look and opens it on a tap.
    expect(korJpn.data.agreement).toBe("gsomia");
    expect(korJpn.classes).toEqual(expect.arrayContaining(["security-agreement", "operative"]));
    expect((byId(els, "pair:GBR--USA") as EdgeElement).data.label).toBe("UKUSA");
  });

  it("counts only agreements in force when those not in force are hidden", () => {
    const els = edges(toElements({ ...NETWORK, at: "2015-06-01", hideInactive: true }));
    expect(els.map((e) => e.data.id).sort()).toEqual(
      ["pair:GBR--USA", "pair:JPN--NATO", "pair:JPN--USA", "pair:KOR--USA"].sort(),
    );
    expect((byId(els, "pair:KOR--USA") as EdgeElement).data.count).toBe(1);
  });

  it("keeps the backdrop as it is when a query is answered, and draws the answer's edges on top", () => {
    const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
    const before = toElements(NETWORK);
    const after = toElements({ ...NETWORK, answer: answer("2017-11-19", [relayed], []) });
    for (const id of ["pair:JPN--KOR", "pair:KOR--USA", "pair:GBR--USA"])
      expect(byId(after, id).classes).toEqual(byId(before, id).classes);
    expect(byId(after, "tisa:KOR--USA").classes).toContain("in-answer");
    expect(byId(after, "tisa:JPN--USA").classes).toContain("in-answer");
    // Parties off the answer keep their look too; the answer's are brought forward.
    expect(byId(after, "GBR").classes).toEqual(byId(before, "GBR").classes);
    expect(byId(after, "USA").classes).toContain("in-answer");
    expect(after.some((e) => e.classes.includes("context") || e.classes.includes("dimmed"))).toBe(false);
  });

  it("draws the selected agreement's edges on top, and the selected route's hops as directed edges", () => {
    const els = toElements({
      ...NETWORK,
      selection: { type: "agreement", id: "warning" },
      selectedRoute: route(["KOR", "JPN"], ["gsomia"]),
    });
    const selected = edges(els).filter((e) => e.classes.includes("selected"));
    expect(selected.map((e) => e.data.id).sort()).toEqual([
      "warning:JPN--KOR",
      "warning:JPN--USA",
      "warning:KOR--USA",
    ]);
    expect(byId(els, "gsomia:KOR->JPN").classes).toContain("on-route");
  });

  it("draws only the blocked candidates in focus when a group is given, and none otherwise unless shown", () => {
    const direct = route(["KOR", "JPN"], ["gsomia"], "blocked", [
      { code: "not-in-force", message: "GSOMIA is not in force", hop: 0 },
    ]);
    const relay = route(["KOR", "USA", "JPN"], ["tisa", "tisa"], "blocked", [
      { code: "out-of-scope", message: "TISA does not cover it", hop: 1 },
    ]);
    const ans = answer("2015-06-01", [], [direct, relay]);
    const ids = (input: Partial<ElementsInput>) =>
      edges(toElements({ ...NETWORK, at: "2015-06-01", answer: ans, ...input }))
        .filter((e) => e.classes.includes("blocked-route"))
        .map((e) => e.data.id);
    expect(ids({})).toEqual([]);
    expect(ids({ showBlocked: true }).sort()).toEqual(["gsomia:JPN--KOR", "tisa:JPN--USA"]);
    expect(ids({ showBlocked: false, blockedFocus: [relay] })).toEqual(["tisa:JPN--USA"]);
    // The same holds in full detail.
    expect(
      edges(toElements({ ...TRIANGLE_INPUT, at: "2015-06-01", answer: ans, blockedFocus: [direct] }))
        .filter((e) => e.classes.includes("blocked-route"))
        .map((e) => e.data.id),
    ).toEqual(["gsomia:JPN--KOR"]);
  });
});

describe("the kept backdrop", () => {
  const world = syntheticWorld({ parties: 40, agreements: 400, seed: 9 });
  const backdrop = (els: GraphElement[]) => edges(els).filter((e) => e.classes.includes("network"));
  const input = (model: ReturnType<typeof buildModel>, at: string): ElementsInput => ({
    ...NETWORK,
    model,
    at,
    answer: null,
    hideInactive: true,
  });

  it("gives back the same edges for a query and a date that changes no status, and new ones after a change", () => {
    const model = buildModel(world);
    const first = backdrop(toElements(input(model, "1990-06-01")));
    const queried = backdrop(
      toElements({ ...input(model, "1990-06-01"), selection: { type: "party", id: "P0001" } }),
    );
    expect(queried).toHaveLength(first.length);
    expect(queried.every((e, i) => e === first[i])).toBe(true);
    // Three months later a few agreements have changed: their pairs' edges are new, the others the same objects.
    const later = backdrop(toElements(input(model, "1990-09-01")));
    const kept = later.filter((e) => first.includes(e)).length;
    expect(kept).toBeLessThan(later.length);
    expect(kept).toBeGreaterThan(later.length / 2);
  });

  it("draws, on any walk of dates and scenarios, what a fresh model draws", () => {
    const model = buildModel(world);
    const steps: [string, string[], boolean][] = [
      ["1990-06-01", [], true],
      ["1990-07-01", [], true],
      ["2010-06-01", [], true],
      ["2010-06-01", ["P0001"], true],
      ["1975-01-01", ["P0001"], true],
      ["1975-01-01", ["P0001"], false],
      ["1990-06-01", [], false],
      ["1990-06-01", [], true],
    ];
    for (const [at, disabled, hideInactive] of steps) {
      const walked = { ...input(model, at), disabled, hideInactive };
      const drawn = backdrop(toElements(walked));
      expect(drawn, `${at} ${disabled} ${hideInactive}`).toEqual(
        backdrop(toElements({ ...walked, model: buildModel(world) })),
      );
      expect(drawn.length).toBeGreaterThan(0);
    }
    expect(
      backdrop(toElements({ ...input(model, "1975-01-01"), disabled: ["P0001"] })).some((e) =>
        e.classes.includes("disabled"),
      ),
    ).toBe(true);
  });
});

describe("graphDetail", () => {
  it("draws a dataset the size of the built-in one in full and a world-sized one as a network", () => {
    expect(graphDetail(triangle)).toBe("full");
    expect(graphDetail(buildModel(syntheticWorld({ parties: 200, agreements: 3000, seed: 3 })))).toBe(
      "network",
    );
    expect(graphDetail(buildModel(syntheticWorld({ parties: 40, agreements: 100, seed: 3 })))).toBe("full");
  });
});

describe("pairStatuses", () => {
  it("gives statusOn's answer for every pair of every agreement, on dates walked forward and back", () => {
    const model = buildModel(syntheticWorld({ parties: 30, agreements: 300, seed: 5 }));
    const days = [0, 4000, 9000, 9010, 12000, 15000, 20000, 9005, 3000].map((d) => addDays("1950-01-01", d));
    for (const at of days) {
      for (const agreement of model.dataset.agreements) {
        const pairs = modelPairs(model, agreement);
        expect(pairStatuses(agreement, at, pairs)).toEqual(
          pairs.map((p) => statusOn(agreement, at, p).status),
        );
      }
    }
  });
});
