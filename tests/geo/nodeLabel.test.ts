// The name a party goes by on the graph and in its exported pictures: one rule, the core's.
import { describe, expect, it } from "vitest";
import { nodeLabel } from "../../src/geo";
import { triangle } from "../view/graph/fixture";

describe("nodeLabel", () => {
  it("names a state by its short country name, an organisation by its short name or id", () => {
    // The triangle calls South Korea "ROK" for short; the country table's name wins for a state.
    expect(nodeLabel(triangle.parties.get("KOR")!)).toBe("South Korea");
    expect(nodeLabel(triangle.parties.get("GBR")!)).toBe("United Kingdom");
    expect(nodeLabel(triangle.parties.get("NATO")!)).toBe("NATO");
    expect(nodeLabel({ ...triangle.parties.get("NATO")!, shortName: "the Alliance" })).toBe("the Alliance");
    // A state the country table does not know goes by its own short name, else its name.
    const unknown = { id: "XKX", kind: "state" as const, name: "Kosovo (test)", sources: ["s1"] };
    expect(nodeLabel(unknown)).toBe("Kosovo (test)");
    expect(nodeLabel({ ...unknown, shortName: "Kosovo" })).toBe("Kosovo");
  });
});
