import { runContentScript } from "@/utils/page/content-runner";
import { adapterFor } from "@/utils/sites/registry";
import { SHOPEE_MATCHES } from "@/utils/sites/shopee-domains";

export default defineContentScript({
  matches: SHOPEE_MATCHES,
  runAt: "document_idle",
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (adapter) void runContentScript(ctx, adapter);
  },
});
