#!/usr/bin/env node
// The `liaison` command: starts the bundle that `npm run build:cli` writes (a fresh `npm ci` runs it, through the
// `prepare` script), so that Node runs plain JavaScript and transpiles nothing at start.
import { existsSync } from "node:fs";

const bundle = new URL("../dist-cli/liaison.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("error: the liaison command is not built yet: run npm run build:cli\n");
  process.exit(70);
}
await import(bundle.href);
