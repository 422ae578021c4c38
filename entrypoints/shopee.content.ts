import { runContentScript } from "@/utils/page/content-runner";
import { withProductFallback } from "@/utils/sites/product-fallback";
import { shopee } from "@/utils/sites/shopee";
import { SHOPEE_MATCHES } from "@/utils/sites/shopee-domains";

// One content script per site: each carries only its own adapter (see DESIGN.md, budgets).
export default defineContentScript({
  matches: [...SHOPEE_MATCHES],
  runAt: "document_idle",
  // WXT would also announce each start to the page with window.postMessage: a cost, and a sign to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (shopee.matches(new URL(location.href))) void runContentScript(ctx, withProductFallback(shopee));
  },
});
