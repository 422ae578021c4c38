import { runContentScript } from "@/utils/page/content-runner";
import { FACEBOOK_MATCHES, facebook } from "@/utils/sites/facebook";
import { withProductFallback } from "@/utils/sites/product-fallback";

// One content script per site: each carries only its own adapter (see DESIGN.md, budgets).
export default defineContentScript({
  matches: [...FACEBOOK_MATCHES],
  runAt: "document_idle",
  // WXT would also announce each start to the page with window.postMessage: a cost, and a sign to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (facebook.matches(new URL(location.href))) void runContentScript(ctx, withProductFallback(facebook));
  },
});
