// The topic tree: containment of topics in scopes and policies, on a small named tree.
import { describe, expect, it } from "vitest";
import type { Topic } from "../../src/model/schema";
import { isCovered, isWithin, lineage, overlaps, type TopicIndex } from "../../src/model/topics";

function tree(topics: Topic[]): TopicIndex {
  return new Map(topics.map((t) => [t.id, t]));
}

/** any > north-korea > nk-nuclear, nk-missile; any > china-military. */
const TOPICS = tree([
  { id: "any", name: "Any" },
  { id: "north-korea", name: "North Korea", parent: "any" },
  { id: "nk-nuclear", name: "NK nuclear", parent: "north-korea" },
  { id: "nk-missile", name: "NK missiles", parent: "north-korea" },
  { id: "china-military", name: "China military", parent: "any" },
]);

describe("isWithin", () => {
  it("holds for the topic itself and for every ancestor", () => {
    expect(isWithin(TOPICS, "nk-missile", "nk-missile")).toBe(true);
    expect(isWithin(TOPICS, "nk-missile", "north-korea")).toBe(true);
    expect(isWithin(TOPICS, "nk-missile", "any")).toBe(true);
  });

  it("does not hold for siblings, descendants or other branches", () => {
    expect(isWithin(TOPICS, "nk-missile", "nk-nuclear")).toBe(false);
    expect(isWithin(TOPICS, "north-korea", "nk-missile")).toBe(false);
    expect(isWithin(TOPICS, "china-military", "north-korea")).toBe(false);
  });

  it("treats unknown ids as containing nothing and contained by nothing", () => {
    expect(isWithin(TOPICS, "cyber", "any")).toBe(false);
    expect(isWithin(TOPICS, "nk-missile", "cyber")).toBe(false);
    expect(isWithin(TOPICS, "cyber", "cyber")).toBe(false);
  });

  it("ends on a cycle instead of looping", () => {
    const cyclic = tree([
      { id: "a", name: "A", parent: "b" },
      { id: "b", name: "B", parent: "a" },
    ]);
    expect(isWithin(cyclic, "a", "b")).toBe(true);
    expect(isWithin(cyclic, "a", "any")).toBe(false);
  });
});

describe("isCovered", () => {
  it("is true when one scope topic contains the topic", () => {
    expect(isCovered(TOPICS, "nk-missile", ["nk-nuclear", "nk-missile"])).toBe(true);
    expect(isCovered(TOPICS, "nk-missile", ["any"])).toBe(true);
  });

  it("is false for a broader topic than the scope, and for an empty scope", () => {
    expect(isCovered(TOPICS, "north-korea", ["nk-nuclear", "nk-missile"])).toBe(false);
    expect(isCovered(TOPICS, "china-military", ["north-korea"])).toBe(false);
    expect(isCovered(TOPICS, "nk-missile", [])).toBe(false);
  });
});

describe("overlaps", () => {
  it("holds either way along one branch, not across branches", () => {
    expect(overlaps(TOPICS, "north-korea", "nk-missile")).toBe(true);
    expect(overlaps(TOPICS, "nk-missile", "north-korea")).toBe(true);
    expect(overlaps(TOPICS, "nk-missile", "nk-nuclear")).toBe(false);
    expect(overlaps(TOPICS, "china-military", "north-korea")).toBe(false);
  });
});

describe("lineage", () => {
  it("lists the topic and its ancestors, nearest first", () => {
    expect(lineage(TOPICS, "nk-missile")).toEqual(["nk-missile", "north-korea", "any"]);
    expect(lineage(TOPICS, "any")).toEqual(["any"]);
  });
});
