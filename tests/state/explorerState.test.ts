// The explorer's pure updates: each action changes what it should and leaves the old state alone.
import { describe, expect, it } from "vitest";
import { type ExplorerState, initialState, update } from "../../src/state";

const TISA_ROUTE = "KOR>USA>JPN:tisa+tisa";
const start = (): ExplorerState => initialState("2017-11-19", { from: "KOR", to: "JPN", topic: "any" });

describe("update", () => {
  it("Find routes answers the route finder's draft", () => {
    let s = update(start(), { type: "set-draft", field: "topic", value: "nk-missile" });
    expect(s.query).toBeNull();
    s = update(s, { type: "find-routes" });
    expect(s.query).toEqual({ from: "KOR", to: "JPN", topic: "nk-missile" });
    s = update(s, { type: "set-draft", field: "to", value: "USA" });
    expect(s.query).toEqual({ from: "KOR", to: "JPN", topic: "nk-missile" });
  });

  it("does not change the state it is given", () => {
    const before = start();
    const copy = structuredClone(before);
    update(before, { type: "toggle-disabled", id: "gsomia" });
    update(before, { type: "notify", messages: ["x"] });
    update(before, { type: "find-routes" });
    expect(before).toEqual(copy);
  });

  it("toggles scenario ids and clears them", () => {
    let s = update(start(), { type: "toggle-disabled", id: "gsomia" });
    s = update(s, { type: "toggle-disabled", id: "USA" });
    expect(s.disabled).toEqual(["gsomia", "USA"]);
    s = update(s, { type: "toggle-disabled", id: "gsomia" });
    expect(s.disabled).toEqual(["USA"]);
    s = update(s, { type: "clear-scenario" });
    expect(s.disabled).toEqual([]);
  });

  it("clamps max hops to 1..6 and ignores non-numbers", () => {
    expect(update(start(), { type: "set-max-hops", maxHops: 9 }).maxHops).toBe(6);
    expect(update(start(), { type: "set-max-hops", maxHops: 0 }).maxHops).toBe(1);
    expect(update(start(), { type: "set-max-hops", maxHops: Number.NaN }).maxHops).toBe(3);
  });

  it("keeps the selected route by its key across dates, options and scenarios; a new question drops it", () => {
    let s = update(update(start(), { type: "find-routes" }), { type: "select-route", route: TISA_ROUTE });
    s = update(s, { type: "set-date", at: "2015-06-01" });
    expect(s.route).toBe(TISA_ROUTE);
    expect(update(s, { type: "toggle-disabled", id: "tisa" }).route).toBe(TISA_ROUTE);
    expect(update(s, { type: "clear-scenario" }).route).toBe(TISA_ROUTE);
    expect(update(s, { type: "set-consent-relay", allow: true }).route).toBe(TISA_ROUTE);
    expect(update(s, { type: "set-max-hops", maxHops: 1 }).route).toBe(TISA_ROUTE);
    expect(update(s, { type: "find-routes" }).route).toBe(TISA_ROUTE);
    const other = update(s, { type: "set-draft", field: "to", value: "USA" });
    expect(update(other, { type: "find-routes" }).route).toBeNull();
  });

  it("puts one group of blocked routes in focus, and a new question clears it", () => {
    let s = update(update(start(), { type: "find-routes" }), {
      type: "set-blocked-focus",
      group: "2:not-in-force",
    });
    expect(s.blockedFocus).toBe("2:not-in-force");
    s = update(s, { type: "set-date", at: "2014-06-01" });
    expect(s.blockedFocus).toBe("2:not-in-force");
    s = update(update(s, { type: "set-draft", field: "topic", value: "nk-missile" }), {
      type: "find-routes",
    });
    expect(s.blockedFocus).toBeNull();
  });

  it("selecting a route closes a party or agreement selection", () => {
    let s = update(start(), { type: "select", selection: { type: "party", id: "USA" } });
    s = update(s, { type: "select-route", route: "KOR>JPN:gsomia" });
    expect(s.selection).toBeNull();
  });

  it("numbers notices and dismisses one at a time", () => {
    let s = update(start(), { type: "notify", messages: ["a", "b"] });
    s = update(s, { type: "notify", messages: ["c"] });
    expect(s.notices.map((n) => [n.id, n.message])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ]);
    s = update(s, { type: "dismiss-notice", id: 2 });
    expect(s.notices.map((n) => n.message)).toEqual(["a", "c"]);
  });

  it("a new dataset takes the question its caller keeps, drops selection and scenario, keeps date and layout", () => {
    let s = update(start(), { type: "find-routes" });
    s = update(s, { type: "select-route", route: TISA_ROUTE });
    s = update(s, { type: "toggle-disabled", id: "gsomia" });
    s = update(s, { type: "set-layout", layout: "force" });
    const other = { from: "AAA", to: "BBB", topic: "any" };
    const fresh = update(s, { type: "replace-dataset", draft: other, query: null });
    expect(fresh).toMatchObject({ query: null, disabled: [], route: null, selection: null, layout: "force" });
    expect(fresh.at).toBe("2017-11-19");
    expect(fresh.draft.from).toBe("AAA");
    const kept = update(s, { type: "replace-dataset", draft: s.query!, query: s.query });
    expect(kept).toMatchObject({ query: s.query, route: TISA_ROUTE, disabled: [] });
  });
});
