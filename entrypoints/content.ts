import { runContentScript } from "@/utils/page/content-runner";
import { adapterFor, CONTENT_MATCHES } from "@/utils/sites/registry";

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: "document_idle",
  main(ctx) {
    const adapter = adapterFor(new URL(location.href));
    if (adapter) void runContentScript(ctx, adapter);
  },
});
