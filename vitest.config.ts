// Test projects: "unit" (everything beside the code and under tests/) and "e2e" (real Chromium against a build of
// the explorer; its global setup builds and serves the app once, and only runs when an e2e test is selected).
import { defineConfig } from "vitest/config";
import { builtInDataset } from "./build/datasetPlugin.ts";

export default defineConfig({
  plugins: [builtInDataset()],
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/**/*.test.ts", "tests/**/*.test.tsx"],
          exclude: ["tests/e2e/**", "**/node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
