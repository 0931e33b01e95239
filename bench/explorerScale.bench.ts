// Explorer scale benchmark in headless Chromium: synthetic worlds imported through the page's Import dataset
// control, then the time to the first drawn graph, the pan frame rate, Find routes and an As-of slider step, each a
// median, with the longest main-thread task seen. Canvas renderer first; the WebGL renderer (software here) after.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { serveExplorer } from "../scripts/servedExplorer";
import { syntheticWorld } from "../tests/support/syntheticWorld";

/** Worlds to import: parties, agreements. `LIAISON_BENCH_WORLDS=200` keeps only the first. */
const WORLDS: [number, number][] = [
  [200, 3_000],
  [2_000, 30_000],
].filter(
  ([p]) =>
    !process.env.LIAISON_BENCH_WORLDS || process.env.LIAISON_BENCH_WORLDS.split(",").includes(String(p)),
) as [number, number][];
const RENDERERS = (process.env.LIAISON_BENCH_RENDERERS ?? "canvas,webgl").split(",");
const QUERIES = 5;
const STEPS = 20;
const PAN_MS = 2_000;
/** An import must be drawn within this, or the world is reported as not drawn. */
const DRAW_TIMEOUT_MS = 240_000;
/** The loader refuses files over 5 MB: a large world goes in several files of one dataset. */
const AGREEMENTS_PER_FILE = 8_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The world as dataset files: parties, topics, sources and policies in one, agreements split over the rest. */
function worldFiles(dir: string, parties: number, agreements: number): string[] {
  const world = syntheticWorld({ parties, agreements, seed: 11 });
  const { agreements: list, ...rest } = world;
  const files = [join(dir, `world-${parties}.json`)];
  writeFileSync(files[0]!, JSON.stringify({ ...rest, agreements: [] }));
  for (let i = 0; i * AGREEMENTS_PER_FILE < list.length; i++) {
    const file = join(dir, `world-${parties}-agreements-${i + 1}.json`);
    writeFileSync(
      file,
      JSON.stringify({ agreements: list.slice(i * AGREEMENTS_PER_FILE, (i + 1) * AGREEMENTS_PER_FILE) }),
    );
    files.push(file);
  }
  return files;
}

/**
 * Run in the page before its scripts: record every long task, the renderer a test build may be told to use, and,
 * from the moment a file is picked, the first frame after one in which Cytoscape drew every party with the graph
 * not busy. A string, not a function: the runner's transpiler would wrap named functions in a helper the page lacks.
 */
const WATCH = (renderer: string) => `
window.__liaisonRenderer = ${JSON.stringify(renderer)};
window.__bench = { longTasks: [], drawn: null, picked: null };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: "longtask", buffered: true });
document.addEventListener("change", (event) => {
  if (!(event.target instanceof HTMLInputElement) || event.target.type !== "file") return;
  const b = window.__bench;
  b.picked = performance.now();
  b.drawn = null;
  const want = Number(event.target.dataset.parties);
  let cy = null;
  let seen = false;
  const rendered = () => {
    const el = document.querySelector("[data-layout]");
    if (cy.nodes().length === want && el && el.getAttribute("aria-busy") !== "true") seen = true;
  };
  const loop = () => {
    const now = window.__liaison && window.__liaison.cy;
    if (now && now !== cy) {
      cy = now;
      cy.on("render", rendered);
    }
    // Cytoscape's WebGL renderer emits no render events: there, the frame after the graph is complete counts.
    if (!seen && cy && cy.renderer().webgl) rendered();
    if (seen) { b.drawn = performance.now(); return; }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}, true);`;

interface Figures {
  drawnMs: number | null;
  longestTaskMs: number;
  /** The graph view's own work in that time (performance measures named "liaison graph"): total and longest. */
  graphWorkMs: number;
  graphLongestMs: number;
  /** Cytoscape's drawing of the new graph up to then. */
  importDrawMs: number;
  panFps: number;
  panLongestFrameMs: number;
  findMs: number;
  /** Cytoscape's own drawing, per Find routes and per step (mean): the graph's share of each. */
  findDrawMs: number;
  stepMs: number;
  stepDrawMs: number;
  redrawMs: number;
  stepLongestMs: number;
  edges: number;
  /** Elements in the page after the steps: the timeline strip and the slider's ticks are bounded. */
  pageElements: number;
  renderer: string;
}

const twoFrames = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())))";

