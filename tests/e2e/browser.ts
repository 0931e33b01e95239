// One headless Chromium per test file, and a page that records console errors, page errors and every request.
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM}; it is missing (apt-get install chromium).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A fresh page at 1440×900 (en-US, so the date field takes month/day/year) that records errors and requests. */
export async function openPage(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  // Short waits: a missing element should fail its test quickly, not hold the whole run.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.getByRole("heading", { name: "Route finder" }).waitFor();
  return { page, errors, requests };
}

/**
 * Register the hooks of an e2e test file: one browser for the file, and after each test the checks every page
 * must pass (no console errors, no request outside its origin). Returns `open(search)` for a fresh page.
 */
export function registerExplorerPages(): (search?: string) => Promise<Page> {
  const baseUrl = inject("baseUrl");
  const origin = new URL(baseUrl).origin;
  let browser: Browser | undefined;
  let opened: Watched[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const w of opened) {
      expect(w.errors, "console errors").toEqual([]);
      const outside = w.requests.filter((r) => !r.startsWith(`${origin}/`) && !/^(data|blob):/.test(r));
      expect(outside, "requests outside the page's origin").toEqual([]);
      await w.page.context().close();
    }
    opened = [];
  });
  return async (search = "") => {
    if (!browser) throw new Error("registerExplorerPages: the browser did not start");
    const w = await openPage(browser, `${baseUrl}${search}`);
    opened.push(w);
    return w.page;
  };
}

/** The text of each permitted route in the routes list, in order. */
export async function permittedRoutes(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Permitted routes" }).getByRole("button").allInnerTexts();
}
