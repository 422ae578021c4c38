import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The review workspace's pages: one Preact app served by the intake service at /workspace/.
export default defineConfig({
  root: resolve("server/workspace/ui"),
  base: "/workspace/",
  plugins: [preact()],
  resolve: { alias: { "@": resolve(".") } },
  build: { outDir: resolve(".output/workspace"), emptyOutDir: true, sourcemap: false },
});