async function importWorld(page: Page, files: string[], parties: number): Promise<number | null> {
  const input = page.locator('input[type="file"]');
  await input.evaluate((el, n) => {
    (el as HTMLInputElement).dataset.parties = String(n);
  }, parties);
  await input.setInputFiles(files);
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: { drawn: number | null } }).__bench.drawn,
      null,
      {
        timeout: DRAW_TIMEOUT_MS,
        polling: 250,
      },
    );
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { drawn: number; picked: number } }).__bench;
    return b.drawn - b.picked;
  });
}

/**
 * Drag the empty canvas for `PAN_MS`, one mouse move a frame, as a person pans: the median frame interval as a
 * rate, and the longest frame. A string, for the same reason as WATCH.
 */
const PAN = `(async () => {
  const cy = window.__liaison.cy;
  const box = cy.container().getBoundingClientRect();
  // A point with no node near it, so the drag pans rather than moves a node.
  let at = { x: box.width / 2, y: box.height / 2 };
  const points = cy.nodes().map((n) => n.renderedPosition());
  search: for (let gx = 0.15; gx < 0.9; gx += 0.05)
    for (let gy = 0.15; gy < 0.9; gy += 0.05)
      if (points.every((p) => Math.hypot(p.x - box.width * gx, p.y - box.height * gy) > 30)) {
        at = { x: box.width * gx, y: box.height * gy };
        break search;
      }
  const target = document.elementFromPoint(box.left + at.x, box.top + at.y);
  const fire = (type, dx) => target.dispatchEvent(new MouseEvent(type, {
    bubbles: true, cancelable: true, clientX: box.left + at.x + dx, clientY: box.top + at.y + dx / 2,
    button: 0, buttons: type === "mouseup" ? 0 : 1,
  }));
  fire("mousedown", 0);
  const frames = [];
  const start = performance.now();
  let dx = 0;
  await new Promise((done) => {
    const frame = (t) => {
      frames.push(t);
      if (t - start > ${PAN_MS}) return done();
      dx += 6;
      fire("mousemove", dx % 240);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  fire("mouseup", dx % 240);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  return { fps: 1000 / gaps[Math.floor(gaps.length / 2)], longest: gaps[gaps.length - 1] };
})()`;

async function pan(page: Page): Promise<{ fps: number; longest: number }> {
  return page.evaluate(PAN) as Promise<{ fps: number; longest: number }>;
}

/**
 * Find routes between alternating pairs: click to the frame after the one that drew the answer. The fields are set
 * in the page rather than through locators, whose queries over a page of tens of thousands of elements would take
 * longer than what is measured.
 */
async function findRoutes(page: Page): Promise<number[]> {
  const times: number[] = [];
  const pairs = [
    ["P0001", "P0002"],
    ["P0003", "P0001"],
  ];
  for (let i = 0; i < QUERIES; i++) {
    const [from, to] = pairs[i % 2]!;
    await page.evaluate(
      `(() => {
        const set = (id, value) => {
          const el = document.getElementById(id);
          Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(el, value);
          el.dispatchEvent(new Event("change", { bubbles: true }));
        };
        set("rf-from", ${JSON.stringify(from)});
        set("rf-to", ${JSON.stringify(to)});
        set("rf-topic", "nk-missile");
        return ${twoFrames};
      })()`,
    );
    times.push(
      (await page.evaluate(`(async () => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Find routes");
        const start = performance.now();
        button.click();
        await ${twoFrames};
        return performance.now() - start;
      })()`)) as number,
    );
  }
  return times;
}

/** As-of slider steps of ten days from the early 1990s: input to the frame after the one that drew the step. */
async function sliderSteps(page: Page): Promise<number[]> {
  return page.evaluate(async (count) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"]');
    if (!slider) throw new Error("no date slider");
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    // Start where the synthetic world's timelines are dense (three fifths along the slider, the early 1990s), not
    // at today's date after its last event, where a step changes nothing.
    setValue.call(
      slider,
      String(Math.round(Number(slider.min) + 0.6 * (Number(slider.max) - Number(slider.min)))),
    );
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const steps: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      setValue.call(slider, String(Number(slider.value) + 10));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      steps.push(performance.now() - start);
    }
    return steps;
  }, STEPS);
}

