// The pace of URL writes: at once after most changes, a few a second while only the date moves.
import { describe, expect, it } from "vitest";
import { DATE_URL_INTERVAL, FRESH_URL_CLOCK, nextUrlWrite, urlWritten } from "../../src/state";

describe("nextUrlWrite", () => {
  it("writes the first state at once", () => {
    expect(nextUrlWrite(FRESH_URL_CLOCK, "from=KOR", 1000)).toMatchObject({ dateOnly: false, delay: 0 });
  });

  it("writes any change but the date at once, however recent the last write", () => {
    const clock = urlWritten(nextUrlWrite(FRESH_URL_CLOCK, "a", 0).clock, true, 1000);
    expect(nextUrlWrite(clock, "b", 1001)).toMatchObject({ dateOnly: false, delay: 0 });
  });

  it("holds a date-only change back until the interval since the last date-only write has passed", () => {
    let clock = nextUrlWrite(FRESH_URL_CLOCK, "a", 0).clock;
    clock = urlWritten(clock, false, 0);
    // The first date step after another change goes at once.
    const first = nextUrlWrite(clock, "a", 100);
    expect(first).toMatchObject({ dateOnly: true, delay: 0 });
    clock = urlWritten(first.clock, true, 100);
    expect(nextUrlWrite(clock, "a", 150).delay).toBe(DATE_URL_INTERVAL - 50);
    expect(nextUrlWrite(clock, "a", 100 + DATE_URL_INTERVAL).delay).toBe(0);
  });

  it("remembers the state it saw, not the one written", () => {
    const next = nextUrlWrite(FRESH_URL_CLOCK, "a", 0);
    expect(next.clock.rest).toBe("a");
    expect(next.clock.lastDateWrite).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("urlWritten", () => {
  it("starts the interval after a date-only write and clears it after any other", () => {
    expect(urlWritten({ rest: "a", lastDateWrite: 5 }, true, 42).lastDateWrite).toBe(42);
    expect(urlWritten({ rest: "a", lastDateWrite: 5 }, false, 42).lastDateWrite).toBe(
      Number.NEGATIVE_INFINITY,
    );
  });
});
