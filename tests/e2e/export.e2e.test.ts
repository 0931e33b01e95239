// End to end in headless Chromium: each export button gives a download whose bytes are checked (PNG signature and
// size for each size choice, real transparency, the size guard, an SVG whose picture, legend and caption agree,
// GEXF/GraphML that parse back, CSV rows).
import { readFileSync } from "node:fs";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readDatasetFiles } from "../../src/cli/readDataset";
import { COLOURS, DASH } from "../../src/export/pure";
import { shortPublisher } from "../../src/export/pure/caption";
import { buildModel, loadDataset, type Model, OPERATIVE, statusOn } from "../../src/model";
import { findRoutes } from "../../src/routing";
import { launch, openPage, type Watched } from "./browser";

const baseUrl = inject("baseUrl");
const QUERY = { from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" };
const RELAY = "KOR>USA>JPN:tisa+tisa";
const STORY = `?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&route=${encodeURIComponent(RELAY)}`;
const STEM = "liaison-KOR-JPN-nk-missile-2017-11-19";

let browser: Browser;
let watched: Watched;
let page: Page;
let model: Model;

beforeAll(async () => {
  const loaded = loadDataset(readDatasetFiles(new URL("../../graph-data", import.meta.url).pathname));
  if (!loaded.ok) throw new Error("the built-in dataset does not load");
  model = buildModel(loaded.dataset);
  browser = await launch();
  watched = await openPage(browser, `${baseUrl}${STORY}`);
  page = watched.page;
  await page.waitForFunction(() => (window.__liaison?.cy.nodes().length ?? 0) > 0);
  // The layout runs once the elements are in; wait until the positions stop moving.
  await page.waitForFunction(async () => {
    const box = () => JSON.stringify(window.__liaison!.cy.elements().boundingBox());
    const before = box();
    await new Promise((r) => setTimeout(r, 300));
    return before === box();
  });
});

afterAll(async () => {
  expect(watched?.errors ?? [], "console errors").toEqual([]);
  await browser?.close();
});

/** Click `button` and return the download's suggested name and bytes. */
async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function openOptions() {
  const details = page.locator("details.export-options");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await page.getByText("Export options").click();
}

async function setOption(label: string, value: string) {
  await openOptions();
  await page.getByLabel(label, { exact: true }).selectOption(value);
}

async function setWidth(width: number) {
  await setOption("Size", "width");
  await page.getByLabel("Width in pixels", { exact: true }).fill(String(width));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decode the PNG in the page and read pixels: the top-left corner, and how many pixels are not fully transparent. */
async function pixels(bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) opaque++;
    return { corner: Array.from(data.slice(0, 4)), opaque, total: data.length / 4 };
  }, bytes.toString("base64"));
}

