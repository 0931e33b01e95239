// One headless Chromium per test file, and a page that records console errors, page errors, Content-Security-Policy
// violations and every request.
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
  /** Content-Security-Policy violations: the directive and what it blocked, from the page's own events. */
  violations: string[];
}

/** Console text Chromium writes when the Content-Security-Policy refuses something. */
const CSP_CONSOLE = /Content Security Policy/i;

/**
 * A fresh page (1440×900 unless `viewport` says otherwise; en-US, so a locale-formatted date would show as
 * month/day/year) that records errors, Content-Security-Policy violations and requests.
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport, locale: "en-US" });
  // Short waits: a missing element should fail its test quickly, not hold the whole run.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const violations: string[] = [];
  await page.exposeFunction("__cspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __cspViolation?: (text: string) => void }).__cspViolation;
      report?.(
        `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (CSP_CONSOLE.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.getByRole("heading", { name: "Route finder" }).waitFor();
  return { page, errors, requests, violations };
}

/**
 * Register the hooks of an e2e test file: one browser for the file, and after each test the checks every page
 * must pass (no console errors, no Content-Security-Policy violation, no request outside its origin). Returns
 * `open(search, viewport?)` for a fresh page.
 */
export function registerExplorerPages(): (
  search?: string,
  viewport?: { width: number; height: number },
) => Promise<Page> {
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
      expect(w.violations, "Content-Security-Policy violations").toEqual([]);
      const outside = w.requests.filter((r) => !r.startsWith(`${origin}/`) && !/^(data|blob):/.test(r));
      expect(outside, "requests outside the page's origin").toEqual([]);
      await w.page.context().close();
    }
    opened = [];
  });
  return async (search = "", viewport?: { width: number; height: number }) => {
    if (!browser) throw new Error("registerExplorerPages: the browser did not start");
    const w = await openPage(browser, `${baseUrl}${search}`, viewport);
    opened.push(w);
    return w.page;
  };
}

/** The text of each permitted route in the routes list, in order. */
export async function permittedRoutes(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Permitted routes" }).getByRole("button").allInnerTexts();
}
