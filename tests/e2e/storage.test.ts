// End to end in headless Chromium: an imported dataset is kept in the browser (IndexedDB) and survives a reload
// until the person goes back to the built-in one, which keeps the question asked.

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { registerExplorerPages } from "./browser";
import { datasetFiles } from "./smallDataset";

const open = registerExplorerPages();

/** The paths of the permitted routes listed. */
function paths(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Permitted routes" }).locator(".route-path").allTextContents();
}

describe("an imported dataset across reloads", () => {
  it("survives a reload with its question, and the built-in one comes back with the question kept", async () => {
    const page = await open();
    await page.getByLabel("Import dataset").setInputFiles(datasetFiles("Kept across reloads"));
    const title = page.locator(".dataset-title");
    await title.filter({ hasText: "Kept across reloads" }).waitFor();
    // The imported dataset has no story parties: it opens on its own first two, answered.
    expect(await paths(page)).toEqual(["Alpha → Bravo"]);
    await page.getByLabel("As of", { exact: true }).fill("2010-01-01");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("at") === "2010-01-01");
    await page.reload();
    await title.filter({ hasText: "Kept across reloads" }).waitFor();
    expect(await paths(page)).toEqual(["Alpha → Bravo"]);
    await expect(page.getByLabel("As of", { exact: true }).inputValue()).resolves.toBe("2010-01-01");
    // Back to the built-in dataset: the story's question is asked again (the imported one has no KOR or JPN), on
    // the date chosen, when no route was in force...
    await page.getByRole("button", { name: "Use built-in dataset" }).click();
    await title.filter({ hasText: "Japan–ROK" }).waitFor();
    await expect(page.getByRole("region", { name: "Routes", exact: true }).textContent()).resolves.toContain(
      "South Korea → Japan, North Korean missiles, on 2010-01-01No route in this dataset.",
    );
    // ...and a reload stays on it.
    await page.reload();
    await title.filter({ hasText: "Japan–ROK" }).waitFor();
    await expect(page.getByRole("button", { name: "Use built-in dataset" }).count()).resolves.toBe(0);
  });

  it("returning to the built-in dataset keeps a question it can answer", async () => {
    const page = await open("?from=KOR&to=USA&topic=any&at=2019-09-01");
    const yaml = [
      "title: Three parties",
      "sources:",
      "  - { id: s1, publisher: P, title: T, url: 'https://example.org/', quote: q, grade: A, fact: G-06, status: confirmed }",
      "topics:",
      "  - { id: any, name: Any topic }",
      "parties:",
      "  - { id: KOR, kind: state, name: Korea, sources: [s1] }",
      "  - { id: USA, kind: state, name: America, sources: [s1] }",
    ].join("\n");
    await page
      .getByLabel("Import dataset")
      .setInputFiles({ name: "three.yaml", mimeType: "text/yaml", buffer: Buffer.from(yaml) });
    await page.locator(".dataset-title").filter({ hasText: "Three parties" }).waitFor();
    expect(new URL(page.url()).searchParams.get("to")).toBe("USA");
    await page.getByRole("button", { name: "Use built-in dataset" }).click();
    await page.locator(".dataset-title").filter({ hasText: "Japan–ROK" }).waitFor();
    const url = new URL(page.url()).searchParams;
    expect([url.get("from"), url.get("to"), url.get("topic"), url.get("at")]).toEqual([
      "KOR",
      "USA",
      "any",
      "2019-09-01",
    ]);
    await expect(page.getByRole("region", { name: "Routes", exact: true }).textContent()).resolves.toContain(
      "South Korea → United States",
    );
  });
});
