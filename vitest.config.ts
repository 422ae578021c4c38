import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  // WxtVitest does not apply wxt.config's Vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    // Saved pages ask for iframes and styles that happy-dom is told not to load; it says so once per element.
    onConsoleLog: (log) => !log.includes("loading is disabled"),
    environment: "happy-dom",
    // Saved pages reference scripts, styles and iframes that do not exist here; parse them as inert markup.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
  },
});
