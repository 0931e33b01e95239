// Vite build of the explorer. `--mode test` builds the same app with the end-to-end tests' hook switched on.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { chunkSizeWarningLimit: 1200 },
});
