// An agreement's status on a date and the period around it, derived from small named timelines.
import { describe, expect, it } from "vitest";
import type { Agreement, AgreementEvent } from "../../src/model/schema";
import {
  endedOn,
  eventDay,
  isApproximateBasis,
  OPERATIVE,
  periodOn,
  statusOn,
} from "../../src/model/timeline";

function ev(type: AgreementEvent["type"], date: string, extra: Partial<AgreementEvent> = {}): AgreementEvent {
  return { type, date, certainty: "confirmed", sources: ["s1"], ...extra };
}

function agreement(id: string, parties: string[], timeline: AgreementEvent[]): Agreement {
  return {
    id,
    name: id,
    kind: "security-agreement",
    legalNature: "binding",
    shape: parties.length === 2 ? "bilateral" : "all-to-all",
    parties,
    scope: ["any"],
    timeline,
    sources: ["s1"],
  };
}

/** The Japan–ROK GSOMIA: notice of termination, suspended the day before it took effect, withdrawn in 2023. */
const GSOMIA = agreement(
  "gsomia",
  ["KOR", "JPN"],
  [
    ev("signed", "2016-11-23"),
    ev("in-force", "2016-11-23"),
    ev("termination-notified", "2019-08-23", { effective: "2019-11-23" }),
    ev("termination-suspended", "2019-11-22"),
    ev("restored", "2023-03-21"),
  ],
);

/** A notice that nobody suspended: the agreement ends on the effective date. */
const LAPSED = agreement(
  "lapsed",
  ["KOR", "JPN"],
  [ev("in-force", "2016-11-23"), ev("termination-notified", "2019-08-23", { effective: "2019-11-23" })],
);

/** Ended outright by a terminated event. */
const ENDED = agreement(
  "ended",
  ["USA", "GBR"],
  [ev("in-force", "2000-01-01"), ev("terminated", "2010-06-30")],
);

/** Three founding members; CAN joins later. */
const CAN_JOINS = ev("in-force", "1949-01-01", { parties: ["CAN"] });
const ALLIANCE = agreement("alliance", ["USA", "GBR", "CAN"], [ev("in-force", "1946-03-05"), CAN_JOINS]);

/** Signed on a day in December, in force "December 2015" (the month only): the month holds the signing day. */
const MONTH_HOLDS_SIGNING = agreement(
  "month-holds-signing",
  ["KOR", "JPN"],
  [ev("signed", "2015-12-12"), ev("in-force", "2015-12")],
);

/** Signed on a day, in force "in 2013" (the year only): the year holds the signing day. */
const YEAR_HOLDS_SIGNING = agreement(
  "year-holds-signing",
  ["JPN", "GBR"],
  [ev("signed", "2013-07-04"), ev("in-force", "2013")],
);

/** The same month, the signature listed after the entry into force: still never in force before it. */
const SIGNING_LISTED_AFTER = agreement(
  "signing-listed-after",
  ["JPN", "DEU"],
  [ev("in-force", "2021-03"), ev("signed", "2021-03-22")],
);

/** In force in a later month than the signature: the month's first day. */
const LATER_MONTH = agreement(
  "later-month",
  ["JPN", "GBR"],
  [ev("signed", "2013-07"), ev("in-force", "2014-01")],
);

/** A termination notice whose effect is known only by month: never in effect before the day after the notice. */
const NOTICE_MONTH = agreement(
  "notice-month",
  ["KOR", "JPN"],
  [ev("in-force", "2016-11-23"), ev("termination-notified", "2019-08-23", { effective: "2019-08" })],
);

/** A member that joined in a year in which an earlier event of the same agreement is dated to the day. */
const JOINS_IN_YEAR = agreement(
  "joins-in-year",
  ["USA", "GBR", "CAN"],
  [ev("in-force", "1948-05-10"), ev("in-force", "1948", { parties: ["CAN"] })],
);

const status = (a: Agreement, day: string, pair?: readonly [string, string]) => statusOn(a, day, pair).status;

