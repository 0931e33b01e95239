// Global setup of the end-to-end tests: build the explorer once in test mode (with its test hook) into a temporary
// folder, serve it with vite's preview server on a free port, and hand the URL to the tests.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM} (Debian package "chromium"); it is missing. Install it: apt-get install chromium`,
    );
  }
  const outDir = mkdtempSync(join(tmpdir(), "liaison-e2e-"));
  // Vitest sets NODE_ENV=test, which would give React's development build; the tests check the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root, mode: "test", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const port = await freePort();
  const server = await preview({
    root,
    mode: "test",
    logLevel: "warn",
    build: { outDir },
    preview: { port, strictPort: true, host: "127.0.0.1", open: false },
  });
  project.provide("baseUrl", `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
