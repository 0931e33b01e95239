// @vitest-environment happy-dom
// The timeline at scale: the strip shows a page of events around the As-of date with their count, pages and keys
// reach every event, and the slider counts events per stretch of its track once they are too many to mark one by one.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildModel, type Dataset } from "../../src/model";
import type { Action } from "../../src/state";
import { MAX_TICKS, sliderTicks } from "../../src/view/timeline/sliderTicks";
import { currentIndex, pageStart, pageWords } from "../../src/view/timeline/stripWindow";
import { Timeline } from "../../src/view/timeline/Timeline";
import { dayNumber, type TimelineItem } from "../../src/view/timeline/timelineEvents";
import { SHELL } from "./fixture";

afterEach(cleanup);

/** Day `n` after 2000-01-01. */
const day = (n: number) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
const num = (n: number) => String(n).padStart(3, "0");

/**
 * 150 agreements between Seoul and Tokyo, agreement i signed on day 2i and in force on day 2i + 1: 300 events, the
 * k-th on day k.
 */
const MANY: Dataset = {
  ...SHELL,
  agreements: Array.from({ length: 150 }, (_, i) => ({
    ...SHELL.agreements[0]!,
    id: `a-${num(i)}`,
    name: `A${num(i)}`,
    timeline: [
      { type: "signed" as const, date: day(2 * i), certainty: "confirmed" as const, sources: ["s1"] },
      { type: "in-force" as const, date: day(2 * i + 1), certainty: "confirmed" as const, sources: ["s1"] },
    ],
  })),
  incidents: [],
};
const many = buildModel(MANY);
const eventWord = (k: number) => `A${num(Math.floor(k / 2))}: ${k % 2 === 0 ? "signed" : "in force"}`;

const strip = () => screen.getByRole("list", { name: /Timeline events/ });
const shownLabels = () => [...strip().querySelectorAll(".label")].map((e) => e.textContent);

describe("the strip's page", () => {
  const items = Array.from({ length: 5 }, (_, k) => ({ day: day(k * 10) }) as TimelineItem);

  it("finds the last event on or before a date, or none", () => {
    expect(currentIndex(items, day(0))).toBe(0);
    expect(currentIndex(items, day(25))).toBe(2);
    expect(currentIndex(items, day(40))).toBe(4);
    expect(currentIndex(items, day(400))).toBe(4);
    expect(currentIndex(items, "1999-12-31")).toBe(-1);
    expect(currentIndex([], day(0))).toBe(-1);
  });

  it("centres a page on an event and keeps it within the events", () => {
    expect(pageStart(150, 300, 100)).toBe(100);
    expect(pageStart(10, 300, 100)).toBe(0);
    expect(pageStart(-1, 300, 100)).toBe(0);
    expect(pageStart(290, 300, 100)).toBe(200);
    expect(pageStart(40, 60, 100)).toBe(0);
    expect(pageWords(1200, 100, 3012)).toBe("Events 1,201–1,300 of 3,012");
    expect(pageWords(0, 3, 3)).toBe("3 events");
    expect(pageWords(0, 0, 0)).toBe("No events");
  });
});

