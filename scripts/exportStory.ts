// Makes docs/export-2017-11-19.png and .svg with the explorer's own export buttons: builds the app, serves it,
// opens the KOR → JPN nk-missile 2017-11-19 permalink in headless Chromium and saves the two downloads.
// Run: npx tsx scripts/exportStory.ts [--current-view] [OUT_DIR]
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { openPage } from "../tests/e2e/browser";
import { ROOT, serveExplorer } from "./servedExplorer";

const args = process.argv.slice(2);
const currentView = args.includes("--current-view");
const out = resolve(args.find((a) => !a.startsWith("--")) ?? join(ROOT, "docs"));
// The first (direct) route selected, so the image shows it highlighted with its direction.
const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&route=1";

async function main() {
  const { url, browser, close } = await serveExplorer();
  try {
    const { page, errors } = await openPage(browser, `${url}${STORY}`);
    await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
    // Let the layout settle and the world map load before taking the picture.
    await page.waitForTimeout(1000);
    if (currentView) {
      await page.getByText("Export options").click();
      await page.getByLabel("Area").selectOption("view");
    }
    mkdirSync(out, { recursive: true });
    for (const [button, file] of [
      ["Export PNG", "export-2017-11-19.png"],
      ["Export SVG", "export-2017-11-19.svg"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button, exact: true }).click();
      const path = await (await download).path();
      copyFileSync(path, join(out, file));
      console.log(`wrote ${join(out, file)}`);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
