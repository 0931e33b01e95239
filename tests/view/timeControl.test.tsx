// @vitest-environment happy-dom
// The time control: the As-of field in ISO form, the slider over the dataset's span with month and year steps and
// event ticks, month-only events placed where the route engine reads them; and the header that never grows.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildModel } from "../../src/model";
import type { Action } from "../../src/state";
import { DateField, typedDay } from "../../src/view/query/DateField";
import { Header } from "../../src/view/shell/Header";
import { DateSlider } from "../../src/view/timeline/DateSlider";
import { addMonths, dayNumber, sliderRange, timelineItems } from "../../src/view/timeline/timelineEvents";
import { SHELL, shell } from "./fixture";

afterEach(cleanup);

describe("DateField", () => {
  it("shows and takes ISO dates, with or without dashes, and passes on only whole days", async () => {
    const onChange = vi.fn<(day: string) => void>();
    render(<DateField id="at" value="2017-11-19" onChange={onChange} />);
    const field = screen.getByRole("textbox") as HTMLInputElement;
    expect(field.value).toBe("2017-11-19");
    await userEvent.clear(field);
    await userEvent.type(field, "2015-06");
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.type(field, "-01");
    expect(onChange).toHaveBeenLastCalledWith("2015-06-01");
    expect(typedDay("20150601")).toBe("2015-06-01");
    expect(typedDay("06/01/2015")).toBeNull();
    expect(typedDay("2019-02-30")).toBeNull();
    expect(typedDay("1899-12-31")).toBeNull();
  });
});

describe("DateSlider", () => {
  const items = timelineItems(shell);
  const slide = (at: string, key: string, shiftKey = false) => {
    const dispatch = vi.fn<(a: Action) => void>();
    render(<DateSlider at={at} range={["2014-01-01", "2020-12-31"]} items={items} dispatch={dispatch} />);
    fireEvent.keyDown(screen.getByRole("slider", { name: "Date slider" }), { key, shiftKey });
    cleanup();
    return dispatch.mock.calls.map(([a]) => a);
  };

  it("moves a month with Shift and an arrow, a year with Page Up and Page Down, within the range", () => {
    expect(slide("2017-01-31", "ArrowRight", true)).toEqual([{ type: "set-date", at: "2017-02-28" }]);
    expect(slide("2017-03-15", "ArrowLeft", true)).toEqual([{ type: "set-date", at: "2017-02-15" }]);
    expect(slide("2016-02-29", "PageUp")).toEqual([{ type: "set-date", at: "2017-02-28" }]);
    expect(slide("2017-11-19", "PageDown")).toEqual([{ type: "set-date", at: "2016-11-19" }]);
    expect(slide("2014-06-01", "PageDown")).toEqual([{ type: "set-date", at: "2014-01-01" }]);
    // A plain arrow is the slider's own day step.
    expect(slide("2017-11-19", "ArrowRight")).toEqual([]);
  });

  it("spans the given range and draws a tick per event, placed by its day", () => {
    render(
      <DateSlider at="2017-11-19" range={["2014-01-01", "2020-12-31"]} items={items} dispatch={() => {}} />,
    );
    const slider = screen.getByRole("slider") as HTMLInputElement;
    expect([Number(slider.min), Number(slider.max)]).toEqual([
      dayNumber("2014-01-01"),
      dayNumber("2020-12-31"),
    ]);
    expect(slider.getAttribute("aria-valuetext")).toBe("2017-11-19");
    const ticks = [...document.querySelectorAll<HTMLElement>(".tick")];
    expect(ticks.map((t) => t.title)).toEqual([
      "2014-12-29: TISA: in force",
      "2016-11-23: GSOMIA: signed; GSOMIA: in force",
      "2017-08-29: Missile over Hokkaido",
    ]);
    const left = (day: string) =>
      (100 * (dayNumber(day) - dayNumber("2014-01-01"))) /
      (dayNumber("2020-12-31") - dayNumber("2014-01-01"));
    expect(Number.parseFloat(ticks[0]!.style.left)).toBeCloseTo(left("2014-12-29"), 5);
  });
});

describe("timeline days", () => {
  it("places a month-only entry into force on the day the engine reads it, not the first of the month", () => {
    const model = buildModel({
      ...SHELL,
      agreements: [
        {
          ...SHELL.agreements[0]!,
          timeline: [
            { type: "signed", date: "2013-03-15", certainty: "confirmed", sources: ["s1"] },
            { type: "in-force", date: "2013-03", certainty: "confirmed", sources: ["s1"] },
          ],
        },
      ],
    });
    const inForce = timelineItems(model).find((i) => i.label === "GSOMIA: in force")!;
    expect(inForce).toMatchObject({ day: "2013-03-15", date: "2013-03", approximate: true });
  });

  it("adds months within the month's length, and ranges over the dataset's span padded by a month", () => {
    expect(addMonths("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonths("2020-03-31", -13)).toBe("2019-02-28");
    expect(addMonths("1999-12-15", 1)).toBe("2000-01-15");
    expect(sliderRange({ first: "1946-03-05", last: "2026-02-25" }, "2017-11-19")).toEqual([
      "1946-02-05",
      "2026-03-25",
    ]);
    expect(sliderRange({ first: "2014-12-29", last: "2017-08-29" }, "2010-05-01")).toEqual([
      "2010-04-01",
      "2017-09-29",
    ]);
    expect(sliderRange({ first: null, last: null }, "2017-11-19")[0]).toBe("2017-04-20");
  });
});

describe("Header", () => {
  it("states the question, and keeps a long title and many files to one line each with the full text on hover", () => {
    const long = "A title ".repeat(20).trim();
    const files = ["a.yaml", "b.yaml", "c.yaml"];
    const model = buildModel({ ...SHELL, title: long });
    render(<Header model={model} imported={files} onImported={() => {}} onReset={() => {}} />);
    expect(screen.getByRole("banner").textContent).toContain(
      "Can information on a topic get from one country",
    );
    const title = document.querySelector(".dataset-title")!;
    expect(title.getAttribute("title")).toBe(`${long} (imported: a.yaml, b.yaml, c.yaml)`);
    expect(document.querySelector(".dataset-files")!.textContent).toBe("3 files");
    expect(screen.getByRole("button", { name: "Use built-in dataset" })).toBeTruthy();
  });
});
