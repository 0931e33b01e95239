// End to end in headless Chromium: the explorer's geographic picture of the 2017 story, exported from the explorer
// and from the command line, shows the same parties at the same places relative to each other and names the same
// parties, with the names the explorer moved away from crowded parties drawn there with their leader lines, and
// both enlarge the short South Korea → Japan hop in the same inset.
import { DOMParser } from "@xmldom/xmldom";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { readDatasetFiles } from "../../src/cli/readDataset";
import { textBox } from "../../src/export/pure/text";
import { nodeLabel } from "../../src/geo";
import { buildModel, loadDataset } from "../../src/model";
import { registerExplorerPages } from "./browser";
import { STORY_FLAGS, STORY_SEARCH, sizeGraph } from "./storyExport";

const open = registerExplorerPages();
const loaded = loadDataset(readDatasetFiles(new URL("../../graph-data", import.meta.url).pathname));
if (!loaded.ok) throw new Error("the built-in dataset does not load");
const model = buildModel(loaded.dataset);

type Doc = ReturnType<DOMParser["parseFromString"]>;
type Box = { x1: number; y1: number; x2: number; y2: number };
type El = ReturnType<Doc["getElementsByTagName"]>[number];

interface Drawn {
  /** Each party's centre, by id. */
  parties: Map<string, { x: number; y: number }>;
  /** The parties inside the picture's clip. */
  inside: Set<string>;
  /** Every text in the picture's labels group. */
  labels: Set<string>;
  /** Leader lines: thin ink lines that carry no legend mark. */
  leaders: number;
  /** The inset's caption and the parties it enlarges, and the picture's names its box cuts into. */
  inset: { caption: string; parties: string[]; cuts: string[]; box: Box | null };
}

/** What an exported SVG draws: parties, which of them lie inside the picture, labels and leader lines. */
function drawn(svg: string): Drawn {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as El[];
  const within = (el: El, cls: string) => {
    for (let p = el.parentNode as El | null; p; p = p.parentNode as El | null)
      if (p.getAttribute?.("class") === cls) return true;
    return false;
  };
  const num = (el: El, name: string) => Number(el.getAttribute(name));
  const parties = new Map<string, { x: number; y: number }>();
  for (const el of [...all("circle"), ...all("rect")]) {
    const id = el.getAttribute("data-party");
    if (!id) continue;
    parties.set(
      id,
      el.tagName === "circle"
        ? { x: num(el, "cx"), y: num(el, "cy") }
        : { x: num(el, "x") + num(el, "width") / 2, y: num(el, "y") + num(el, "height") / 2 },
    );
  }
  const clip = all("clipPath")[0]!.getElementsByTagName("rect")[0]!;
  const [x1, y1] = [num(clip, "x"), num(clip, "y")];
  const [x2, y2] = [x1 + num(clip, "width"), y1 + num(clip, "height")];
  const inside = new Set(
    [...parties].filter(([, p]) => p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2).map(([id]) => id),
  );
  const labels = new Set(
    all("text")
      .filter((t) => within(t, "labels"))
      .map((t) => t.textContent ?? ""),
  );
  const leaders = all("path").filter(
    (p) => within(p, "lines") && !p.getAttribute("data-marks") && p.getAttribute("stroke") === "#1f2328",
  ).length;
  const frame = all("rect").find((r) => within(r, "inset") && r.getAttribute("fill") === "#ffffff");
  const cuts = frame
    ? all("text")
        .filter((t) => within(t, "labels"))
        .filter((t) => {
          const b = textBox({
            text: t.textContent ?? "",
            x: num(t, "x"),
            y: num(t, "y"),
            size: num(t, "font-size"),
            bold: t.getAttribute("font-weight") === "bold",
            colour: "",
            anchor: (t.getAttribute("text-anchor") ?? "start") as "start" | "middle" | "end",
          });
          const [fx, fy] = [num(frame, "x"), num(frame, "y")];
          const [fw, fh] = [num(frame, "width"), num(frame, "height")];
          return b.x1 < fx + fw && b.x2 > fx && b.y1 < fy + fh && b.y2 > fy;
        })
        .map((t) => t.textContent ?? "")
    : [];
  const inset = {
    cuts,
    box: frame
      ? {
          x1: num(frame, "x"),
          y1: num(frame, "y"),
          x2: num(frame, "x") + num(frame, "width"),
          y2: num(frame, "y") + num(frame, "height"),
        }
      : null,
    caption: all("text")
      .filter((t) => within(t, "inset-caption"))
      .map((t) => t.textContent ?? "")
      .join(""),
    parties: all("circle")
      .flatMap((c) => c.getAttribute("data-inset-party") || [])
      .sort(),
  };
  return { parties, inside, labels, leaders, inset };
}

