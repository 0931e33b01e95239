// @vitest-environment happy-dom
// The explorer's panels rendered alone: routes as text with blocked ones on demand, the comparison, details with
// the scenario switch, the route finder's labelled controls, and dataset text shown as text.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findRoutes } from "../../src/routing";
import { type Action, type ExplorerState, initialState, update } from "../../src/state";
import { AgreementDetails } from "../../src/view/details/AgreementDetails";
import { RouteFinder } from "../../src/view/query/RouteFinder";
import { ScenarioBar } from "../../src/view/query/ScenarioBar";
import { RouteComparison } from "../../src/view/routes/RouteComparison";
import { RoutesPanel } from "../../src/view/routes/RoutesPanel";
import { shell } from "./fixture";

afterEach(cleanup);

function answered(at: string, topic = "nk-missile"): ExplorerState {
  let s = initialState(at, { from: "KOR", to: "JPN", topic });
  s = update(s, { type: "find-routes" });
  return s;
}
const answerOf = (s: ExplorerState) =>
  findRoutes(shell, { ...s.query!, at: s.at }, { maxHops: s.maxHops, disable: s.disabled });

describe("RoutesPanel", () => {
  it("lists the permitted routes as text, direct first", () => {
    const s = answered("2017-11-19");
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={answerOf(s)} />);
    const items = within(screen.getByRole("list", { name: "Permitted routes" })).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual([
      "1.South Korea → JapanDirect via GSOMIA",
      "2.South Korea → United States → JapanRelayed (2 hops) via TISA",
    ]);
    expect(screen.queryByRole("list", { name: "Blocked routes" })).toBeNull();
  });

  it("shows blocked routes with their reasons on demand", async () => {
    const s = answered("2015-06-01", "china-military");
    const dispatch = vi.fn<(a: Action) => void>();
    const answer = answerOf(s);
    const { rerender } = render(<RoutesPanel model={shell} state={s} dispatch={dispatch} answer={answer} />);
    // Nothing is permitted: the blocked candidates explain why without being asked, grouped by reason.
    expect(screen.getByRole("status").textContent).toMatch(/^No route in this dataset\./);
    const blocked = screen.getByRole("list", { name: "Blocked routes by reason" });
    expect(blocked.textContent).toContain("not-in-force");
    expect(blocked.textContent).toContain("out-of-scope");
    const permitted = answered("2017-11-19", "any");
    rerender(
      <RoutesPanel model={shell} state={permitted} dispatch={dispatch} answer={answerOf(permitted)} />,
    );
    await userEvent.click(screen.getByRole("button", { name: /Show blocked routes/ }));
    expect(dispatch).toHaveBeenCalledWith({ type: "set-show-blocked", show: true });
  });

  it("counts every blocked candidate, and says when the groups hold only the shortest", () => {
    // One route permitted, one blocked; an answer that lists none of the blocked still counts it on the button.
    const s = answered("2017-11-19", "any");
    const none = findRoutes(shell, { ...s.query!, at: s.at }, { explain: 0 });
    expect([none.routes.length, none.blockedTotal, none.blocked.length]).toEqual([1, 1, 0]);
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={none} />);
    expect(screen.getByRole("button", { name: "Show blocked routes (1)" })).toBeTruthy();
    cleanup();
    // Nothing permitted, two blocked: every one grouped, or the shortest only, as the answer lists them.
    const t = answered("2015-06-01", "any");
    const query = { ...t.query!, at: t.at };
    const every = findRoutes(shell, query, { explain: "all" });
    const { rerender } = render(<RoutesPanel model={shell} state={t} dispatch={() => {}} answer={every} />);
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("Blocked: 2 routes, by reason");
    const one = findRoutes(shell, query, { explain: 1 });
    rerender(<RoutesPanel model={shell} state={t} dispatch={() => {}} answer={one} />);
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe(
      "Blocked: 2 routes; the 1 shortest grouped by reason below",
    );
    const groups = screen.getByRole("list", { name: "Blocked routes by reason" });
    expect(groups.textContent).toMatch(/^1 /);
    const summary = groups.previousElementSibling?.textContent ?? "";
    expect(summary).toMatch(/^All 2 by reason \(a route blocked for several reasons counts under each\): /);
    for (const { count } of one.blockedSummary) expect(summary).toContain(` ${count}`);
  });

  it("selecting a route dispatches its key", async () => {
    const s = answered("2017-11-19");
    const dispatch = vi.fn<(a: Action) => void>();
    render(<RoutesPanel model={shell} state={s} dispatch={dispatch} answer={answerOf(s)} />);
    await userEvent.click(screen.getByRole("button", { name: /United States/ }));
    expect(dispatch).toHaveBeenCalledWith({ type: "select-route", route: "KOR>USA>JPN:tisa+tisa" });
  });
});

