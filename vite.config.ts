// Vite build of the explorer. `--mode test` builds the same app with the end-to-end tests' hook switched on.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { builtInDataset } from "./build/datasetPlugin.ts";

export default defineConfig({
  plugins: [react(), builtInDataset()],
  server: { port: 5173 },
  preview: { port: 4173 },
  // The graph chunk is Cytoscape itself (about 500 KB, 155 KB gzip); its import starts as soon as the entry runs.
  build: { chunkSizeWarningLimit: 600 },
});
