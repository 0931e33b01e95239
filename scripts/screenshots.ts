// Makes the README's screenshots: builds the explorer, serves it, and captures the 2017-11-19 KOR → JPN story
// at 1440×900 in each layout with headless Chromium. Run: npx tsx scripts/screenshots.ts [OUT_DIR]
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { openPage } from "../tests/e2e/browser";
import { ROOT, serveExplorer } from "./servedExplorer";

const out = resolve(process.argv[2] ?? join(ROOT, "docs"));
const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const SHOTS = [
  ["explorer-geographic.png", `${STORY}&route=2`],
  ["explorer-force.png", `${STORY}&route=1&layout=force`],
] as const;

async function main() {
  const { url, browser, close } = await serveExplorer();
  try {
    mkdirSync(out, { recursive: true });
    for (const [file, search] of SHOTS) {
      const { page, errors } = await openPage(browser, `${url}${search}`);
      await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
      // Let the layout settle and the world map load before taking the picture.
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(out, file) });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
      console.log(`wrote ${join(out, file)}`);
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