describe("statusOn", () => {
  it("is not-yet before entry into force", () => {
    expect(status(GSOMIA, "2016-11-22")).toBe("not-yet");
    expect(statusOn(GSOMIA, "2016-11-22").basis).toEqual([]);
  });

  it("is in-force from the day of entry into force", () => {
    expect(status(GSOMIA, "2016-11-23")).toBe("in-force");
    expect(status(GSOMIA, "2017-11-19")).toBe("in-force");
    expect(statusOn(GSOMIA, "2017-11-19").basis).toEqual([GSOMIA.timeline[1]]);
  });

  it("is termination-pending from the notice until the day before it takes effect", () => {
    expect(status(GSOMIA, "2019-08-22")).toBe("in-force");
    expect(status(GSOMIA, "2019-08-23")).toBe("termination-pending");
    expect(status(GSOMIA, "2019-09-01")).toBe("termination-pending");
    expect(statusOn(GSOMIA, "2019-09-01").basis).toContain(GSOMIA.timeline[2]);
  });

  it("ends on the effective date when the notice was not suspended", () => {
    expect(status(LAPSED, "2019-11-22")).toBe("termination-pending");
    expect(status(LAPSED, "2019-11-23")).toBe("ended");
    expect(status(LAPSED, "2025-01-01")).toBe("ended");
    expect(statusOn(LAPSED, "2025-01-01").basis).toEqual([LAPSED.timeline[1]]);
  });

  it("is conditional after the suspension, and does not end on the old effective date", () => {
    expect(status(GSOMIA, "2019-11-22")).toBe("conditional");
    expect(status(GSOMIA, "2019-11-23")).toBe("conditional");
    expect(status(GSOMIA, "2022-01-01")).toBe("conditional");
  });

  it("is restored after the notices are withdrawn", () => {
    expect(status(GSOMIA, "2023-03-20")).toBe("conditional");
    expect(status(GSOMIA, "2023-03-21")).toBe("restored");
    expect(statusOn(GSOMIA, "2024-01-01").basis).toEqual([GSOMIA.timeline[1], GSOMIA.timeline[4]]);
  });

  it("is ended from a terminated event on", () => {
    expect(status(ENDED, "2010-06-29")).toBe("in-force");
    expect(status(ENDED, "2010-06-30")).toBe("ended");
  });

  it("counts a later accession for the pairs of the member that joined, and only for them", () => {
    expect(status(ALLIANCE, "1947-01-01", ["USA", "GBR"])).toBe("in-force");
    expect(statusOn(ALLIANCE, "1947-01-01", ["USA", "CAN"])).toEqual({
      status: "not-yet",
      basis: [CAN_JOINS],
    });
    expect(status(ALLIANCE, "1947-01-01", ["CAN", "USA"])).toBe("not-yet");
    expect(status(ALLIANCE, "1949-01-01", ["USA", "CAN"])).toBe("in-force");
    expect(statusOn(ALLIANCE, "1950-01-01", ["GBR", "CAN"]).basis).toContain(CAN_JOINS);
  });

  it("reads an in-force month that holds the signing day as the signing day (rule 8)", () => {
    expect(status(MONTH_HOLDS_SIGNING, "2015-12-01")).toBe("not-yet");
    expect(status(MONTH_HOLDS_SIGNING, "2015-12-11")).toBe("not-yet");
    expect(status(MONTH_HOLDS_SIGNING, "2015-12-12")).toBe("in-force");
    expect(isApproximateBasis(statusOn(MONTH_HOLDS_SIGNING, "2015-12-20").basis)).toBe(true);
    expect(isApproximateBasis(statusOn(GSOMIA, "2017-11-19").basis)).toBe(false);
  });

  it("reads an in-force year that holds the signing day as the signing day", () => {
    expect(status(YEAR_HOLDS_SIGNING, "2013-01-01")).toBe("not-yet");
    expect(status(YEAR_HOLDS_SIGNING, "2013-07-03")).toBe("not-yet");
    expect(status(YEAR_HOLDS_SIGNING, "2013-07-04")).toBe("in-force");
    expect(isApproximateBasis(statusOn(YEAR_HOLDS_SIGNING, "2014-01-01").basis)).toBe(true);
  });

  it("bounds an entry into force by a signature listed after it", () => {
    expect(status(SIGNING_LISTED_AFTER, "2021-03-21")).toBe("not-yet");
    expect(status(SIGNING_LISTED_AFTER, "2021-03-22")).toBe("in-force");
  });

  it("reads a month after the signing month as its first day", () => {
    expect(status(LATER_MONTH, "2013-12-31")).toBe("not-yet");
    expect(status(LATER_MONTH, "2014-01-01")).toBe("in-force");
  });

  it("never lets a termination take effect on or before its notice", () => {
    expect(status(NOTICE_MONTH, "2019-08-23")).toBe("termination-pending");
    expect(status(NOTICE_MONTH, "2019-08-24")).toBe("ended");
  });

  it("reads a later accession's year as no earlier than the event before it", () => {
    expect(eventDay(JOINS_IN_YEAR, JOINS_IN_YEAR.timeline[1]!)).toBe("1948-05-10");
    expect(status(JOINS_IN_YEAR, "1948-05-09", ["USA", "CAN"])).toBe("not-yet");
    expect(status(JOINS_IN_YEAR, "1948-05-10", ["USA", "CAN"])).toBe("in-force");
  });
});

