// Vite build of the explorer. `--mode test` builds the same app with the end-to-end tests' hook switched on.
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { builtInDataset } from "./build/datasetPlugin.ts";

/**
 * The dev server injects inline scripts and styles (React refresh, hot CSS) that index.html's Content-Security-Policy
 * forbids: it serves the page without that tag. Builds and previews keep it.
 */
function noCspInDev(): Plugin {
  return {
    name: "liaison-no-csp-in-dev",
    apply: "serve",
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ""),
  };
}

export default defineConfig({
  plugins: [react(), builtInDataset(), noCspInDev()],
  server: { port: 5173 },
  preview: { port: 4173 },
  // The graph chunk is Cytoscape itself (about 500 KB, 155 KB gzip); its import starts as soon as the entry runs.
  build: { chunkSizeWarningLimit: 600 },
});
