// @vitest-environment happy-dom
// The analysis panels rendered alone on the shell fixture, computed in the page: each is labelled, reachable by
// keyboard and dispatches what a person's choice means (a date, a route question, a panel opened or closed).
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Action, type ExplorerState, initialState, update } from "../../../src/state";
import { AnalysisPanels } from "../../../src/view/analysis/AnalysisPanels";
import { BrokersPanel } from "../../../src/view/analysis/BrokersPanel";
import { ComparePanel } from "../../../src/view/analysis/ComparePanel";
import { DependsOn } from "../../../src/view/analysis/DependsOn";
import { MatrixPanel } from "../../../src/view/analysis/MatrixPanel";
import { panelFileName } from "../../../src/view/analysis/PanelExport";
import { RouteTimelinePanel } from "../../../src/view/analysis/RouteTimelinePanel";
import { createRunner, inlineBackend } from "../../../src/view/analysis/runner";
import { RunnerContext } from "../../../src/view/analysis/useJob";
import { shell } from "../fixture";

afterEach(cleanup);

/** Render with a runner of its own that computes in the page, so no answer is shared between tests. */
function show(ui: ReactNode) {
  return render(<RunnerContext value={createRunner(inlineBackend())}>{ui}</RunnerContext>);
}

function story(at: string, ...actions: Action[]): ExplorerState {
  let s = initialState(at, { from: "KOR", to: "JPN", topic: "nk-missile" });
  s = update(s, { type: "find-routes" });
  for (const action of actions) s = update(s, action);
  return s;
}

describe("AnalysisPanels", () => {
  it("opens and closes each panel with a pressed toggle", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    const s = story("2017-11-19", { type: "show-brokers", show: true });
    show(<AnalysisPanels model={shell} state={s} dispatch={dispatch} />);
    const bar = screen.getByRole("region", { name: "Analysis" });
    expect(within(bar).getByRole("button", { name: "Brokers" }).getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(within(bar).getByRole("button", { name: "Route timeline" }));
    await userEvent.click(within(bar).getByRole("button", { name: "Compare with date…" }));
    await userEvent.click(within(bar).getByRole("button", { name: "Reachability matrix" }));
    await userEvent.click(within(bar).getByRole("button", { name: "Brokers" }));
    expect(dispatch.mock.calls.map(([a]) => a)).toEqual([
      { type: "show-route-timeline", show: true },
      { type: "compare-with", at: "2017-11-19" },
      { type: "show-matrix", sort: "name" },
      { type: "show-brokers", show: false },
    ]);
    // The open panel's code arrives on demand.
    expect(await screen.findByRole("region", { name: "Brokers on 2017-11-19" })).toBeTruthy();
  });
});

describe("RouteTimelinePanel", () => {
  it("draws a lane per route and sets the date from the strip or from the list of changes", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    show(<RouteTimelinePanel model={shell} state={story("2017-11-19")} dispatch={dispatch} />);
    const strip = await screen.findByRole("img", { name: "Route timeline: South Korea → Japan, 2 routes" });
    const labels = [...strip.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        "South Korea → Japan via GSOMIA",
        "South Korea → United States → Japan via TISA",
      ]),
    );
    const changes = screen.getByRole("list", { name: "Changes (choose one to move the date to it)" });
    const buttons = within(changes).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "2014-12-29 – 2016-11-22: best relayed: South Korea → United States → Japan via TISA (originator-approval, non-binding).",
      "2016-11-23 – onwards: best direct: South Korea → Japan via GSOMIA; South Korea → United States → Japan via TISA (originator-approval, non-binding).",
    ]);
    // The change the As-of date lies in holds the Tab stop; the arrows move between changes.
    expect(buttons[1]!.getAttribute("aria-current")).toBe("date");
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0]);
    buttons[1]!.focus();
    await userEvent.keyboard("{ArrowUp}{Enter}");
    expect(dispatch).toHaveBeenLastCalledWith({ type: "set-date", at: "2014-12-29" });
    const box = { left: 0, top: 0, width: 760, height: 100, right: 760, bottom: 100, x: 0, y: 0 };
    strip.getBoundingClientRect = () => ({ ...box, toJSON: () => box });
    fireEvent.click(strip, { clientX: 0, clientY: 50 });
    expect(dispatch).toHaveBeenLastCalledWith({ type: "set-date", at: "2014-12-29" });
  });

  it("asks for a query first", () => {
    const s = initialState("2017-11-19", { from: "KOR", to: "JPN", topic: "nk-missile" });
    show(<RouteTimelinePanel model={shell} state={s} dispatch={() => {}} />);
    expect(screen.getByText(/Find routes first/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Export timeline PNG" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});

describe("ComparePanel", () => {
  it("lists the routes gained between 2014-06-01 and 2017-11-19 and takes a new date", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    const s = story("2017-11-19", { type: "compare-with", at: "2014-06-01" });
    show(<ComparePanel model={shell} state={s} dispatch={dispatch} />);
    const gained = await screen.findByRole("list", { name: "Routes gained by 2017-11-19 (2)" });
    expect(
      within(gained)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "South Korea → Japan via GSOMIA (no conditions or warnings)",
      "South Korea → United States → Japan via TISA (originator-approval, non-binding)",
    ]);
    expect(screen.getByRole("heading", { name: "Routes lost by 2017-11-19 (0)" })).toBeTruthy();
    const field = screen.getByLabelText("Compare with") as HTMLInputElement;
    expect(field.value).toBe("2014-06-01");
    fireEvent.change(field, { target: { value: "2015-06-01" } });
    expect(dispatch).toHaveBeenLastCalledWith({ type: "compare-with", at: "2015-06-01" });
    await userEvent.click(screen.getByRole("button", { name: "Close comparison" }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: "compare-with", at: null });
  });
});

describe("MatrixPanel", () => {
  it("says the chosen cell, moves with the arrow keys and asks its route question with Enter", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    const s = story("2015-06-01", { type: "show-matrix", sort: "name" });
    show(<MatrixPanel model={shell} state={s} dispatch={dispatch} />);
    const grid = await screen.findByRole("application", { name: /Reachability matrix/ });
    const readout = () => document.getElementById(grid.getAttribute("aria-describedby")!)!.textContent;
    // By name: Japan, South Korea, United States.
    expect(readout()).toBe(
      "Japan → South Korea: relayed, 1 permitted route, every one with conditions or warnings",
    );
    grid.focus();
    await userEvent.keyboard("{ArrowDown}{ArrowLeft}");
    expect(readout()).toBe(
      "South Korea → Japan: relayed, 1 permitted route, every one with conditions or warnings",
    );
    await userEvent.keyboard("{Enter}");
    expect(dispatch).toHaveBeenLastCalledWith({
      type: "ask-route",
      from: "KOR",
      to: "JPN",
      topic: "nk-missile",
    });
    await userEvent.keyboard("{ArrowLeft}{ArrowRight}");
    expect(readout()).toBe("South Korea → South Korea: the same party");
    expect(screen.getByText("3 parties, 6 of 6 ordered pairs reachable")).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText("Sort by"), "degree");
    expect(dispatch).toHaveBeenLastCalledWith({ type: "show-matrix", sort: "degree" });
  });
});

