// @vitest-environment happy-dom
// The panels that read the answer: blocked routes grouped by reason with one group in focus, what became of a
// selected route that is no candidate, a route's details with how long it stays as it is, the no-route sentence.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildModel } from "../../src/model";
import { findRoutes } from "../../src/routing";
import { type Action, type ExplorerState, followRoute, initialState, update } from "../../src/state";
import { DetailsPanel } from "../../src/view/details/DetailsPanel";
import { FollowNotice } from "../../src/view/routes/FollowNotice";
import { RoutesPanel } from "../../src/view/routes/RoutesPanel";
import { SHELL, shell } from "./fixture";

afterEach(cleanup);

const TISA = "KOR>USA>JPN:tisa+tisa";

function asked(at: string, more: Partial<ExplorerState> = {}): ExplorerState {
  const s = update(initialState(at, { from: "KOR", to: "JPN", topic: "nk-missile" }), {
    type: "find-routes",
  });
  return { ...s, ...more };
}
const answerOf = (s: ExplorerState) =>
  findRoutes(shell, { ...s.query!, at: s.at }, { maxHops: s.maxHops, disable: s.disabled });

describe("blocked routes by reason", () => {
  it("lists one line a group with the reasons in plain words and codes, and opens a group into focus", async () => {
    const s = asked("2014-06-01");
    const dispatch = vi.fn<(a: Action) => void>();
    const { rerender } = render(
      <RoutesPanel model={shell} state={s} dispatch={dispatch} answer={answerOf(s)} />,
    );
    const groups = screen.getByRole("list", { name: "Blocked routes by reason" });
    const lines = within(groups)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(lines).toEqual([
      "1 direct route under GSOMIA: not in force",
      "1 two-hop relay through TISA: not in force",
    ]);
    expect(groups.textContent).toContain("Not in force not-in-force");
    expect(screen.queryByRole("list", { name: /^Blocked routes:/ })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /two-hop relay/ }));
    expect(dispatch).toHaveBeenCalledWith({ type: "set-blocked-focus", group: "2:not-in-force" });
    rerender(
      <RoutesPanel
        model={shell}
        state={{ ...s, blockedFocus: "2:not-in-force" }}
        dispatch={dispatch}
        answer={answerOf(s)}
      />,
    );
    const open = screen.getByRole("list", { name: "Blocked routes: 1 two-hop relay through TISA" });
    expect(open.textContent).toContain("South Korea → United States → Japan");
    expect(screen.getByRole("button", { name: /two-hop relay/, expanded: true })).toBeTruthy();
    expect(groups.textContent).toContain("in focus");
  });

  it("opens the group that holds the selected route even when another is in focus", () => {
    const s = asked("2014-06-01", { route: TISA, blockedFocus: "1:not-in-force" });
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={answerOf(s)} />);
    expect(screen.getAllByRole("button", { expanded: true })).toHaveLength(2);
    expect(screen.getByRole("button", { pressed: true }).textContent).toContain("United States");
  });

  it("says no route in the words the dataset's coverage allows", () => {
    const s = asked("2014-06-01");
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={answerOf(s)} />);
    expect(screen.getByRole("status").textContent).toBe(
      "No route in this dataset. It may be incomplete: the dataset does not say how complete South Korea's agreement list is; the dataset does not say how complete Japan's agreement list is. Every candidate is blocked; the groups below say why.",
    );
  });

  it("without a question, says what Find routes will answer, as the fields say", () => {
    const s = initialState("2017-11-19", { from: "KOR", to: "USA", topic: "any" });
    render(<RoutesPanel model={shell} state={s} dispatch={() => {}} answer={null} />);
    expect(screen.getByRole("region", { name: "Routes" }).textContent).toContain(
      "Find routes answers: South Korea to United States, Any topic.",
    );
  });
});

describe("FollowNotice", () => {
  it("says a route with more hops than allowed is no candidate, and offers the hops it needs", async () => {
    const s = asked("2017-11-19", { route: TISA, maxHops: 1 });
    const followed = followRoute(shell, s, answerOf(s), TISA);
    const dispatch = vi.fn<(a: Action) => void>();
    render(<FollowNotice model={shell} followed={followed} query={s.query!} at={s.at} dispatch={dispatch} />);
    expect(screen.getByRole("status").textContent).toContain(
      "The selected route, South Korea → United States → Japan KOR>USA>JPN:tisa+tisa, is not among the candidates on any date: it has 2 hops and Max hops is 1.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Allow 2 hops" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "set-max-hops", maxHops: 2 });
    await userEvent.click(screen.getByRole("button", { name: "Clear the selection" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "select-route", route: null });
  });

  it("says nothing while the answer lists the route", () => {
    const s = asked("2017-11-19", { route: TISA });
    const followed = followRoute(shell, s, answerOf(s), TISA);
    const { container } = render(
      <FollowNotice model={shell} followed={followed} query={s.query!} at={s.at} dispatch={() => {}} />,
    );
    expect(container.textContent).toBe("");
  });
});

describe("route details", () => {
  const details = (s: ExplorerState, dispatch: (a: Action) => void = () => {}) => {
    const followed = followRoute(shell, s, answerOf(s), s.route!);
    const route = followed.kind === "absent" ? null : followed.route;
    const number = followed.kind === "listed" ? followed.number : null;
    return render(
      <DetailsPanel
        model={shell}
        state={s}
        dispatch={dispatch}
        selectedRoute={route}
        selectedNumber={number}
      />,
    );
  };

  it("a permitted route says since when it is permitted, and nothing is called valid", () => {
    details(asked("2017-11-19", { route: TISA }));
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Route 2: South Korea → United States → Japan",
    );
    expect(panel.textContent).toContain("Permitted, relayed through one party.");
    expect(panel.textContent).toContain("Permitted from 2014-12-29, with no end in the dataset.");
    expect(panel.textContent).not.toMatch(/valid/i);
    expect(panel.textContent).toContain("Originator's approval originator-approval");
  });

  it("a blocked route says until when, and goes to the day it is permitted", async () => {
    const dispatch = vi.fn<(a: Action) => void>();
    details(asked("2014-06-01", { route: TISA }), dispatch);
    const panel = screen.getByRole("complementary", { name: "Details" });
    expect(panel.textContent).toContain("Blocked, relayed through one party.");
    expect(panel.textContent).toContain("Blocked until 2014-12-28; permitted from 2014-12-29.");
    expect(panel.textContent).toContain("Not in force not-in-force");
    expect(panel.textContent).not.toMatch(/valid/i);
    await userEvent.click(screen.getByRole("button", { name: "Go to 2014-12-29, when it is permitted" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "set-date", at: "2014-12-29" });
  });
});

describe("FollowNotice in another dataset", () => {
  it("names the parties and agreements the dataset lacks", () => {
    const model = buildModel({
      ...SHELL,
      parties: SHELL.parties.filter((p) => p.id !== "USA"),
      agreements: SHELL.agreements.filter((a) => a.id !== "tisa"),
    });
    const s = asked("2017-11-19", { route: TISA });
    const answer = findRoutes(model, { ...s.query!, at: s.at });
    const followed = followRoute(model, s, answer, TISA);
    render(<FollowNotice model={model} followed={followed} query={s.query!} at={s.at} dispatch={() => {}} />);
    expect(screen.getByRole("status").textContent).toContain(
      "is not among the candidates on any date: this dataset has no party USA and no agreement tisa.",
    );
    expect(screen.queryByRole("button", { name: /Allow/ })).toBeNull();
  });
});
