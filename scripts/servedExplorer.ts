// For scripts that photograph the explorer: build it in test mode (with the test hook), serve it on a free port,
// and open a headless Chromium; `close` undoes all three.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build, preview } from "vite";
import { launch } from "../tests/e2e/browser";

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

export interface ServedExplorer {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Build, serve and open a browser; throws when the server has no address (and cleans up first). */
export async function serveExplorer(): Promise<ServedExplorer> {
  const dist = mkdtempSync(join(tmpdir(), "liaison-explorer-"));
  await build({ root: ROOT, mode: "test", logLevel: "warn", build: { outDir: dist, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    mode: "test",
    logLevel: "warn",
    build: { outDir: dist },
    preview: { port: 0, host: "127.0.0.1", open: false },
  });
  const browser = await launch();
  const close = async () => {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  };
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await close();
    throw new Error("the preview server has no address");
  }
  return { url, browser, close };
}
