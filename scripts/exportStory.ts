// Makes the 2017 story's images in docs/: South Korea → Japan, North Korean missiles, 2017-11-19, the TISA relay
// selected. From the explorer (its own Export PNG and Export SVG buttons, article size, current view, with the graph
// sized as the command line frames its map) and from the command line (`export --format png|svg`, article size), so
// the two can be compared.
// Run: npx tsx scripts/exportStory.ts [OUT_DIR]
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "../src/cli/main";
import { openPage } from "../tests/e2e/browser";
import { STORY_FLAGS, STORY_SEARCH, sizeGraph } from "../tests/e2e/storyExport";
import { ROOT, serveExplorer } from "./servedExplorer";

const out = resolve(process.argv[2] ?? join(ROOT, "docs"));
async function fromExplorer() {
  const { url, browser, close } = await serveExplorer();
  try {
    const { page, errors } = await openPage(browser, `${url}${STORY_SEARCH}`);
    await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
    await sizeGraph(page);
    // Let the layout settle and the world map load before taking the picture.
    await page.waitForTimeout(1500);
    await page.getByText("Export options").click();
    await page.getByLabel("Size", { exact: true }).selectOption("article");
    await page.getByLabel("Area", { exact: true }).selectOption("view");
    for (const [button, file] of [
      ["Export PNG", "export-2017-11-19-explorer.png"],
      ["Export SVG", "export-2017-11-19-explorer.svg"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button, exact: true }).click();
      copyFileSync(await (await download).path(), join(out, file));
      console.log(`wrote ${join(out, file)}`);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
  } finally {
    await close();
  }
}

function fromCommandLine() {
  for (const format of ["png", "svg"]) {
    const file = join(out, `export-2017-11-19-cli.${format}`);
    const code = run(["export", "--format", format, ...STORY_FLAGS, "-o", file], {
      out: (text) => console.log(text),
      err: (text) => console.error(text),
    });
    if (code !== 0) throw new Error(`liaison export --format ${format} exited ${code}`);
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  fromCommandLine();
  await fromExplorer();
}

main().catch((error) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
