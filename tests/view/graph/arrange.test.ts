// What the graph arranges: the parties to frame (the selected route's, or the core's focusParties, from toElements'
// own input), and from toElements' output the query's ends, labels and the selected route's hops.
import { describe, expect, it } from "vitest";
import { blockedShown } from "../../../src/export/pure";
import { type ElementsInput, toElements } from "../../../src/view/graph/elements";
import { pictureOf } from "../../../src/view/graph/picture";
import { answer, route, TRIANGLE_INPUT } from "./fixture";

const direct = route(["KOR", "JPN"], ["gsomia"]);
const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);

/** The picture the graph view arranges for `input`, as GraphView builds it. */
function arranged(input: ElementsInput) {
  return pictureOf(toElements(input), {
    model: input.model,
    at: input.at,
    answer: input.answer,
    selected: input.selectedRoute,
    blocked: blockedShown(input.answer, input.showBlocked, input.blockedFocus),
    hideInactive: input.hideInactive,
  });
}

const draw = (selected: "relayed" | "direct" | null) =>
  arranged({
    ...TRIANGLE_INPUT,
    answer: answer("2017-11-19", [direct, relayed], []),
    selectedRoute: selected === "relayed" ? relayed : selected === "direct" ? direct : null,
  });

describe("pictureOf", () => {
  it("frames the selected route's parties and lists its hops in order", () => {
    const picture = draw("relayed");
    expect(picture.focus.sort()).toEqual(["JPN", "KOR", "USA"]);
    expect(picture.ends).toEqual({ from: "KOR", to: "JPN" });
    expect(picture.hops.map((h) => [h.id, h.source, h.target, h.label])).toEqual([
      ["tisa:KOR->USA", "KOR", "USA", "TISA"],
      ["tisa:USA->JPN", "USA", "JPN", "TISA"],
    ]);
  });

  it("frames the direct route's region when it is selected, so a short route is not drawn a few pixels long", () => {
    const picture = draw("direct");
    expect(picture.focus.sort()).toEqual(["JPN", "KOR"]);
    expect(picture.hops.map((h) => h.id)).toEqual(["gsomia:KOR->JPN"]);
  });

  it("without a selected route frames the answer's ends and permitted routes, and has no hops", () => {
    const picture = draw(null);
    expect(picture.focus.sort()).toEqual(["JPN", "KOR", "USA"]);
    expect(picture.hops).toEqual([]);
    expect(picture.labels.get("KOR")).toBe("South Korea");
  });

  it("without a permitted route frames the blocked candidates drawn with the query's ends", () => {
    const blocked = route(["KOR", "USA", "JPN"], ["tisa", "tisa"], "blocked", [
      { code: "not-in-force", message: "TISA is not yet in force.", hop: 0 },
      { code: "not-in-force", message: "TISA is not yet in force.", hop: 1 },
    ]);
    const focused = arranged({
      ...TRIANGLE_INPUT,
      answer: answer("2014-06-01", [], [blocked]),
      blockedFocus: [blocked],
    });
    expect(focused.focus.sort()).toEqual(["JPN", "KOR", "USA"]);
    const none = arranged({ ...TRIANGLE_INPUT, answer: answer("2014-06-01", [], [blocked]) });
    expect(none.focus.sort()).toEqual(["JPN", "KOR"]);
  });

  it("frames nothing (meaning everything) without an answer", () => {
    expect(arranged(TRIANGLE_INPUT)).toMatchObject({ focus: [], ends: {}, hops: [] });
  });
});
