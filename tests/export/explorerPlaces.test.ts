// An image draws what the explorer draws: the parties' names where the explorer put them (moved away with a leader
// line, beside on a side, or left off), each route's hops bent by the same routeCurves, and a large network's grey
// backdrop with its own legend entry.
import { describe, expect, it } from "vitest";
import { type ImageInput, pictureOf, type Scene, sceneOf } from "../../src/export/pure";
import { type PartyLabel, type Point, partyLabels, routeCurves } from "../../src/geo";
import { findRoutes } from "../../src/routing";
import { fixtureModel, POSITIONS, RELAY, STORY, storyImage } from "./fixture";

const model = fixtureModel();
const answer = findRoutes(model, STORY);
const NAMES: Record<string, string> = {
  KOR: "South Korea",
  JPN: "Japan",
  USA: "United States",
  NATO: "NATO",
};

// A whole graph at screen size is drawn at its size in graph units.
const input = (extra: Partial<ImageInput> = {}): ImageInput =>
  storyImage(model, answer, { size: { kind: "screen", scale: 1 }, ...extra });

/** Graph point → image point in `scene`, from where two parties were drawn. */
function transform(scene: Scene): (p: Point) => Point {
  const [kor, jpn] = [scene.nodes.find((n) => n.id === "KOR")!, scene.nodes.find((n) => n.id === "JPN")!];
  const s = (jpn.x - kor.x) / (POSITIONS.get("JPN")!.x - POSITIONS.get("KOR")!.x);
  return (p) => ({
    x: kor.x + (p.x - POSITIONS.get("KOR")!.x) * s,
    y: kor.y + (p.y - POSITIONS.get("KOR")!.y) * s,
  });
}

const label = (scene: Scene, text: string) => scene.labels.find((l) => l.text === text);

describe("the parties' names in an image", () => {
  const placed = new Map<string, PartyLabel>([
    [
      "KOR",
      {
        place: "away",
        offset: { x: 60, y: 40 },
        leader: [
          { x: 0, y: 0 },
          { x: 30, y: 30 },
        ],
      },
    ],
    ["JPN", { place: "beside", side: "right" }],
    ["USA", { place: "beside", side: "top" }],
    ["NATO", { place: "none" }],
  ]);

  it("go where the explorer put them: moved away with a leader line, beside on its side, or left off", () => {
    const scene = sceneOf(input({ labels: placed }));
    const at = transform(scene);
    expect(at(POSITIONS.get("JPN")!).x).toBeCloseTo(scene.nodes.find((n) => n.id === "JPN")!.x, 6);
    const kor = at(POSITIONS.get("KOR")!);
    const away = label(scene, "South Korea")!;
    expect(away.x).toBeCloseTo(kor.x + 60, 6);
    // The baseline sits a little below the name's centre.
    expect(away.y).toBeGreaterThan(kor.y + 40);
    expect(away.y).toBeLessThan(kor.y + 40 + 10);
    // One leader line, from South Korea's outline towards its name, drawn under everything else.
    const leaders = scene.lines.filter((l) => l.style.colour === "#1f2328" && l.marks.length === 0);
    expect(leaders).toHaveLength(1);
    const [from, to] = leaders[0]!.points;
    expect(Math.hypot(from!.x - kor.x, from!.y - kor.y)).toBeLessThan(12);
    expect(to!.x).toBeGreaterThan(from!.x);
    expect(to!.y).toBeGreaterThan(from!.y);
    expect(scene.lines[0]).toBe(leaders[0]);
    const jpn = at(POSITIONS.get("JPN")!);
    expect(label(scene, "Japan")!.x).toBeGreaterThan(jpn.x + 9);
    const usa = at(POSITIONS.get("USA")!);
    expect(label(scene, "United States")!.y).toBeLessThan(usa.y - 9);
    expect(label(scene, "NATO")).toBeUndefined();
  });

  it("are placed by the same rule, clear of the route, when the explorer gave none", () => {
    const scene = sceneOf(input());
    const expected = partyLabels(
      [...POSITIONS].map(([id, p]) => ({ id, ...p, label: NAMES[id]! })),
      {
        first: new Set(["KOR", "JPN", "USA"]),
        onMap: false,
        network: false,
        lines: [
          [POSITIONS.get("KOR")!, POSITIONS.get("USA")!],
          [POSITIONS.get("USA")!, POSITIONS.get("JPN")!],
        ],
      },
    );
    expect(expected.get("USA")).toEqual({ place: "beside", side: expect.any(String) });
    const usa = transform(scene)(POSITIONS.get("USA")!);
    const drawn = label(scene, "United States")!;
    const side = (expected.get("USA") as { side: string }).side;
    if (side === "bottom") expect(drawn.y).toBeGreaterThan(usa.y);
    if (side === "top") expect(drawn.y).toBeLessThan(usa.y);
    if (side === "right") expect(drawn.x).toBeGreaterThan(usa.x);
    if (side === "left") expect(drawn.x).toBeLessThan(usa.x);
    // Every party of the picture is named: nothing is crowded here.
    expect(scene.labels.map((l) => l.text)).toEqual(expect.arrayContaining(Object.values(NAMES)));
  });

  it("are placed afresh for a picture drawn much smaller than the explorer draws it", () => {
    // The whole graph squeezed into a narrow image: the explorer's places (for zoom 1) would overlap there.
    const far = new Map([...POSITIONS].map(([id, p]) => [id, { x: p.x * 8, y: p.y * 8 }]));
    const small = sceneOf(input({ positions: far, labels: placed, size: { kind: "width", width: 480 } }));
    expect(label(small, "NATO")).toBeDefined();
  });
});