describe("endedOn", () => {
  it("gives the first day an agreement counts as ended, or undefined", () => {
    expect(endedOn(LAPSED)).toBe("2019-11-23");
    expect(endedOn(ENDED)).toBe("2010-06-30");
    expect(endedOn(GSOMIA)).toBeUndefined();
  });

  it("reads a termination known by month as the day after its notice, not the 1st of the month", () => {
    const byMonth = agreement(
      "by-month",
      ["KOR", "JPN"],
      [ev("in-force", "2016-11-23"), ev("termination-notified", "2019-11-10", { effective: "2019-11" })],
    );
    expect(endedOn(byMonth)).toBe("2019-11-11");
  });

  it("ends a later member's channel with the agreement", () => {
    const endedAlliance = agreement(
      "ended-alliance",
      ["USA", "GBR", "CAN"],
      [ev("in-force", "1946-03-05"), CAN_JOINS, ev("terminated", "2000-01-01")],
    );
    expect(endedOn(endedAlliance, ["USA", "CAN"])).toBe("2000-01-01");
    expect(endedOn(endedAlliance, ["USA", "GBR"])).toBe("2000-01-01");
  });
});

describe("OPERATIVE", () => {
  it("holds the statuses under which information flows", () => {
    expect([...OPERATIVE].sort()).toEqual(["conditional", "in-force", "restored", "termination-pending"]);
  });
});

describe("periodOn", () => {
  it("reaches back indefinitely before entry into force", () => {
    expect(periodOn(GSOMIA, "2010-01-01")).toMatchObject({ status: "not-yet", from: null, to: "2016-11-22" });
  });

  it("bounds each period of the GSOMIA by the events around it", () => {
    expect(periodOn(GSOMIA, "2017-11-19")).toMatchObject({
      status: "in-force",
      from: "2016-11-23",
      to: "2019-08-22",
    });
    expect(periodOn(GSOMIA, "2019-09-01")).toMatchObject({
      status: "termination-pending",
      from: "2019-08-23",
      to: "2019-11-21",
    });
    expect(periodOn(GSOMIA, "2020-06-01")).toMatchObject({
      status: "conditional",
      from: "2019-11-22",
      to: "2023-03-20",
    });
    expect(periodOn(GSOMIA, "2024-01-01")).toMatchObject({
      status: "restored",
      from: "2023-03-21",
      to: null,
    });
  });

  it("runs an ended agreement on indefinitely from its effective date", () => {
    expect(periodOn(LAPSED, "2020-01-01")).toMatchObject({ status: "ended", from: "2019-11-23", to: null });
  });

  it("follows the pair's own accession", () => {
    expect(periodOn(ALLIANCE, "1947-01-01", ["USA", "CAN"])).toMatchObject({
      status: "not-yet",
      from: null,
      to: "1948-12-31",
    });
    expect(periodOn(ALLIANCE, "1947-01-01", ["USA", "GBR"])).toMatchObject({
      status: "in-force",
      from: "1946-03-05",
      to: null,
    });
  });

  it("starts a month-only period on the signing day the month holds", () => {
    expect(periodOn(MONTH_HOLDS_SIGNING, "2016-01-01")).toMatchObject({
      status: "in-force",
      from: "2015-12-12",
      to: null,
    });
    expect(periodOn(MONTH_HOLDS_SIGNING, "2015-12-05")).toMatchObject({
      status: "not-yet",
      from: null,
      to: "2015-12-11",
    });
  });

  it("starts a month-only period on the first of the month when nothing earlier bounds it", () => {
    expect(periodOn(LATER_MONTH, "2015-01-01")).toMatchObject({ status: "in-force", from: "2014-01-01" });
  });
});
