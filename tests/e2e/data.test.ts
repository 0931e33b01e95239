// End to end in headless Chromium: invalid permalink values, and importing datasets (markup shown as text, a
// rejected import listing every problem and leaving the dataset untouched).
import { describe, expect, it } from "vitest";
import { permittedRoutes as permitted, registerExplorerPages } from "./browser";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const open = registerExplorerPages();

describe("explorer data", () => {
  it("reports invalid permalink values in the page and ignores them", async () => {
    const page = await open("?from=KOR&to=XXX&at=2019-02-30&hops=9&layout=circle");
    const notices = page.getByRole("status").filter({ hasText: "Ignored" });
    const text = await notices.textContent();
    for (const bad of ["to=XXX", "at=2019-02-30", "hops=9", "layout=circle"]) expect(text).toContain(bad);
    await expect(page.getByLabel("Layout").inputValue()).resolves.toBe("geographic");
    await expect(page.getByLabel("Max hops").inputValue()).resolves.toBe("3");
    const dismiss = page.getByRole("button", { name: "Dismiss" });
    const count = await dismiss.count();
    await dismiss.first().click();
    await expect(page.getByRole("button", { name: "Dismiss" }).count()).resolves.toBe(count - 1);
  });

  it("an imported party name containing markup shows as text", async () => {
    const page = await open();
    const markup = '<img src=x onerror="window.__pwned=1">';
    const yaml = [
      "title: Markup test",
      "sources:",
      "  - { id: s1, publisher: P, title: T, url: 'https://example.org/', quote: q, grade: A, fact: G-06, status: confirmed }",
      "topics:",
      "  - { id: any, name: Any topic }",
      "parties:",
      `  - { id: AAA, kind: state, name: '${markup}', sources: [s1] }`,
      "  - { id: BBB, kind: state, name: Bravo, sources: [s1] }",
      "agreements:",
      "  - id: pact",
      "    name: Pact",
      "    kind: security-agreement",
      "    legalNature: binding",
      "    shape: bilateral",
      "    parties: [AAA, BBB]",
      "    scope: [any]",
      "    sources: [s1]",
      "    timeline: [{ type: in-force, date: 2000-01-01, sources: [s1] }]",
    ].join("\n");
    await page
      .getByLabel("Import dataset")
      .setInputFiles({ name: "markup.yaml", mimeType: "text/yaml", buffer: Buffer.from(yaml) });
    await page.getByText("Markup test").first().waitFor();
    const options = await page.getByLabel("From", { exact: true }).locator("option").allInnerTexts();
    expect(options).toContain(`${markup} (AAA)`);
    await page.getByRole("button", { name: "Find routes" }).click();
    await expect(page.getByRole("region", { name: "Routes", exact: true }).textContent()).resolves.toContain(
      markup,
    );
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("a rejected import lists every problem and leaves the dataset untouched", async () => {
    const page = await open(STORY);
    const broken = "parties:\n  - { id: kor, kind: state, name: X, sources: [nope] }\n";
    await page.getByLabel("Import dataset").setInputFiles([
      { name: "broken.yaml", mimeType: "text/yaml", buffer: Buffer.from(broken) },
      { name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{ not json") },
    ]);
    const alert = page.getByRole("alert");
    const text = await alert.textContent();
    expect(text).toMatch(/Import rejected/);
    expect(text).toContain("broken.yaml");
    expect(text).toContain("bad.json");
    expect(await alert.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);
    expect(await permitted(page)).toHaveLength(2);
  });
});
