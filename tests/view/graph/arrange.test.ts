// What toElements' output says about the picture: the parties to frame, the query's ends, labels and route hops.
import { describe, expect, it } from "vitest";
import { pictureOf } from "../../../src/view/graph/arrange";
import { toElements } from "../../../src/view/graph/elements";
import { answer, route, TRIANGLE_INPUT } from "./fixture";

const draw = (selected: boolean) => {
  const direct = route(["KOR", "JPN"], ["gsomia"]);
  const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
  return toElements({
    ...TRIANGLE_INPUT,
    answer: answer("2017-11-19", [direct, relayed], []),
    selectedRoute: selected ? relayed : null,
  });
};

describe("pictureOf", () => {
  it("frames the selected route's parties and lists its hops in order", () => {
    const picture = pictureOf(draw(true));
    expect(picture.focus.sort()).toEqual(["JPN", "KOR", "USA"]);
    expect(picture.ends).toEqual({ from: "KOR", to: "JPN" });
    expect(picture.hops.map((h) => [h.id, h.source, h.target, h.label])).toEqual([
      ["tisa:KOR->USA", "KOR", "USA", "TISA"],
      ["tisa:USA->JPN", "USA", "JPN", "TISA"],
    ]);
  });

  it("without a selected route frames the answer's ends and permitted routes, and has no hops", () => {
    const picture = pictureOf(draw(false));
    expect(picture.focus.sort()).toEqual(["JPN", "KOR", "USA"]);
    expect(picture.hops).toEqual([]);
    expect(picture.labels.get("KOR")).toBe("South Korea");
  });

  it("frames nothing (meaning everything) without an answer", () => {
    expect(pictureOf(toElements(TRIANGLE_INPUT))).toMatchObject({ focus: [], ends: {}, hops: [] });
  });
});