describe("export from the explorer", () => {
  const sizes: Record<number, { width: number; height: number }> = {};

  it("Export PNG with one click gives a 2× white PNG of the whole graph, named after the query", async () => {
    const { name, bytes } = await download("Export PNG");
    expect(name).toBe(`${STEM}.png`);
    sizes[2] = pngSize(bytes);
    expect(sizes[2].width).toBeGreaterThan(1000);
    const { corner } = await pixels(bytes);
    expect(corner).toEqual([255, 255, 255, 255]);
  });

  it("1× and 4× scale the image's pixels in proportion", async () => {
    await setOption("Size", "1x");
    sizes[1] = pngSize((await download("Export PNG")).bytes);
    await setOption("Size", "4x");
    sizes[4] = pngSize((await download("Export PNG")).bytes);
    await setOption("Size", "2x");
    for (const scale of [2, 4]) {
      expect(Math.abs(sizes[scale]!.width - scale * sizes[1]!.width)).toBeLessThanOrEqual(scale);
      expect(Math.abs(sizes[scale]!.height - scale * sizes[1]!.height)).toBeLessThanOrEqual(scale);
    }
  });

  it("gives the sizes people ask for: a slide, an article's width, a square and any width", async () => {
    await setOption("Size", "slide");
    expect(pngSize((await download("Export PNG")).bytes)).toEqual({ width: 1920, height: 1080 });
    await setOption("Size", "article");
    expect(pngSize((await download("Export PNG")).bytes).width).toBe(1200);
    await setOption("Size", "square");
    expect(pngSize((await download("Export PNG")).bytes)).toEqual({ width: 1080, height: 1080 });
    await setWidth(900);
    const png = pngSize((await download("Export PNG")).bytes);
    expect(png.width).toBe(900);
    // The SVG of the same choices is as large as the PNG drawn from it.
    const svg = (await download("Export SVG")).bytes.toString("utf8");
    const attrs = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect({ width: Number(attrs[1]), height: Number(attrs[2]) }).toEqual(png);
    await setOption("Size", "2x");
  });

  it("refuses an image beyond what a browser can draw, saying so, and downloads nothing", async () => {
    await setWidth(20_000);
    let downloads = 0;
    const count = () => downloads++;
    page.on("download", count);
    await page.getByRole("button", { name: "Export PNG", exact: true }).click();
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent())
      .toMatch(/The image would be 20,000 × [\d,]+ px; browsers cannot draw more than 16,384 px a side/);
    await page.waitForTimeout(300);
    page.off("download", count);
    expect(downloads).toBe(0);
    await setOption("Size", "2x");
    // The next export clears the refusal.
    pngSize((await download("Export PNG")).bytes);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("a transparent background leaves the corners transparent but draws the graph and frame", async () => {
    await setOption("Background", "transparent");
    const { bytes } = await download("Export PNG");
    await setOption("Background", "white");
    expect(pngSize(bytes)).toEqual(sizes[2]);
    const { corner, opaque, total } = await pixels(bytes);
    expect(corner[3]).toBe(0);
    expect(opaque).toBeGreaterThan(total * 0.05);
    expect(opaque).toBeLessThan(total);
  });

  it("the current view is as large as the graph on screen, at the chosen scale", async () => {
    await setOption("Area", "view");
    const view = pngSize((await download("Export PNG")).bytes);
    await setOption("Area", "full");
    const screen = await page.evaluate(() => ({
      w: window.__liaison!.cy.width(),
      h: window.__liaison!.cy.height(),
    }));
    expect(view.width).toBeGreaterThan(2 * screen.w);
    expect(view.height).toBeGreaterThan(2 * screen.h);
  });

  it("Export SVG draws the selected route in its own style, a legend of what is drawn and the sources of the routes drawn", async () => {
    const { name, bytes } = await download("Export SVG");
    expect(name).toBe(`${STEM}.svg`);
    const svg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const marks = (el: Element) => (el.getAttribute("data-marks") ?? "").split(" ").filter(Boolean);
      const picture = doc.querySelector("g.picture");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        relay: Array.from(doc.querySelectorAll("g.picture path[data-route]"))
          .filter((p) => p.getAttribute("data-route") === "KOR>USA>JPN:tisa+tisa")
          .map((p) => ({
            marks: marks(p),
            stroke: p.getAttribute("stroke"),
            dash: p.getAttribute("stroke-dasharray"),
          })),
        legend: Array.from(doc.querySelectorAll("g.legend-entry")).map((g) => ({
          mark: marks(g)[0]!,
          label: g.querySelector("text")?.textContent ?? "",
        })),
        drawn: [...new Set(Array.from(picture?.querySelectorAll("[data-marks]") ?? []).flatMap(marks))],
        caption: Array.from(doc.querySelectorAll("g.caption text")).map((t) => t.textContent ?? ""),
        labels: Array.from(doc.querySelectorAll("g.labels text")).map((t) => t.textContent ?? ""),
      };
    }, bytes.toString("utf8"));
    expect(svg.errors).toBe(0);
    // The selected permitted relay: two hops in the arrangement's colour, dashed as non-binding, not as blocked.
    expect(svg.relay).toHaveLength(2);
    for (const stroke of svg.relay) {
      expect(stroke.marks).toEqual(["selected", "kind-arrangement", "line-non-binding"]);
      expect(stroke.stroke).not.toBe(COLOURS.blocked);
      expect(stroke.dash).not.toBe(DASH.blocked.join(" "));
    }
    // Every legend entry is in the picture, and blocked candidates (not shown) are not in either.
    for (const entry of svg.legend) expect(svg.drawn, entry.label).toContain(entry.mark);
    expect(svg.legend.map((e) => e.label)).toContain("Selected route (arrow: direction)");
    expect(svg.legend.map((e) => e.mark)).not.toContain("blocked");
    expect(svg.labels).toEqual(expect.arrayContaining(["South Korea", "Japan", "United States", "TISA"]));
    const caption = svg.caption.join(" ");
    expect(caption).toContain("South Korea → Japan · North Korean missiles · 19 November 2017");
    expect(caption).toContain(
      "2 permitted routes: (1) direct under Japan–ROK GSOMIA; (2) relayed via the United States under TISA, with South Korea's approval.",
    );
    // The sources named are those of the routes drawn, each route cited, and what does not fit is counted.
    const answer = findRoutes(model, QUERY);
    const cited = new Set(answer.routes.flatMap((r) => r.sources.map((s) => shortPublisher(s.publisher))));
    const sources = caption
      .slice(caption.indexOf("Sources: ") + 9, caption.indexOf(" Data: "))
      .replace(/\.$/, "");
    const entries = sources.split("; ");
    const publishers = entries
      .filter((e) => !e.startsWith("and "))
      .map((e) => e.replace(/(, \d{4}-\d{2}-\d{2})+$/, ""));
    expect(publishers.length).toBeGreaterThan(3);
    for (const publisher of publishers) expect(cited, publisher).toContain(publisher);
    for (const route of answer.routes)
      expect(route.sources.some((s) => publishers.includes(shortPublisher(s.publisher)))).toBe(true);
    // Whole entries only: every source is named, or the ones left out are counted.
    const more = /; and (\d+) more sources?, listed /.exec(caption);
    if (more) {
      const left = answer.routes
        .flatMap((r) => r.sources)
        .filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i)
        .filter((s) => !publishers.includes(shortPublisher(s.publisher)));
      expect(Number(more[1])).toBe(left.length);
    } else expect(new Set(publishers)).toEqual(cited);
    expect(caption).toContain("Made with Liaison.");
  });

  /** Agreement pairs operative on the date, counted from the model's channels (both directions make one pair). */
  function operativePairs(at: string): number {
    const pairs = new Set<string>();
    model.graph.forEachEdge((_key, channel) => {
      const agreement = model.agreements.get(channel.agreement)!;
      const pair = [channel.from, channel.to].sort() as [string, string];
      if (OPERATIVE.has(statusOn(agreement, at, pair).status))
        pairs.add(`${channel.agreement}:${pair.join("-")}`);
    });
    return pairs.size;
  }

  it("Export GEXF and Export GraphML parse back with every party and the operative agreements", async () => {
    await openOptions();
    const gexf = await download("Export GEXF");
    expect(gexf.name).toBe("liaison-dataset-2017-11-19.gexf");
    const graphml = await download("Export GraphML");
    expect(graphml.name).toBe("liaison-dataset-2017-11-19.graphml");
    const expected = operativePairs("2017-11-19");
    expect(expected).toBeGreaterThan(3);
    for (const graph of [
      parseGexf(MultiGraph, gexf.bytes.toString("utf8")),
      parseGraphml(MultiGraph, graphml.bytes.toString("utf8")),
    ]) {
      expect(graph.order).toBe(model.dataset.parties.length);
      expect(graph.size).toBe(expected);
      expect(graph.getEdgeAttribute("jpn-kor-gsomia:JPN--KOR", "name")).toBe("Japan–ROK GSOMIA");
    }
  });

  it("Export JSON gives the dataset, which loads again", async () => {
    await openOptions();
    const { name, bytes } = await download("Export JSON");
    expect(name).toBe("liaison-dataset.json");
    const reloaded = loadDataset([{ file: name, text: bytes.toString("utf8") }]);
    expect(reloaded.ok && reloaded.dataset.agreements.length).toBe(model.dataset.agreements.length);
  });

  it("Export routes CSV has a header and one row per route, permitted first", async () => {
    await openOptions();
    const { name, bytes } = await download("Export routes CSV");
    expect(name).toBe(`${STEM}.csv`);
    // The explorer lists every blocked candidate of this query (fewer than its bound).
    const answer = findRoutes(model, QUERY, { explain: "all" });
    const lines = bytes.toString("utf8").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(
      "rank,status,kind,parties,agreements,intermediaries,conditions,warnings,reasons,valid_from,valid_to,sources",
    );
    // Cells may hold quoted line breaks; none of this answer's do, so each route is one line.
    expect(lines).toHaveLength(1 + answer.routes.length + answer.blocked.length);
    expect(lines[1]).toMatch(/^1,permitted,direct,KOR > JPN,Japan–ROK GSOMIA/);
    expect(lines[2]).toMatch(/^2,permitted,relayed,KOR > USA > JPN,TISA/);
  });
});
