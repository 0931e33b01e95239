// Builds the `liaison` command: one bundled ES module (dist-cli/liaison.mjs) that Node starts without transpiling
// anything, and the built-in dataset validated once and kept beside it (used while its files stay unchanged).
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { DATASET_CACHE, writeDatasetCache } from "../src/cli/datasetCache";
import { DEFAULT_DATASET, readDatasetFiles } from "../src/cli/readDataset";
import { formatProblem, loadDataset } from "../src/model";

/** The bundle the `liaison` bin starts. */
export const CLI_BUNDLE = fileURLToPath(new URL("../dist-cli/liaison.mjs", import.meta.url));

/**
 * Zod re-exports every language of its messages; the command speaks English (zod's default, imported on its own),
 * so the others are left out: a third less code for Node to parse at every start.
 */
const englishOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /zod\/v4\/(classic|core)\//.test(args.importer)
        ? { path: "zod-locales", namespace: "english-only" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "english-only" }, () => ({ contents: "export {};" }));
  },
};

/** Bundle the CLI and cache the validated built-in dataset; returns what it wrote, and any dataset problems. */
export async function buildCli(): Promise<{ written: string[]; problems: string[] }> {
  mkdirSync(new URL("../dist-cli/", import.meta.url), { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL("../src/cli/bin.ts", import.meta.url))],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: true,
    legalComments: "none",
    // Some dependencies are CommonJS modules that require Node built-ins; an ES module has no `require` of its own.
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
    plugins: [englishOnly],
    logLevel: "warning",
  });
  const files = readDatasetFiles(DEFAULT_DATASET);
  const result = loadDataset(files);
  if (!result.ok) return { written: [CLI_BUNDLE], problems: result.problems.map(formatProblem) };
  writeDatasetCache(files, result.dataset);
  return { written: [CLI_BUNDLE, DATASET_CACHE], problems: [] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { written, problems } = await buildCli();
  console.log(`built ${written.join(" and ")}`);
  // The command still works with an invalid built-in dataset: it reads it at every start and reports the problems.
  if (problems.length > 0)
    console.warn(["the built-in dataset is invalid, so it is not cached:", ...problems].join("\n  "));
}