describe("BrokersPanel", () => {
  it("lists brokerage beside betweenness and says how they differ", async () => {
    const s = story("2015-06-01", { type: "show-brokers", show: true });
    show(<BrokersPanel model={shell} state={s} dispatch={() => {}} />);
    const table = await screen.findByRole("table");
    const rows = within(table)
      .getAllByRole("row")
      .map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent));
    expect(rows[0]).toEqual(["Party", "Sole relay (pairs) ▼", "On a route (pairs)", "Betweenness"]);
    expect(rows[1]).toEqual(["United States (USA)", "2", "2", "1.000"]);
    expect(
      screen.getByText(/measures position in the network, not permission to pass information on/),
    ).toBeTruthy();
  });
});

describe("DependsOn", () => {
  it("asks on request, then lists the pairs that lose every route and how many were checked", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    let s = story("2015-06-01", { type: "select", selection: { type: "agreement", id: "tisa" } });
    const { rerender } = show(<DependsOn model={shell} state={s} dispatch={dispatch} />);
    await userEvent.click(screen.getByRole("button", { name: "What depends on this?" }));
    expect(dispatch).toHaveBeenLastCalledWith({ type: "ask-depends", id: "tisa" });
    s = update(s, { type: "ask-depends", id: "tisa" });
    rerender(
      <RunnerContext value={createRunner(inlineBackend())}>
        <DependsOn
          model={shell}
          state={{ ...s, selection: { type: "party", id: "USA" } }}
          dispatch={dispatch}
        />
      </RunnerContext>,
    );
    // Asked about TISA, so the United States' details offer the question afresh.
    expect(screen.getByRole("button", { name: "What depends on this?" })).toBeTruthy();
    rerender(
      <RunnerContext value={createRunner(inlineBackend())}>
        <DependsOn model={shell} state={s} dispatch={dispatch} />
      </RunnerContext>,
    );
    const list = await screen.findByRole("list", { name: "Pairs that depend on TISA" });
    expect(
      within(list)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual([
      "Japan → South Korea",
      "Japan → United States",
      "South Korea → Japan",
      "South Korea → United States",
      "United States → Japan",
      "United States → South Korea",
    ]);
    expect(screen.getByRole("status").textContent).toBe(
      "6 pairs lose every permitted route without TISA. Checked the 6 of 6 ordered pairs with a permitted route on 2015-06-01 (NK missiles · up to 3 hops).",
    );
    await userEvent.click(within(list).getByRole("button", { name: "South Korea → Japan" }));
    expect(dispatch).toHaveBeenLastCalledWith({
      type: "ask-route",
      from: "KOR",
      to: "JPN",
      topic: "nk-missile",
    });
  });

  it("shows nothing without a party or agreement selected", () => {
    const { container } = show(<DependsOn model={shell} state={story("2015-06-01")} dispatch={() => {}} />);
    expect(container.textContent).toBe("");
  });
});

describe("panel exports", () => {
  it("are named after the panel and the question", () => {
    expect(panelFileName("timeline", { from: "KOR", to: "JPN", topic: "nk-missile" }, "png")).toBe(
      "liaison-timeline-KOR-JPN-nk-missile.png",
    );
    expect(panelFileName("matrix", { at: "2017-11-19" }, "svg")).toBe("liaison-matrix-2017-11-19.svg");
  });
});
