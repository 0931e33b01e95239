// A small named fixture for the graph view: Seoul, Tokyo and Washington with a bilateral agreement, a hub-and-spoke
// arrangement and a three-way technical mechanism, plus London and an organisation seated in Brussels.
import { buildModel, type Dataset, type Model } from "../../../src/model";
import type { Hop, Reason, Route, RouteAnswer } from "../../../src/routing/types";
import type { ElementsInput } from "../../../src/view/graph/elements";

const cite = { sources: ["s1"] };

export const TRIANGLE: Dataset = {
  title: "Triangle fixture",
  sources: [
    {
      id: "s1",
      publisher: "Test",
      title: "Test source",
      url: "https://example.org/a",
      quote: "a quote",
      grade: "A",
      fact: "G-06",
      status: "confirmed",
    },
  ],
  topics: [
    { id: "any", name: "Any topic" },
    { id: "nk-missile", name: "NK missiles", parent: "any" },
  ],
  parties: [
    { id: "KOR", kind: "state", name: "Republic of Korea", shortName: "ROK", ...cite },
    { id: "JPN", kind: "state", name: "Japan", ...cite },
    { id: "USA", kind: "state", name: "United States of America", ...cite },
    { id: "GBR", kind: "state", name: "United Kingdom of Great Britain and Northern Ireland", ...cite },
    { id: "NATO", kind: "organisation", name: "North Atlantic Treaty Organization", seat: "BEL", ...cite },
  ],
  agreements: [
    {
      id: "gsomia",
      name: "Japan–ROK GSOMIA",
      kind: "security-agreement",
      legalNature: "binding",
      shape: "bilateral",
      parties: ["KOR", "JPN"],
      scope: ["any"],
      timeline: [{ type: "in-force", date: "2016-11-23", certainty: "confirmed", ...cite }],
      ...cite,
    },
    {
      id: "tisa",
      name: "TISA",
      kind: "arrangement",
      legalNature: "non-binding",
      shape: "hub-and-spoke",
      parties: ["USA", "KOR", "JPN"],
      hub: "USA",
      relay: { condition: "originator-approval" },
      scope: ["nk-missile"],
      timeline: [{ type: "in-force", date: "2014-12-29", certainty: "confirmed", ...cite }],
      ...cite,
    },
    {
      id: "warning",
      name: "Missile-warning data sharing",
      kind: "technical-mechanism",
      legalNature: "unknown",
      shape: "all-to-all",
      parties: ["KOR", "JPN", "USA"],
      scope: ["nk-missile"],
      timeline: [{ type: "in-force", date: "2023-12-19", certainty: "confirmed", ...cite }],
      ...cite,
    },
    {
      id: "ukusa",
      name: "UKUSA",
      kind: "multilateral-agreement",
      legalNature: "binding",
      shape: "all-to-all",
      parties: ["USA", "GBR"],
      scope: ["any"],
      timeline: [{ type: "in-force", date: "1946-03-05", certainty: "confirmed", ...cite }],
      ...cite,
    },
    {
      id: "japan-nato",
      name: "Japan–NATO",
      kind: "security-agreement",
      legalNature: "binding",
      shape: "bilateral",
      parties: ["JPN", "NATO"],
      scope: ["any"],
      timeline: [{ type: "in-force", date: "2010-06-25", certainty: "confirmed", ...cite }],
      ...cite,
    },
  ],
  policies: [],
  incidents: [],
  discrepancies: [],
};

export const triangle: Model = buildModel(TRIANGLE);

const NAMES: Record<string, string> = { gsomia: "Japan–ROK GSOMIA", tisa: "TISA", ukusa: "UKUSA" };

/** A hand-written route over `parties` using one agreement per hop. */
export function route(
  parties: string[],
  agreements: string[],
  status: Route["status"] = "permitted",
  reasons: Reason[] = [],
): Route {
  const hops: Hop[] = agreements.map((agreement, i) => ({
    from: parties[i]!,
    to: parties[i + 1]!,
    agreement,
    agreementName: NAMES[agreement] ?? agreement,
  }));
  return {
    parties,
    kind: hops.length === 1 ? "direct" : "relayed",
    status,
    hops,
    intermediaries: parties.slice(1, -1),
    conditions: [],
    warnings: [],
    reasons,
    validFrom: null,
    validTo: null,
    sources: [],
    agreements: [],
  };
}

/** A hand-written answer for KOR → JPN on nk-missile. */
export function answer(at: string, routes: Route[], blocked: Route[]): RouteAnswer {
  return {
    query: {
      from: "KOR",
      to: "JPN",
      topic: "nk-missile",
      at,
      maxHops: 3,
      allowConsentRelay: false,
      disable: [],
      explain: 10,
    },
    routes,
    blockedTotal: blocked.length,
    blockedSummary: [],
    blocked,
  };
}

/** toElements' input for the triangle on 2017-11-19 with nothing asked, selected or switched off. */
export const TRIANGLE_INPUT: ElementsInput = {
  model: triangle,
  at: "2017-11-19",
  answer: null,
  selectedRoute: null,
  selection: null,
  disabled: [],
  hideInactive: false,
  showBlocked: false,
};
