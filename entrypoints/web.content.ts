import { runContentScript } from "@/utils/page/content-runner";
import { webShop } from "@/utils/sites/web-shop";

// Registered at run time, for the sites a person asked Soi Hàng to read ("Soi trang này"), each with its own
// permission: it runs nowhere else (utils/background/inspected-sites.ts).
export default defineContentScript({
  registration: "runtime",
  matches: [],
  runAt: "document_idle",
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Injected once into the open tab when the person asks, and by the registration on later loads.
    const flag = globalThis as { soiHangWebShop?: boolean };
    if (flag.soiHangWebShop) return;
    flag.soiHangWebShop = true;
    void runContentScript(ctx, webShop);
  },
});
