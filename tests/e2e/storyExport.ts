// The 2017 story as both the explorer and the command line export it (the TISA relay selected), and sizing the
// explorer's graph to the view the command line frames its map for, so that the two pictures can be compared.
import type { Page } from "playwright-core";

export const STORY_ROUTE = "KOR>USA>JPN:tisa+tisa";
/** The explorer's address of the story. */
export const STORY_SEARCH = `?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&route=${encodeURIComponent(STORY_ROUTE)}`;
/** The same question as `liaison export` flags. */
export const STORY_FLAGS = [
  "--from",
  "KOR",
  "--to",
  "JPN",
  "--topic",
  "nk-missile",
  "--at",
  "2017-11-19",
  "--route",
  STORY_ROUTE,
];
/** The view the command line frames its map for (src/cli/commands/exportImage.ts). */
export const CLI_VIEW = { width: 640, height: 400 };

/**
 * Resize the window until the explorer's graph is `size`, then wait for the map to be laid out and drawn for it.
 * Throws when the graph will not take the size.
 */
export async function sizeGraph(
  page: Page,
  size: { width: number; height: number } = CLI_VIEW,
): Promise<void> {
  const graphSize = () =>
    page.evaluate(() => ({ width: window.__liaison!.cy.width(), height: window.__liaison!.cy.height() }));
  for (let i = 0; i < 4; i++) {
    const now = await graphSize();
    if (now.width === size.width && now.height === size.height) break;
    const viewport = page.viewportSize()!;
    await page.setViewportSize({
      width: viewport.width + size.width - now.width,
      height: viewport.height + size.height - now.height,
    });
    await page.waitForFunction(
      ([w, h]) => window.__liaison!.cy.width() !== w || window.__liaison!.cy.height() !== h,
      [now.width, now.height],
    );
  }
  const final = await graphSize();
  if (final.width !== size.width || final.height !== size.height)
    throw new Error(
      `the explorer's graph is ${final.width}×${final.height}, not ${size.width}×${size.height}`,
    );
  await page.locator('[data-layout="geographic"][aria-busy="false"]').waitFor();
  // The map outline comes a frame after the graph; the names are placed with the layout.
  await page.waitForTimeout(1000);
}
