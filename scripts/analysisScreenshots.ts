// Makes the README's pictures of the analysis panels (docs/analysis-*.png): builds the explorer, serves it, opens each
// panel on the built-in dataset (and the matrix on 200 parties) in headless Chromium and photographs it, plus one
// panel's own exported PNG. Run: npx tsx scripts/analysisScreenshots.ts [OUT_DIR]
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { countryWorldJson } from "../tests/support/countryWorld";
import { ROOT, serveExplorer } from "./servedExplorer";

const out = resolve(process.argv[2] ?? join(ROOT, "docs"));
const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";

async function openTall(
  browser: Browser,
  url: string,
  height = 1400,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height }, locale: "en-US" });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator("#rf-from").waitFor();
  return { page, errors };
}

async function shoot(page: Page, selector: string, file: string) {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  // Let the worker answer and the page settle.
  await page.waitForTimeout(800);
  await target.screenshot({ path: join(out, file) });
  console.log(`wrote ${join(out, file)}`);
}

async function main() {
  const { url, browser, close } = await serveExplorer();
  try {
    mkdirSync(out, { recursive: true });
    const shots: [string, string, (page: Page) => Promise<void>][] = [
      [
        `${STORY}&routetimeline=show`,
        "analysis-timeline.png",
        async (page) => {
          await page.getByRole("img", { name: /^Route timeline/ }).waitFor();
          await shoot(page, ".analysis-panel", "analysis-timeline.png");
          const [file] = await Promise.all([
            page.waitForEvent("download"),
            page.getByRole("button", { name: "Export timeline PNG" }).click(),
          ]);
          copyFileSync(await file.path(), join(out, "analysis-timeline-export.png"));
          console.log(`wrote ${join(out, "analysis-timeline-export.png")}`);
        },
      ],
      [
        `${STORY}&vs=2014-06-01`,
        "analysis-compare.png",
        async (page) => {
          await page.getByRole("list", { name: /^Routes gained/ }).waitFor();
          await shoot(page, ".analysis-panel", "analysis-compare.png");
          await page.locator(".center-column").evaluate((el) => el.scrollTo(0, 0));
          await page.waitForFunction(() => (window.__liaison?.cy.edges(".change-gained").length ?? 0) > 0);
          await page.waitForTimeout(1500);
          await page.locator(".graph-area").screenshot({ path: join(out, "analysis-compare-graph.png") });
          console.log(`wrote ${join(out, "analysis-compare-graph.png")}`);
        },
      ],
      [
        "?topic=nk-missile&at=2017-11-19&matrix=region",
        "analysis-matrix.png",
        async (page) => {
          await page.getByRole("application", { name: /Reachability matrix/ }).waitFor();
          await shoot(page, ".analysis-panel", "analysis-matrix.png");
        },
      ],
      [
        "?from=KOR&to=JPN&topic=nk-missile&at=2015-06-01&depends=tisa",
        "analysis-depends.png",
        async (page) => {
          await page.getByRole("list", { name: "Pairs that depend on TISA" }).waitFor();
          await shoot(page, ".depends-on", "analysis-depends.png");
        },
      ],
      [
        `${STORY}&brokers=show`,
        "analysis-brokers.png",
        async (page) => {
          await page.getByRole("table").waitFor();
          await shoot(page, ".analysis-panel", "analysis-brokers.png");
        },
      ],
      [
        "?matrix=region",
        "analysis-matrix-200.png",
        async (page) => {
          await page.locator('input[type="file"]').setInputFiles({
            name: "world.json",
            mimeType: "application/json",
            buffer: Buffer.from(countryWorldJson()),
          });
          await page.waitForFunction(() =>
            document.querySelector(".details-panel")?.textContent?.includes("200 parties"),
          );
          await page.locator("#rf-topic").selectOption("nk-missile");
          await page.locator("#rf-at").fill("2000-01-01");
          await page.waitForFunction(
            () =>
              document.querySelector(".analysis-panel h3")?.textContent === "Reachability on 2000-01-01" &&
              !document.querySelector(".analysis-panel")?.textContent?.includes("Updating"),
            undefined,
            { timeout: 120_000 },
          );
          await shoot(page, ".analysis-panel", "analysis-matrix-200.png");
        },
      ],
    ];
    for (const [search, name, take] of shots) {
      const { page, errors } = await openTall(browser, `${url}${search}`, name.includes("200") ? 1500 : 1400);
      await take(page);
      if (errors.length > 0) throw new Error(`page errors on ${name}: ${errors.join("; ")}`);
      await page.context().close();
    }
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
