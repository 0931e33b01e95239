// What an exported picture's map is framed for (focusOf), on the triangle fixture on 1 June 2014, when TISA is not
// yet in force and nothing is permitted from Seoul to Tokyo: the selected relay when it is drawn, and the blocked
// candidates drawn.
import { describe, expect, it } from "vitest";
import { focusOf } from "../../src/export/pure";
import { focusParties } from "../../src/geo";
import { findRoutes, routeKey } from "../../src/routing";
import { triangle } from "../view/graph/fixture";

const at = "2014-06-01";
const answer = findRoutes(triangle, { from: "KOR", to: "JPN", topic: "nk-missile", at });
const RELAY = "KOR>USA>JPN:tisa+tisa";
const shown = {
  model: triangle,
  at,
  answer,
  selected: null,
  emphasis: "selected" as const,
  showBlocked: false,
  hideInactive: false,
};

describe("focusOf", () => {
  it("has no permitted route on the date and lists the TISA relay as blocked", () => {
    expect(answer.routes).toEqual([]);
    expect(answer.blocked.map((r) => routeKey(r))).toContain(RELAY);
  });

  it("frames the selected blocked relay, with the United States, when it is drawn emphasised", () => {
    const focus = focusOf({ ...shown, selected: RELAY });
    expect(focus.selected && routeKey(focus.selected)).toBe(RELAY);
    expect(focusParties(focus)).toEqual(["KOR", "JPN", "USA"]);
  });

  it("leaves it out with every route drawn alike, where a blocked selection is not drawn", () => {
    const focus = focusOf({ ...shown, selected: RELAY, emphasis: "all" });
    expect(focus.selected).toBeNull();
    expect(focusParties(focus)).toEqual(["KOR", "JPN"]);
  });

  it("frames the blocked candidates with showBlocked, or the group in focus alone", () => {
    expect(focusOf({ ...shown, showBlocked: true }).blocked).toEqual(answer.blocked);
    expect(focusParties(focusOf({ ...shown, showBlocked: true }))).toEqual(["KOR", "JPN", "USA"]);
    const direct = answer.blocked.filter((r) => r.hops.length === 1);
    expect(direct.length).toBeGreaterThan(0);
    expect(focusParties(focusOf({ ...shown, showBlocked: true, blockedFocus: direct }))).toEqual([
      "KOR",
      "JPN",
    ]);
  });
});
