import { defineConfig } from "vitest/config";

// The office's service: real HTTP on loopback, each suite on PGlite and on a PostgreSQL server.
export default defineConfig({
  test: {
    include: ["tests/server/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/server/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
