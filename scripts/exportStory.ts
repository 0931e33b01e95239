// Makes docs/export-2017-11-19.png and .svg with the explorer's own export buttons: builds the app, serves it,
// opens the KOR → JPN nk-missile 2017-11-19 permalink in headless Chromium and saves the two downloads.
// Run: npx tsx scripts/exportStory.ts [--current-view] [OUT_DIR]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launch, openPage } from "../tests/e2e/browser";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const currentView = args.includes("--current-view");
const out = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "docs"));
// The first (direct) route selected, so the image shows it highlighted with its direction.
const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&route=1";

async function main() {
  const dist = mkdtempSync(join(tmpdir(), "liaison-export-"));
  process.env.NODE_ENV = "production";
  await build({ root, mode: "test", logLevel: "warn", build: { outDir: dist, emptyOutDir: true } });
  const server = await preview({
    root,
    mode: "test",
    logLevel: "warn",
    build: { outDir: dist },
    preview: { port: 0, host: "127.0.0.1", open: false },
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await launch();
  try {
    if (!url) throw new Error("the preview server has no address");
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
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
