// End to end in headless Chromium at a phone's width (390×844): one column without horizontal scrolling, even
// with a long imported dataset title and several file names, and a selection that shows at once.
import { describe, expect, it } from "vitest";
import { registerExplorerPages } from "./browser";
import { datasetFiles } from "./smallDataset";

const PHONE = { width: 390, height: 844 };
const open = registerExplorerPages();

describe("phone", () => {
  it("has no horizontal scroll at 390 px, with the built-in dataset and with a long imported title", async () => {
    const page = await open("", PHONE);
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    // Near the schema's longest title (200 characters), with long words.
    const title = `Intelligence-sharing agreements ${"and their neighbours ".repeat(7)}to the end`;
    await page.getByLabel("Import dataset").setInputFiles(datasetFiles(title, 4));
    await page.getByText("Imported", { exact: true }).waitFor();
    expect(await width()).toBeLessThanOrEqual(390);
    const header = await page.getByRole("banner").boundingBox();
    expect(header!.height).toBeLessThan(200);
    await expect(page.locator(".dataset-title").getAttribute("title")).resolves.toContain(title);
    await expect(page.locator(".dataset-files").textContent()).resolves.toBe("4 files");
  });

  it("selecting a route shows it at once in a bar at the bottom of the screen", async () => {
    const page = await open("", PHONE);
    await page
      .getByRole("list", { name: "Permitted routes" })
      .getByRole("button", { name: /United States/ })
      .click();
    const sheet = page.getByRole("complementary", { name: "Selected route" });
    await expect(sheet.textContent()).resolves.toContain("South Korea → United States → Japan");
    const box = await sheet.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844 + 1);
    expect(box!.y).toBeGreaterThan(700);
    await sheet.getByRole("button", { name: "Details" }).click();
    const details = await page.getByRole("complementary", { name: "Details" }).boundingBox();
    expect(details!.y).toBeLessThan(100);
  });
});
