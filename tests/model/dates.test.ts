// Calendar dates: validity, month and year dates read as their first day, day arithmetic across month ends.
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDays,
  isApproximate,
  isCalendarDate,
  isIsoDay,
  lastDayOf,
  toDay,
} from "../../src/model/dates";

describe("isCalendarDate", () => {
  it.each(["2016-11-23", "2016-02-29", "2000-02-29", "2019-12-31", "2013-03", "2013-12", "1956"])(
    "accepts %s",
    (d) => {
      expect(isCalendarDate(d)).toBe(true);
    },
  );

  it.each([
    ["2019-02-30", "30 February"],
    ["2019-02-29", "29 February in a common year"],
    ["1900-02-29", "29 February in a century year that is not a leap year"],
    ["2019-04-31", "31 April"],
    ["2019-13-01", "month 13"],
    ["2019-00-10", "month 0"],
    ["2019-01-00", "day 0"],
    ["2019-13", "month 13 alone"],
    ["2019-00", "month 0 alone"],
    ["2019-1-1", "unpadded"],
    ["19-01-01", "two-digit year"],
    ["2019/01/01", "slashes"],
    ["2019-01-01T00:00", "a time"],
    ["", "empty"],
  ])("rejects %s (%s)", (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });

  it("knows the last day of every month of every year as the platform's calendar does", () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        // The platform's calendar reads years 0–99 as 1900–1999, as the dates have always been checked.
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const date = (d: number) => `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
        if (!isCalendarDate(date(last)) || isCalendarDate(date(last + 1)))
          expect.fail(`${date(last)} should be the last day of its month`);
        expect(lastDayOf(`${pad(year, 4)}-${pad(month)}`)).toBe(date(last));
      }
    }
  });
});

describe("isApproximate", () => {
  it("flags month and year dates, not full days", () => {
    expect(isApproximate("2013-03")).toBe(true);
    expect(isApproximate("1956")).toBe(true);
    expect(isApproximate("2013-03-01")).toBe(false);
  });
});

describe("toDay", () => {
  it("reads a month or a year as its first day and keeps a full day", () => {
    expect(toDay("2013-03")).toBe("2013-03-01");
    expect(toDay("1956")).toBe("1956-01-01");
    expect(toDay("2016-11-23")).toBe("2016-11-23");
  });

  it("throws a RangeError naming the value on something that is not a date", () => {
    expect(() => toDay("2019-02-30")).toThrow(RangeError);
    expect(() => toDay("soon")).toThrow(/toDay: not an ISO date: "soon"/);
  });
});

describe("lastDayOf", () => {
  it("gives the last day a month or year may stand for, leap years included", () => {
    expect(lastDayOf("2016-02")).toBe("2016-02-29");
    expect(lastDayOf("2019-02")).toBe("2019-02-28");
    expect(lastDayOf("2015-12")).toBe("2015-12-31");
    expect(lastDayOf("2015")).toBe("2015-12-31");
    expect(lastDayOf("2015-12-12")).toBe("2015-12-12");
  });
});

describe("addDays", () => {
  it("crosses month and year ends both ways", () => {
    expect(addDays("2019-12-31", 1)).toBe("2020-01-01");
    expect(addDays("2020-01-01", -1)).toBe("2019-12-31");
    expect(addDays("2016-03-01", -1)).toBe("2016-02-29");
    expect(addDays("2019-03-01", -1)).toBe("2019-02-28");
    expect(addDays("2019-03-10", 365)).toBe("2020-03-09");
    expect(addDays("2019-08-23", 0)).toBe("2019-08-23");
  });
});

describe("compareDays", () => {
  it("orders days by the calendar", () => {
    expect(compareDays("2016-11-23", "2019-08-23")).toBeLessThan(0);
    expect(compareDays("2019-08-23", "2016-11-23")).toBeGreaterThan(0);
    expect(compareDays("2019-08-23", "2019-08-23")).toBe(0);
  });
});

describe("isIsoDay", () => {
  it("accepts a real calendar day YYYY-MM-DD", () => {
    expect(isIsoDay("2017-11-19")).toBe(true);
    expect(isIsoDay("2016-02-29")).toBe(true);
  });

  it.each(["2019-02-30", "2013-03", "1956", "2019-1-1", "2017-11-19T00:00", ""])("rejects %s", (d) => {
    expect(isIsoDay(d)).toBe(false);
  });
});
