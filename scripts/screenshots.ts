// Makes the README's screenshots: builds the explorer, serves it, and captures the 2017-11-19 KOR → JPN story with
// headless Chromium at 1440×900 (each layout, and 2014-06-01 with the TISA relay blocked and one group of blocked
// routes in focus) and on a phone at 390×844. Run: npx tsx scripts/screenshots.ts [OUT_DIR]
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { openPage } from "../tests/e2e/browser";
import { ROOT, serveExplorer } from "./servedExplorer";

const out = resolve(process.argv[2] ?? join(ROOT, "docs"));
const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const TISA = "KOR%3EUSA%3EJPN:tisa%2Btisa";
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  file: string;
  search: string;
  viewport: { width: number; height: number };
  /** What a person does before the picture is taken. */
  act?(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
  { file: "explorer-geographic.png", search: `${STORY}&route=${TISA}`, viewport: DESKTOP },
  {
    file: "explorer-force.png",
    search: `${STORY}&route=KOR%3EJPN:jpn-kor-gsomia&layout=force`,
    viewport: DESKTOP,
  },
  {
    file: "explorer-blocked.png",
    search: `?from=KOR&to=JPN&topic=nk-missile&at=2014-06-01&route=${TISA}`,
    viewport: DESKTOP,
    act: async (page) => {
      await page
        .getByRole("button", { name: /^\d+ two-hop relays/ })
        .first()
        .click();
    },
  },
  {
    file: "explorer-phone.png",
    search: STORY,
    viewport: PHONE,
    act: async (page) => {
      await page
        .getByRole("list", { name: "Permitted routes" })
        .getByRole("button", { name: /United States/ })
        .click();
    },
  },
];

async function main() {
  const { url, browser, close } = await serveExplorer();
  try {
    mkdirSync(out, { recursive: true });
    for (const shot of SHOTS) {
      const { page, errors, violations } = await openPage(browser, `${url}${shot.search}`, shot.viewport);
      await shot.act?.(page);
      await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
      // Let the layout settle and the world map load before taking the picture.
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(out, shot.file) });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
      if (violations.length > 0)
        throw new Error(`Content-Security-Policy violations: ${violations.join("; ")}`);
      console.log(`wrote ${join(out, shot.file)}`);
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
