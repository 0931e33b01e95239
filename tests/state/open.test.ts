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
  it("opens on the 2017 story, answered, when the URL asks no question", () => {
    const story = { from: "KOR", to: "JPN", topic: "nk-missile" };
    const state = openState(shell, "?layout=force", "2024-05-01");
    expect(state).toMatchObject({
      query: story,
      at: "2017-11-19",
      route: null,
      notices: [],
      layout: "force",
    });
    expect(state.draft).toEqual(story);
  });

  it("opens on the URL's question when it names any part of one", () => {
    expect(openState(shell, "?at=2015-06-01", "2024-05-01")).toMatchObject({ query: null, at: "2015-06-01" });
    expect(openState(shell, "?from=USA", "2024-05-01").draft).toEqual({
      from: "USA",
      to: "JPN",
      topic: "any",
    });
  });

  it("opens a dataset without the story's parties on its first two, any topic", () => {
    const model = buildModel({
      ...SHELL,
      parties: SHELL.parties.map((p) => (p.id === "KOR" ? { ...p, id: "ROK" } : p)),
      agreements: [],
    });
    expect(openState(model, "", "2024-05-01")).toMatchObject({
      query: { from: "ROK", to: "JPN", topic: "any" },
      at: "2024-05-01",
    });
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

  it("keeps a route key the answer does not list, for the routes panel to explain", () => {
    expect(openState(shell, `${STORY}&hops=1&route=KOR>USA>JPN:tisa+tisa`, "2024-05-01").route).toBe(
      "KOR>USA>JPN:tisa+tisa",
    );
  });

  it("reports a route number beyond the answer, after the permalink's own problems", () => {
    const state = openState(shell, `${STORY}&layout=x&route=3`, "2024-05-01");
    expect(state.route).toBeNull();
    expect(state.notices.map((n) => n.message)).toEqual([
      "Ignored layout=x: the layouts are geographic, force, concentric.",
      "Ignored route=3: the answer lists 2 routes.",
    ]);
  });

  it("reads a route number against the story when the URL asks no question, and selects none without a query", () => {
    expect(openState(shell, "?route=1", "2024-05-01").route).toBe("KOR>JPN:gsomia");
    expect(openState(shell, "?from=KOR&route=1", "2024-05-01").route).toBeNull();
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
