// Bundle benchmark: builds the explorer and reports the JavaScript a first visit loads (entry script and its
// static imports) against the 300 KB gzip budget of DESIGN.md, and the chunks fetched later on demand.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const BUDGET_KB = 300;
const outDir = mkdtempSync(join(tmpdir(), "liaison-bundle-"));
try {
  await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!));
  const kb = (file: string) => gzipSync(readFileSync(join(outDir, file))).length / 1024;
  let initialKb = 0;
  console.log("Explorer bundle (gzip):");
  for (const file of readdirSync(join(outDir, "assets")).filter((f) => f.endsWith(".js"))) {
    const path = `assets/${file}`;
    const size = kb(path);
    if (initial.has(path)) initialKb += size;
    console.log(
      `  ${initial.has(path) ? "initial  " : "on demand"} ${size.toFixed(1).padStart(7)} KB  ${file}`,
    );
  }
  console.log(
    `initial JS: ${initialKb.toFixed(1)} KB gzip, ${((initialKb / BUDGET_KB) * 100).toFixed(0)}% of the ${BUDGET_KB} KB budget`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
