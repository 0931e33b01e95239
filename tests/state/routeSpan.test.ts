// How long a route stays as it is, read from the route timeline: permitted from and to, the next change of its
// warnings, and a blocked stretch with the nearest days it is permitted.
import { describe, expect, it } from "vitest";
import { routeTimeline } from "../../src/analysis";
import { buildModel, type Dataset } from "../../src/model";
import { routeSpan, routeTimelineOf } from "../../src/state";
import { SHELL, shell } from "../view/fixture";

const TISA = "KOR>USA>JPN:tisa+tisa";
const GSOMIA = "KOR>JPN:gsomia";
const question = {
  query: { from: "KOR", to: "JPN", topic: "nk-missile" },
  maxHops: 3,
  allowConsentRelay: false,
};
const cite = { sources: ["s1"], certainty: "confirmed" as const };

/** The shell with GSOMIA's 2019 notice, its suspension and (for the test) an end on 2021-01-01. */
const ENDED: Dataset = {
  ...SHELL,
  agreements: SHELL.agreements.map((a) =>
    a.id !== "gsomia"
      ? a
      : {
          ...a,
          timeline: [
            ...a.timeline,
            { type: "termination-notified", date: "2019-08-23", effective: "2019-11-23", ...cite },
            { type: "termination-suspended", date: "2019-11-22", ...cite },
            { type: "terminated", date: "2021-01-01", ...cite },
          ],
        },
  ),
};
const ended = buildModel(ENDED);

describe("routeSpan", () => {
  const timeline = routeTimeline(shell, "KOR", "JPN", "nk-missile", { explain: 0 });
  const own = (key: string) => routeTimelineOf(shell, { ...question, disabled: [] }, key)!;

  it("a permitted relay: permitted from its entry into force, with no end in the dataset", () => {
    const span = routeSpan(timeline, { key: TISA, status: "permitted" }, "2017-11-19");
    expect(routeSpan(own(TISA), { key: TISA, status: "permitted" }, "2017-11-19")).toEqual(span);
    expect(span).toEqual({
      status: "permitted",
      from: "2014-12-29",
      to: null,
      sameSince: null,
      nextChange: null,
      permittedBefore: null,
      permittedAfter: null,
    });
  });

  it("a route blocked before its agreement: blocked until the day before, permitted from that day", () => {
    expect(routeSpan(own(GSOMIA), { key: GSOMIA, status: "blocked" }, "2015-06-01")).toMatchObject({
      status: "blocked",
      from: null,
      to: "2016-11-22",
      permittedBefore: null,
      permittedAfter: "2016-11-23",
    });
  });

  it("warnings that change within a permitted stretch: since when, and the next change", () => {
    const t = routeTimelineOf(ended, { ...question, disabled: [] }, GSOMIA)!;
    expect(routeSpan(t, { key: GSOMIA, status: "permitted" }, "2017-11-19")).toMatchObject({
      from: "2016-11-23",
      to: "2020-12-31",
      sameSince: null,
      nextChange: "2019-08-23",
    });
    expect(routeSpan(t, { key: GSOMIA, status: "permitted" }, "2019-09-01")).toMatchObject({
      sameSince: "2019-08-23",
      nextChange: "2019-11-22",
    });
    expect(routeSpan(t, { key: GSOMIA, status: "blocked" }, "2022-01-01")).toMatchObject({
      from: "2021-01-01",
      to: null,
      permittedBefore: "2020-12-31",
      permittedAfter: null,
    });
  });

  it("a route the timeline does not list is never permitted; a status the timeline contradicts gives null", () => {
    const off = routeTimeline(shell, "KOR", "JPN", "nk-missile", { explain: 0, disable: ["tisa"] });
    expect(routeSpan(off, { key: TISA, status: "blocked" }, "2017-11-19")).toMatchObject({
      status: "blocked",
      from: null,
      to: null,
      permittedAfter: null,
    });
    expect(routeSpan(off, { key: TISA, status: "permitted" }, "2017-11-19")).toBeNull();
    expect(routeSpan(timeline, { key: TISA, status: "blocked" }, "2017-11-19")).toBeNull();
  });
});