async function measure(
  browser: Browser,
  url: string,
  files: string[],
  parties: number,
  renderer: string,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  context.setDefaultTimeout(DRAW_TIMEOUT_MS);
  await context.addInitScript({ content: WATCH(renderer) });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__liaison?.cy);
  const drawnMs = await importWorld(page, files, parties);
  console.log(
    `  (${parties} parties, ${renderer}: drawn after ${drawnMs === null ? "timeout" : Math.round(drawnMs)} ms)`,
  );
  const longest = () =>
    page.evaluate(() => {
      const b = (window as unknown as { __bench: { longTasks: { duration: number }[] } }).__bench;
      const max = Math.max(0, ...b.longTasks.map((t) => t.duration));
      b.longTasks = [];
      return max;
    });
  const longestTaskMs = await longest();
  // The graph's own work during the import (its elements, applying and arranging them), apart from the page's.
  const graphWork = (await page.evaluate(`(() => {
    const all = performance.getEntriesByName("liaison graph");
    performance.clearMeasures("liaison graph");
    return {
      total: all.reduce((s, e) => s + e.duration, 0),
      longest: Math.max(0, ...all.map((e) => e.duration)),
      drawing: window.__liaison.cy.renderer().redrawTotalTime || 0,
    };
  })()`)) as { total: number; longest: number; drawing: number };
  const out: Figures = {
    drawnMs,
    longestTaskMs,
    graphWorkMs: graphWork.total,
    graphLongestMs: graphWork.longest,
    importDrawMs: graphWork.drawing,
    panFps: Number.NaN,
    panLongestFrameMs: Number.NaN,
    findMs: Number.NaN,
    findDrawMs: Number.NaN,
    stepMs: Number.NaN,
    stepDrawMs: Number.NaN,
    redrawMs: Number.NaN,
    stepLongestMs: Number.NaN,
    // Cytoscape's edges and the network layer's lines.
    edges: (await page.evaluate(
      `window.__liaison.cy.edges().length + Number(document.querySelector("canvas[data-lines]")?.dataset.lines ?? 0)`,
    )) as number,
    pageElements: Number.NaN,
    // The renderer is not in Cytoscape's types; its webgl flag says which one draws.
    renderer: (await page.evaluate("window.__liaison.cy.renderer().webgl ? 'webgl' : 'canvas'")) as string,
  };
  if (drawnMs !== null) {
    await page.evaluate(`${twoFrames}`);
    const panned = await pan(page);
    out.panFps = panned.fps;
    out.panLongestFrameMs = panned.longest;
    const drawTotal = () =>
      page.evaluate("window.__liaison.cy.renderer().redrawTotalTime || 0") as Promise<number>;
    // One full redraw of the graph as it stands: what any change to it costs at least.
    out.redrawMs = (await page.evaluate(`(async () => {
      const r = window.__liaison.cy.renderer();
      const [total, count] = [r.redrawTotalTime || 0, r.redrawCount || 0];
      for (let i = 0; i < 5; i++) {
        window.__liaison.cy.forceRender();
        await ${twoFrames};
      }
      return (r.redrawTotalTime - total) / Math.max(1, r.redrawCount - count);
    })()`)) as number;
    let drawBefore = await drawTotal();
    out.findMs = median(await findRoutes(page));
    out.findDrawMs = ((await drawTotal()) - drawBefore) / QUERIES;
    drawBefore = await drawTotal();
    const steps = await sliderSteps(page);
    out.stepMs = median(steps);
    out.stepDrawMs = ((await drawTotal()) - drawBefore) / STEPS;
    out.stepLongestMs = Math.max(...steps);
    out.pageElements = (await page.evaluate("document.getElementsByTagName('*').length")) as number;
  }
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  await context.close();
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "liaison-worlds-"));
const served = await serveExplorer();
try {
  console.log(
    "Explorer at scale in headless Chromium (software rendering, 1440×900), synthetic worlds imported",
  );
  console.log(
    "through Import dataset; medians of 5 Find routes, 20 As-of steps of ten days, 2 s of panning.",
  );
  for (const [parties, agreements] of WORLDS) {
    const files = worldFiles(dir, parties, agreements);
    for (const renderer of RENDERERS) {
      const f = await measure(served.browser, served.url, files, parties, renderer);
      const ms = (x: number | null) => (x === null ? "not drawn" : `${Math.round(x)} ms`);
      console.log(
        `${parties} parties / ${agreements} agreements, ${renderer} asked, ${f.renderer} used (${f.edges} edges drawn, ${f.pageElements} page elements): ` +
          `drawn ${ms(f.drawnMs)} (longest task ${ms(f.longestTaskMs)}; the graph's own work ${ms(f.graphWorkMs)}, ` +
          `longest ${ms(f.graphLongestMs)}, and Cytoscape's drawing ${ms(f.importDrawMs)}); pan ${f.panFps.toFixed(1)} fps ` +
          `(longest frame ${ms(f.panLongestFrameMs)}); one full redraw ${ms(f.redrawMs)}; Find routes ${ms(f.findMs)} (graph drawing ${ms(f.findDrawMs)}); ` +
          `As-of step ${ms(f.stepMs)} (graph drawing ${ms(f.stepDrawMs)}, longest step ${ms(f.stepLongestMs)})`,
      );
    }
  }
} finally {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
}