describe("a route's curves in an image", () => {
  it("bend the selected route's hops exactly as the explorer bends them (routeCurves)", () => {
    const labels = new Map<string, PartyLabel>(
      [...POSITIONS.keys()].map((id) => [id, { place: "beside", side: "bottom" }]),
    );
    const scene = sceneOf(input({ labels }));
    const at = transform(scene);
    const s = at({ x: 1, y: 0 }).x - at({ x: 0, y: 0 }).x;
    const nodes = [...POSITIONS].map(([id, p]) => ({ id, ...p, label: NAMES[id]! }));
    const curves = routeCurves(
      [
        { id: "KOR>USA", source: POSITIONS.get("KOR")!, target: POSITIONS.get("USA")!, label: "TISA" },
        { id: "USA>JPN", source: POSITIONS.get("USA")!, target: POSITIONS.get("JPN")!, label: "TISA" },
      ],
      nodes,
      new Map([...POSITIONS.keys()].map((id) => [id, "bottom" as const])),
    );
    const hops = scene.lines.filter((l) => l.routeKey === RELAY);
    expect(hops).toHaveLength(2);
    const ends: [string, string][] = [
      ["KOR", "USA"],
      ["USA", "JPN"],
    ];
    for (const [i, hop] of hops.entries()) {
      const [from, to] = ends[i]!;
      const [a, b] = [at(POSITIONS.get(from)!), at(POSITIONS.get(to)!)];
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      const left = { x: (b.y - a.y) / length, y: -(b.x - a.x) / length };
      const bow = curves.get(`${from}>${to}`)!.bow * s;
      expect(hop.points).toHaveLength(3);
      // The control point Cytoscape takes from control-point-distances [-bow] at weight 0.5.
      expect(hop.points[1]!.x).toBeCloseTo((a.x + b.x) / 2 + left.x * bow, 6);
      expect(hop.points[1]!.y).toBeCloseTo((a.y + b.y) / 2 + left.y * bow, 6);
    }
  });
});

describe("a large network's backdrop", () => {
  const marksOf = (scene: Scene) => new Set(scene.frame.legend?.items.map((i) => i.entry.mark));

  it("is one grey line a pair, fainter where no agreement of the pair is in force, with its legend entry", () => {
    const placed = new Set(POSITIONS.keys());
    const base = { model, answer: null, selected: null, emphasis: "selected" as const, placed };
    const network = pictureOf({
      ...base,
      at: STORY.at,
      showBlocked: false,
      hideInactive: false,
      disabled: [],
      detail: "network",
    });
    const pairs = (p: typeof network) =>
      p.lines.map((l) => `${[l.from, l.to].sort().join("-")} ${l.role}`).sort();
    expect(pairs(network)).toEqual(["JPN-KOR backdrop", "JPN-USA backdrop", "KOR-USA backdrop"]);
    // In 2012 the old pact has ended and neither GSOMIA nor TISA has begun.
    const early = pictureOf({
      ...base,
      at: "2012-01-01",
      showBlocked: false,
      hideInactive: false,
      disabled: [],
      detail: "network",
    });
    expect(pairs(early)).toContain("KOR-USA backdrop-inactive");
    const drawn = sceneOf(input({ answer: null, selected: null, detail: "network" }));
    expect(marksOf(drawn)).toContain("backdrop");
    expect(drawn.frame.legend?.items.find((i) => i.entry.mark === "backdrop")?.text.text).toBe(
      "Agreements in force between two parties (one line a pair)",
    );
  });

  it("is not in the legend of a picture that does not draw it", () => {
    expect(marksOf(sceneOf(input({ answer: null, selected: null })))).not.toContain("backdrop");
    expect(marksOf(sceneOf(input({ answer: null, selected: null, detail: "network" })))).not.toContain(
      "backdrop-inactive",
    );
  });
});
