// Analysis panels benchmark in headless Chromium on a world of 200 parties and 3,000 agreements (imported through
// the explorer's own dialog): how long each analysis takes to compute in the browser (the case for the worker is a
// median above 100 ms), how long the page's main thread is blocked meanwhile (the longest frame), and what the
// reachability matrix costs on the page: opening it, an As-of step with it open, and a keyboard step across it.
import { serveExplorer } from "../scripts/servedExplorer";
import { countryWorldJson } from "../tests/support/countryWorld";

const AT = "2000-01-01";
const TOPIC = "nk-missile";
const STEPS = 6;

/** Records the gap between consecutive animation frames, so a blocked main thread shows as a long frame. */
const WATCH_FRAMES = `
window.__frames = [];
(function tick(last) {
  requestAnimationFrame((now) => { window.__frames.push(now - last); tick(now); });
})(performance.now());`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), max: sorted[sorted.length - 1] ?? Number.NaN, count: sorted.length };
}
const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);

async function main() {
  const { url, browser, close } = await serveExplorer();
  let failed = false;
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    context.setDefaultTimeout(60_000);
    await context.addInitScript({ content: WATCH_FRAMES });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(url);
    await page.locator("#rf-from").waitFor();
    // CSS selectors only: Playwright's role and label queries walk every element of a 200-party page, and that
    // time would be counted as the page's.
    await page.locator('input[type="file"]').setInputFiles({
      name: "world.json",
      mimeType: "application/json",
      buffer: Buffer.from(countryWorldJson()),
    });
    await page.waitForFunction(() =>
      document.querySelector(".details-panel")?.textContent?.includes("200 parties"),
    );
    await page.locator("#rf-topic").selectOption(TOPIC);
    await page.locator("#rf-at").fill(AT);
    console.log(`Analysis panels in Chromium, 200 parties / 3,000 agreements (seed 1), ${TOPIC}, maxHops 3:`);

    const frames = () =>
      page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));
    const jobs = () => page.evaluate(() => window.__liaisonJobs?.splice(0) ?? []);
    // The explorer's own graph redraws on every As-of step; wait until it has settled (frames short for a second).
    const settled = () =>
      page.waitForFunction(
        () => {
          const f = (window as unknown as { __frames: number[] }).__frames;
          const recent = f.slice(-40);
          return recent.length >= 40 && recent.every((x) => x < 100);
        },
        undefined,
        { polling: 250, timeout: 300_000 },
      );
    const matrixDrawn = (day: string, sort: string) =>
      page.waitForFunction(
        ([d, s]) =>
          document.querySelector(".analysis-panel h3")?.textContent === `Reachability on ${d}` &&
          !document.querySelector(".analysis-panel")?.textContent?.includes("Updating") &&
          document.querySelector<HTMLSelectElement>(".analysis-panel select")?.value === s &&
          (document.querySelector<HTMLCanvasElement>(".matrix-canvas canvas")?.width ?? 0) > 0,
        [day, sort] as const,
        { timeout: 300_000 },
      );
    /** Set the As-of date and wait until the page has settled; the longest frame meanwhile. */
    const step = async (day: string) => {
      await frames();
      await page.locator("#rf-at").fill(day);
      await settled();
      return stats(await frames()).max;
    };

    await settled();
    const closedSteps = [await step("2000-01-08"), await step("2000-01-15")];
    await frames();
    let start = Date.now();
    await page.locator(".analysis-bar button", { hasText: "Reachability matrix" }).click();
    await matrixDrawn("2000-01-15", "name");
    const open = Date.now() - start;
    console.log(
      `  matrix opened in ${ms(open)} (worker start, reachability, 39,800 cells drawn); longest frame meanwhile ${ms(stats(await frames()).max)}`,
    );
    const sortFrames: number[] = [];
    for (const sort of ["region", "degree", "name", "region", "degree", "name"]) {
      await settled();
      await frames();
      await page.locator(".analysis-panel select").selectOption(sort);
      await matrixDrawn("2000-01-15", sort);
      sortFrames.push(stats(await frames()).max);
    }
    console.log(
      `  re-sorting the matrix (order, 39,800 cells redrawn): longest frame median ${ms(stats(sortFrames).median)}, worst ${ms(stats(sortFrames).max)}`,
    );
    await page.locator(".matrix-canvas").focus();
    await settled();
    await frames();
    for (let i = 0; i < 40; i++) await page.keyboard.press(i % 2 ? "ArrowDown" : "ArrowRight");
    const keys = stats(await frames());
    console.log(
      `  40 arrow-key moves across the matrix: median frame ${ms(keys.median)}, longest ${ms(keys.max)}`,
    );
    await jobs();
    const openSteps: number[] = [];
    const openFrames: number[] = [];
    for (let i = 1; i <= STEPS; i++) {
      const day = new Date(Date.UTC(2000, 0, 15 + 30 * i)).toISOString().slice(0, 10);
      await frames();
      start = Date.now();
      await page.locator("#rf-at").fill(day);
      await matrixDrawn(day, "name");
      openSteps.push(Date.now() - start);
      await settled();
      openFrames.push(stats(await frames()).max);
    }
    const reach = stats((await jobs()).filter((j) => j.kind === "reachability").map((j) => j.ms));
    console.log(
      `  reachability computed in the worker: median ${ms(reach.median)} over ${reach.count} dates`,
    );
    console.log(
      `  an As-of step with every panel closed: longest frame median ${ms(stats(closedSteps).median)} (the graph's own redraw at this size)`,
    );
    console.log(
      `  with the matrix open: longest frame median ${ms(stats(openFrames).median)}; the new matrix drawn ${ms(stats(openSteps).median)} after the step (median of ${STEPS})`,
    );
    await page.locator(".analysis-bar button", { hasText: "Reachability matrix" }).click();

    await page.locator(".analysis-bar button", { hasText: "Brokers" }).click();
    const brokersAt = (day: string) =>
      page.waitForFunction(
        (d) =>
          [...document.querySelectorAll(".analysis-panel h3")].some(
            (h) => h.textContent === `Brokers on ${d}`,
          ) && document.querySelector(".brokers-table") !== null,
        day,
        { timeout: 300_000 },
      );
    for (let i = 0; i < 5; i++) {
      const day = new Date(Date.UTC(2001, 0, 1 + 45 * i)).toISOString().slice(0, 10);
      await page.locator("#rf-at").fill(day);
      await brokersAt(day);
    }
    const brokerJobs = stats((await jobs()).filter((j) => j.kind === "brokers").map((j) => j.ms));
    console.log(
      `  brokers with betweenness computed in the worker: median ${ms(brokerJobs.median)} over ${brokerJobs.count} dates`,
    );
    await page.locator(".analysis-bar button", { hasText: "Brokers" }).click();

    const verdict = (m: number) => (m > 100 ? "above 100 ms: computed in a Web Worker" : "below 100 ms");
    console.log(`  reachability ${verdict(reach.median)}; brokers ${verdict(brokerJobs.median)}`);
    if (errors.length > 0) {
      failed = true;
      console.log(`  page errors: ${errors.join("; ")}`);
    }
  } finally {
    await close();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
