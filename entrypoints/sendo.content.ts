import { runContentScript } from "@/utils/page/content-runner";
import { withProductFallback } from "@/utils/sites/product-fallback";
import { SENDO_MATCHES, sendo } from "@/utils/sites/sendo";

// One content script per site: each carries only its own adapter (see DESIGN.md, budgets).
export default defineContentScript({
  matches: [...SENDO_MATCHES],
  runAt: "document_idle",
  // WXT would also announce each start to the page with window.postMessage: a cost, and a sign to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (sendo.matches(new URL(location.href))) void runContentScript(ctx, withProductFallback(sendo));
  },
});
