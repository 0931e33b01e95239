// End to end in headless Chromium: the page carries a Content-Security-Policy that allows only its own origin, and
// the page checks every other e2e test runs (tests/e2e/browser.ts) do catch a violation.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("Content-Security-Policy", () => {
  it("is a meta tag allowing scripts, styles and connections from the page's own origin only", async () => {
    const { page, violations } = await openPage(browser, inject("baseUrl"));
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    const directives = new Map(
      (policy ?? "").split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    await page.getByRole("list", { name: "Permitted routes" }).waitFor();
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("refuses an inline script, and the page checks record it as a violation", async () => {
    const { page, violations } = await openPage(browser, inject("baseUrl"));
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__ranInline = true;";
      document.head.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join("\n")).toMatch(/script-src/);
    expect(
      await page.evaluate(() => (window as unknown as { __ranInline?: boolean }).__ranInline),
    ).toBeUndefined();
    await page.context().close();
  });
});