/** Export SVG with one click: the whole graph at the size the explorer draws it. */
async function exportSvg(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export SVG", exact: true }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of (await file.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function fromCommandLine(): string {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["export", "--format", "svg", ...STORY_FLAGS], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return out.join("\n");
}

/** Positions relative to South Korea, in units of its distance to the United States. */
function relative(parties: Map<string, { x: number; y: number }>): Map<string, { x: number; y: number }> {
  const [kor, usa] = [parties.get("KOR")!, parties.get("USA")!];
  const unit = Math.hypot(usa.x - kor.x, usa.y - kor.y);
  return new Map([...parties].map(([id, p]) => [id, { x: (p.x - kor.x) / unit, y: (p.y - kor.y) / unit }]));
}

describe("the 2017 story exported from the explorer and from the command line", () => {
  it("places the same parties at the same relative positions and names the same parties", async () => {
    const page = await open(STORY_SEARCH);
    await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
    await sizeGraph(page);
    const movedAway = await page.evaluate(() =>
      window.__liaison!.cy.nodes(".label-away").map((n) => String(n.id())),
    );
    const explorer = drawn(await exportSvg(page));
    const cli = drawn(fromCommandLine());

    expect([...explorer.parties.keys()].sort()).toEqual([...cli.parties.keys()].sort());
    expect(explorer.parties.size).toBe(model.dataset.parties.length);
    const [a, b] = [relative(explorer.parties), relative(cli.parties)];
    for (const [id, p] of a) {
      expect(p.x, `${id} x`).toBeCloseTo(b.get(id)!.x, 2);
      expect(p.y, `${id} y`).toBeCloseTo(b.get(id)!.y, 2);
    }

    // Every party both pictures show is named in both, or in neither; but for those beside either inset, whose
    // names the inset may cut and so leaves out (a name reaches some 80 units beside its party).
    const besideInset = (d: Drawn, id: string) => {
      const [p, b] = [d.parties.get(id)!, d.inset.box];
      return b !== null && p.x > b.x1 - 80 && p.x < b.x2 + 80 && p.y > b.y1 - 24 && p.y < b.y2 + 24;
    };
    const both = [...explorer.inside].filter(
      (id) =>
        cli.inside.has(id) &&
        (["KOR", "JPN", "USA"].includes(id) || (!besideInset(explorer, id) && !besideInset(cli, id))),
    );
    expect(both).toEqual(expect.arrayContaining(["KOR", "JPN", "USA"]));
    const named = (d: Drawn) => both.filter((id) => d.labels.has(nodeLabel(model.parties.get(id)!))).sort();
    expect(named(explorer)).toEqual(named(cli));
    expect(named(explorer)).toEqual(expect.arrayContaining(["KOR", "JPN", "USA"]));

    // The names the explorer moved away from crowded parties (in Europe, off the command line's picture) are drawn,
    // each with its leader line.
    const away = movedAway.filter((id) => explorer.inside.has(id));
    expect(away.length).toBeGreaterThan(0);
    for (const id of away) expect(explorer.labels, id).toContain(nodeLabel(model.parties.get(id)!));
    expect(explorer.leaders).toBeGreaterThanOrEqual(away.length);
    expect(cli.leaders).toBeGreaterThanOrEqual(away.filter((id) => cli.inside.has(id)).length);

    // Both enlarge the short direct hop between South Korea and Japan in an inset.
    expect(explorer.inset.caption).toBe("Enlarged: South Korea – Japan");
    expect(cli.inset.caption).toBe(explorer.inset.caption);
    expect(explorer.inset.parties).toEqual(expect.arrayContaining(["JPN", "KOR"]));
    expect(cli.inset.parties).toEqual(explorer.inset.parties);
    // No name of the picture is cut in two by the inset's box.
    expect(explorer.inset.cuts).toEqual([]);
    expect(cli.inset.cuts).toEqual([]);
  });
});