describe("Timeline with more events than a page", () => {
  it("shows the hundred events around the As-of date, with the count", () => {
    render(<Timeline model={many} at={day(150)} focus={[]} dispatch={() => {}} />);
    expect(strip().querySelectorAll("li")).toHaveLength(100);
    expect(shownLabels()[0]).toBe(eventWord(100));
    expect(shownLabels()[99]).toBe(eventWord(199));
    expect(screen.getByText("Events 101–200 of 300")).toBeTruthy();
    const current = strip().querySelector('[aria-current="date"]')!;
    expect(current.textContent).toContain(eventWord(150));
    expect(current.getAttribute("tabindex")).toBe("0");
    expect(strip().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it("turns pages with the buttons, and goes back to the date's page", () => {
    render(<Timeline model={many} at={day(150)} focus={[]} dispatch={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Later events" }));
    expect(shownLabels()[0]).toBe(eventWord(200));
    expect(screen.getByText("Events 201–300 of 300")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Later events" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Events at the As-of date" }));
    expect(shownLabels()[0]).toBe(eventWord(100));
    fireEvent.click(screen.getByRole("button", { name: "Earlier events" }));
    fireEvent.click(screen.getByRole("button", { name: "Earlier events" }));
    expect(shownLabels()[0]).toBe(eventWord(0));
    expect((screen.getByRole("button", { name: "Earlier events" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("moves past the page's edge with the arrow keys, to the first and last events with Home and End", () => {
    render(<Timeline model={many} at={day(150)} focus={[]} dispatch={() => {}} />);
    const last = [...strip().querySelectorAll("button")].at(-1)!;
    last.focus();
    fireEvent.keyDown(last, { key: "ArrowRight" });
    expect(document.activeElement?.textContent).toContain(eventWord(200));
    expect(document.activeElement?.getAttribute("tabindex")).toBe("0");
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement?.textContent).toContain(eventWord(0));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowLeft" });
    expect(document.activeElement?.textContent).toContain(eventWord(0));
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement?.textContent).toContain(eventWord(299));
  });

  it("sets As of from an event on another page", () => {
    const dispatch = vi.fn<(a: Action) => void>();
    render(<Timeline model={many} at={day(150)} focus={[]} dispatch={dispatch} />);
    fireEvent.click(screen.getByRole("button", { name: "Later events" }));
    fireEvent.click(screen.getByRole("button", { name: new RegExp(eventWord(250)) }));
    expect(dispatch).toHaveBeenCalledWith({ type: "set-date", at: day(250) });
  });

  it("shows only the agreements in focus, without paging when they fit", () => {
    render(<Timeline model={many} at={day(150)} focus={["a-003", "a-140"]} dispatch={() => {}} />);
    expect(shownLabels()).toEqual([eventWord(6), eventWord(7), eventWord(280), eventWord(281)]);
    expect(screen.queryByRole("button", { name: "Later events" })).toBeNull();
  });

  it("draws the slider's ticks per stretch of the track when there are too many days to mark", () => {
    render(<Timeline model={many} at={day(150)} focus={[]} dispatch={() => {}} />);
    // 300 days of events on the slider: one tick each, as MAX_TICKS allows.
    expect(document.querySelectorAll(".tick")).toHaveLength(300);
    expect(document.querySelectorAll(".tick.stretch")).toHaveLength(0);
  });
});

describe("sliderTicks", () => {
  const items = (count: number): TimelineItem[] =>
    Array.from({ length: count }, (_, k) => ({
      key: `e${k}`,
      day: day(k),
      date: day(k),
      approximate: false,
      label: `event ${k}`,
      kind: "agreement",
    }));

  it("marks each day while the days are few", () => {
    const ticks = sliderTicks(items(MAX_TICKS), dayNumber(day(0)), dayNumber(day(MAX_TICKS)));
    expect(ticks).toHaveLength(MAX_TICKS);
    expect(ticks[1]).toMatchObject({ day: day(1), title: `${day(1)}: event 1`, count: 1, stretch: false });
  });

  it("counts events per stretch past that, every event in one stretch, a few hundred ticks for 100,000 events", () => {
    const all = items(100_000).map((item, k) => ({ ...item, day: day(Math.floor(k / 10)) }));
    const ticks = sliderTicks(all, dayNumber(day(0)), dayNumber(day(10_000)));
    expect(ticks.length).toBeLessThanOrEqual(240);
    expect(ticks.length).toBeGreaterThan(200);
    expect(ticks.every((t) => t.stretch)).toBe(true);
    expect(ticks.reduce((sum, t) => sum + t.count, 0)).toBe(100_000);
    expect(ticks[0]!.title).toMatch(/^2000-01-01 to 2000-02-\d\d: 4\d\d agreement events$/);
    expect(ticks[0]!.left).toBe(0);
  });
});
