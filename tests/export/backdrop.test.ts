// The world map under the graph: the globe first, then every country, those of the dataset's parties tinted, with
// thin white borders; the same paths the explorer draws.
import { describe, expect, it } from "vitest";
import { BORDER_WIDTH, COLOURS, mapBackdrop } from "../../src/export/pure";
import { geographicFrame, loadWorldShapes } from "../../src/geo";
import { triangle } from "../view/graph/fixture";

describe("mapBackdrop", () => {
  it("draws the globe as water and tints the countries of the parties", async () => {
    const shapes = await loadWorldShapes();
    const { projection } = geographicFrame(triangle, { width: 900, height: 600 });
    const paths = mapBackdrop({ projection, shapes, parties: ["KOR", "JPN", "NATO"] });
    expect(paths[0]).toEqual({ id: "sphere", d: expect.stringMatching(/^M/), fill: COLOURS.water });
    const fill = (id: string) => paths.find((p) => p.id === id)?.fill;
    // ISO numeric codes: Korea 410, Japan 392, France 250. NATO has no country of its own.
    expect(fill("410")).toBe(COLOURS.landParty);
    expect(fill("392")).toBe(COLOURS.landParty);
    expect(fill("250")).toBe(COLOURS.land);
    const countries = paths.slice(1);
    expect(countries.length).toBeGreaterThan(150);
    expect(countries.every((p) => p.stroke === COLOURS.border && p.strokeWidth === BORDER_WIDTH)).toBe(true);
    expect(
      countries
        .filter((p) => p.fill === COLOURS.landParty)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["392", "410"]);
  });
});
