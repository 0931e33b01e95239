// Opening the explorer: the route finder's starting values, the permalink read into the state, a numeric route
// resolved to the key at that position in the first answer, and the answer the state asks for.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model";
import { answerOf, defaultDraft, initialState, openState } from "../../src/state";
import { SHELL, shell } from "../view/fixture";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";

describe("defaultDraft", () => {
  it("starts the route finder on Seoul → Tokyo when the dataset has them", () => {
    expect(defaultDraft(shell)).toEqual({ from: "KOR", to: "JPN", topic: "any" });
  });

  it("falls back to the dataset's first two parties", () => {
    const model = buildModel({
      ...SHELL,
      agreements: [],
      parties: SHELL.parties.filter((p) => p.id === "USA"),
    });
    expect(defaultDraft(model)).toEqual({ from: "USA", to: "", topic: "any" });
  });
});

describe("openState", () => {
  it("opens a fresh explorer on the given day with nothing asked", () => {
    const state = openState(shell, "", "2024-05-01");
    expect(state).toMatchObject({ query: null, at: "2024-05-01", route: null, notices: [] });
    expect(state.draft).toEqual({ from: "KOR", to: "JPN", topic: "any" });
  });

  it("resolves a route number to the key of the route at that position", () => {
    const state = openState(shell, `${STORY}&route=2`, "2024-05-01");
    expect(state.route).toBe("KOR>USA>JPN:tisa+tisa");
    expect(state.notices).toEqual([]);
  });

  it("keeps a route key the answer lists", () => {
    const state = openState(shell, `${STORY}&route=KOR>JPN:gsomia`, "2024-05-01");
    expect(state.route).toBe("KOR>JPN:gsomia");
  });

  it("reports a route the answer does not list, after the permalink's own problems", () => {
    const state = openState(shell, `${STORY}&layout=x&route=3`, "2024-05-01");
    expect(state.route).toBeNull();
    expect(state.notices.map((n) => n.message)).toEqual([
      "Ignored layout=x: the layouts are geographic, force, concentric.",
      "Ignored route=3: the answer lists 2 routes.",
    ]);
  });

  it("selects no route without a query to answer", () => {
    expect(openState(shell, "?route=1", "2024-05-01").route).toBeNull();
  });
});

describe("answerOf", () => {
  it("answers the query on the state's date with its scenario", () => {
    const query = { from: "KOR", to: "JPN", topic: "nk-missile" };
    const state = { ...initialState("2017-11-19", query), query };
    expect(answerOf(shell, state)?.routes).toHaveLength(2);
    const without = answerOf(shell, { ...state, disabled: ["USA"] });
    expect(without?.routes.map((r) => r.parties)).toEqual([["KOR", "JPN"]]);
  });

  it("is null without a query", () => {
    expect(answerOf(shell, initialState("2017-11-19", defaultDraft(shell)))).toBeNull();
  });
});
