// The timeline's date checks under rule 8: a month or year is wrong only when none of its days fits.
import { describe, expect, it } from "vitest";
import type { Agreement, AgreementEvent } from "../../src/model/schema";
import { checkTimelineDates } from "../../src/model/timelineChecks";

const ev = (
  type: AgreementEvent["type"],
  date: string,
  extra: Partial<AgreementEvent> = {},
): AgreementEvent => ({
  type,
  date,
  certainty: "confirmed",
  sources: ["s1"],
  ...extra,
});

const bilateral = (timeline: AgreementEvent[]): Agreement => ({
  id: "isa",
  name: "ISA",
  kind: "security-agreement",
  legalNature: "binding",
  shape: "bilateral",
  parties: ["JPN", "IND"],
  scope: ["any"],
  timeline,
  sources: ["s1"],
});

describe("checkTimelineDates", () => {
  it("accepts an in-force month or year that holds the signing day", () => {
    expect(checkTimelineDates(bilateral([ev("signed", "2015-12-12"), ev("in-force", "2015-12")]))).toEqual(
      [],
    );
    expect(checkTimelineDates(bilateral([ev("signed", "2015-12-12"), ev("in-force", "2015")]))).toEqual([]);
    expect(checkTimelineDates(bilateral([ev("in-force", "2015-12"), ev("signed", "2015-12-12")]))).toEqual(
      [],
    );
  });

  it("rejects an in-force month before the signing month, wherever the signature is listed", () => {
    const after = checkTimelineDates(bilateral([ev("signed", "2015-12-12"), ev("in-force", "2015-11")]));
    expect(after).toEqual([
      {
        path: ["timeline", 1, "date"],
        message:
          "in force 2015-11, before the agreement was signed (2015-12-12): an agreement is never in force before its signing day",
      },
    ]);
    const before = checkTimelineDates(bilateral([ev("in-force", "2015-11"), ev("signed", "2015-12-12")]));
    expect(before.map((p) => p.path)).toEqual([["timeline", 0, "date"]]);
  });

  it("rejects an accession before the agreement's own entry into force", () => {
    const forum = (timeline: AgreementEvent[]): Agreement => ({
      ...bilateral(timeline),
      shape: "all-to-all",
      parties: ["AA", "BB", "CC"],
    });
    expect(
      checkTimelineDates(forum([ev("in-force", "1982"), ev("in-force", "2013-04", { parties: ["BB"] })])),
    ).toEqual([]);
    expect(
      checkTimelineDates(
        forum([
          ev("in-force", "1982", { parties: ["AA", "CC"] }),
          ev("in-force", "2013-04", { parties: ["BB"] }),
        ]),
      ).map((p) => p.path),
    ).toEqual([
      ["timeline", 0, "parties"],
      ["timeline", 1, "parties"],
    ]);
  });

  it("says how a month it compares with was read", () => {
    const problems = checkTimelineDates(
      bilateral([ev("signed", "2015-12-12"), ev("in-force", "2015-12"), ev("renewed", "2015-12-05")]),
    );
    expect(problems).toEqual([
      {
        path: ["timeline", 2, "date"],
        message:
          "timeline out of order: 2015-12-05 is earlier than the event before it (2015-12, read as 2015-12-12)",
      },
    ]);
  });

  it("accepts a termination month after the notice day and rejects one that ends before it", () => {
    const notice = (effective: string) =>
      bilateral([ev("in-force", "2016-11-23"), ev("termination-notified", "2019-08-23", { effective })]);
    expect(checkTimelineDates(notice("2019-08"))).toEqual([]);
    expect(checkTimelineDates(notice("2019-07"))).toEqual([
      {
        path: ["timeline", 1, "effective"],
        message: "termination takes effect 2019-07, not after its notice 2019-08-23",
      },
    ]);
    expect(checkTimelineDates(notice("2019-08-23")).map((p) => p.path)).toEqual([
      ["timeline", 1, "effective"],
    ]);
  });
});