describe("selection by key", () => {
  it("marks the route whose key is selected in the list and the comparison, wherever it is listed", () => {
    const s = { ...answered("2017-11-19"), route: "KOR>USA>JPN:tisa+tisa" };
    const answer = answerOf(s);
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={answer} />);
    const pressed = screen
      .getAllByRole("button", { pressed: true })
      .map((b) => b.querySelector(".route-path")?.textContent);
    expect(pressed).toEqual(["South Korea → United States → Japan"]);
    cleanup();
    render(
      <RouteComparison model={shell} routes={[...answer.routes].reverse()} selected={s.route} input={s} />,
    );
    const selected = [...document.querySelectorAll("th.selected")].map((th) => th.textContent);
    expect(selected).toEqual(["1. South Korea → United States → Japan"]);
  });
});

describe("RouteComparison", () => {
  it("puts the routes side by side with agreements, conditions and warnings", () => {
    const s = answered("2017-11-19");
    render(<RouteComparison model={shell} routes={answerOf(s).routes} selected={null} input={s} />);
    const table = screen.getByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers.slice(1)).toEqual(["1. South Korea → Japan", "2. South Korea → United States → Japan"]);
    const row = (name: string) => within(table).getByRole("rowheader", { name }).closest("tr")!.textContent;
    expect(row("Intermediaries")).toBe("IntermediariesnoneUnited States");
    expect(row("Agreements")).toContain("TISA: Arrangement, non-binding, in force");
    expect(row("Conditions and warnings")).toContain("Originator's approval originator-approval");
    expect(row("Conditions and warnings")).toContain("Non-binding non-binding");
    expect(row("Permitted")).toBe(
      "PermittedPermitted from 2016-11-23, with no end in the dataset.Permitted from 2014-12-29, with no end in the dataset.",
    );
    expect(row("Permitted")).not.toMatch(/valid/i);
    expect(row("Sources")).toContain("Ministry <b>of</b> Tests");
  });
});

describe("AgreementDetails", () => {
  it("shows the timeline with sources and switches the agreement off in the scenario", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    render(
      <AgreementDetails
        model={shell}
        agreement={shell.agreements.get("gsomia")!}
        at="2017-11-19"
        disabled={[]}
        dispatch={dispatch}
      />,
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("GSOMIA");
    expect(document.body.textContent).toContain("2016-11-23 In force confirmedSame day.");
    // Source text is text: the markup in the publisher is shown, not parsed.
    expect(screen.getAllByText("Ministry <b>of</b> Tests").length).toBeGreaterThan(0);
    expect(document.querySelector("b")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Disable in scenario" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "toggle-disabled", id: "gsomia" });
  });
});

describe("ScenarioBar", () => {
  it("shows switched-off ids as chips and clears them", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    render(<ScenarioBar model={shell} disabled={["gsomia", "USA"]} dispatch={dispatch} />);
    expect(screen.getAllByRole("listitem").map((li) => li.firstChild?.textContent)).toEqual([
      "GSOMIA",
      "United States (USA)",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Clear scenario" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "clear-scenario" });
  });
});

describe("RouteFinder", () => {
  it("has controls named exactly as the design says, and lists topics as an indented tree", () => {
    render(<RouteFinder model={shell} state={answered("2017-11-19")} dispatch={() => {}} />);
    for (const name of ["From", "To", "Topic", "As of", "Max hops", "Allow ad-hoc consent"]) {
      expect(screen.getByLabelText(name, { exact: true })).toBeTruthy();
    }
    expect(screen.getByRole("button", { name: "Find routes" })).toBeTruthy();
    const from = screen.getByLabelText("From", { exact: true }) as HTMLSelectElement;
    expect([...from.options].map((o) => o.text)).toEqual([
      "Japan (JPN)",
      "South Korea (KOR)",
      "United States (USA)",
    ]);
    const topic = screen.getByLabelText("Topic", { exact: true }) as HTMLSelectElement;
    expect([...topic.options].map((o) => o.text.replaceAll("\u00a0", "."))).toEqual([
      "Any topic",
      "...North Korea",
      "......NK missiles",
      "...Chinese military",
    ]);
  });
});
