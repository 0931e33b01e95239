// The story checks of DESIGN.md, through findRoutes and through the CLI's JSON, on the default dataset and on the
// story fixture that mirrors it.
import { describe, expect, it } from "vitest";
import { DEFAULT_DATASET } from "../../src/cli/readDataset";
import { findRoutes, type Route, type RouteAnswer } from "../../src/routing";
import { cli, codes, modelAt, STORY_FIXTURE } from "./helpers";

type Ask = (q: { from?: string; to?: string; topic?: string; at: string }) => RouteAnswer;

const isDirectGsomia = (r: Route, from = "KOR", to = "JPN") =>
  r.hops.length === 1 && r.hops[0]!.agreement === "jpn-kor-gsomia" && r.parties.join() === `${from},${to}`;
const isTisaRelay = (r: Route) =>
  r.parties.join() === "KOR,USA,JPN" && r.hops.every((h) => h.agreement === "tisa");

function storyChecks(name: string, ask: Ask) {
  describe(name, () => {
    it("2014-06-01: no permitted route; KOR → USA → JPN is listed as blocked", () => {
      const a = ask({ at: "2014-06-01" });
      expect(a.routes).toEqual([]);
      const viaUsa = a.blocked.filter((r) => r.parties.join() === "KOR,USA,JPN");
      expect(viaUsa.length).toBeGreaterThan(0);
      for (const r of viaUsa) {
        expect(codes(r.reasons).some((c) => c === "third-party-rule" || c === "not-in-force")).toBe(true);
      }
    });

    it("2015-06-01: exactly one permitted route, KOR → USA → JPN under TISA with originator approval", () => {
      const a = ask({ at: "2015-06-01" });
      expect(a.routes).toHaveLength(1);
      expect(isTisaRelay(a.routes[0]!)).toBe(true);
      expect(a.routes[0]!.kind).toBe("relayed");
      expect(a.routes[0]!.intermediaries).toEqual(["USA"]);
      expect(codes(a.routes[0]!.conditions)).toEqual(["originator-approval"]);
    });

    it("2017-11-19: direct KOR → JPN under GSOMIA first, then KOR → USA → JPN under TISA", () => {
      const a = ask({ at: "2017-11-19" });
      expect(isDirectGsomia(a.routes[0]!)).toBe(true);
      expect(a.routes[0]!.kind).toBe("direct");
      expect(isTisaRelay(a.routes[1]!)).toBe(true);
    });

    it("2017-11-19, china-military: direct blocked by policy-restriction, TISA by out-of-scope", () => {
      const a = ask({ at: "2017-11-19", topic: "china-military" });
      expect(a.routes).toEqual([]);
      const direct = a.blocked.find((r) => isDirectGsomia(r));
      expect(codes(direct!.reasons)).toEqual(["policy-restriction"]);
      const tisa = a.blocked.find(isTisaRelay);
      expect(codes(tisa!.reasons)).toEqual(["out-of-scope", "out-of-scope"]);
    });

    it("2017-11-19, JPN → KOR, china-military: direct under GSOMIA is permitted (the policy is Seoul's)", () => {
      const a = ask({ at: "2017-11-19", from: "JPN", to: "KOR", topic: "china-military" });
      expect(a.routes.some((r) => isDirectGsomia(r, "JPN", "KOR"))).toBe(true);
    });

    it("2019-09-01: direct route permitted with warning termination-pending", () => {
      const a = ask({ at: "2019-09-01" });
      const direct = a.routes.find((r) => isDirectGsomia(r));
      expect(codes(direct!.warnings)).toContain("termination-pending");
    });
  });
}

for (const [label, path] of [
  ["story fixture", STORY_FIXTURE],
  ["default dataset", DEFAULT_DATASET],
] as const) {
  describe(label, () => {
    storyChecks("through findRoutes", (q) => {
      const model = modelAt(path);
      return findRoutes(model, { from: "KOR", to: "JPN", topic: "nk-missile", ...q });
    });
    storyChecks("through the CLI's JSON", (q) => {
      const { code, out, err } = cli([
        "routes",
        "--from",
        q.from ?? "KOR",
        "--to",
        q.to ?? "JPN",
        "--topic",
        q.topic ?? "nk-missile",
        "--at",
        q.at,
        "--format",
        "json",
        ...(path === DEFAULT_DATASET ? [] : ["--data", path]),
      ]);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const json = JSON.parse(out);
      // With no permitted route, the answer says how far the dataset's coverage vouches for that.
      const coverage = json.routes.length === 0 ? ["coverage"] : [];
      expect(Object.keys(json)).toEqual([
        "query",
        "routes",
        ...coverage,
        "blockedTotal",
        "blockedSummary",
        "blocked",
      ]);
      return json as RouteAnswer;
    });
  });
}
