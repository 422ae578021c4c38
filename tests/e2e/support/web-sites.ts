import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type FeedServer, startFeedServer } from "../../../demo/feed-server";
import { test as base, openTestContext } from "./fixtures";

/** A request a test's web site received: the host it was asked for, and the path. */
export interface SiteRequest {
  host: string;
  path: string;
}

/**
 * Stand-alone web shops over real HTTP, on this machine: every host the test names resolves here (Chromium's
 * resolver rules), so that a navigation goes through the browser's whole network stack, as it would live.
 * Each page says which host and path it is; every request is noted.
 */
export interface WebSites {
  port: number;
  requests: SiteRequest[];
  /** Requests for `host` (or a subdomain of it). */
  requestsFor(host: string): SiteRequest[];
}

/** The hosts the site tests use (the warned shop, its subdomains, an IDN one, look-alikes, honest shops). */
export const WEB_HOSTS = [
  "example-fake.vn",
  "*.example-fake.vn",
  "xn--bnhm-gi-hwa6h6537a.vn",
  "*.xn--bnhm-gi-hwa6h6537a.vn",
  "shopee-sale.vn",
  "*.shopee-sale.vn",
  "tikii.vn",
  "honest-shop.vn",
  "*.honest-shop.vn",
  "unknown-shop.vn",
  "risky-shop.vn",
];

/** A shop's product page that declares its product in schema.org JSON-LD, as shop builders (Haravan, Sapo) do. */
export const PRODUCT_NAME = "Túi xách Gucci Marmont rep 1:1 like auth";
function productPage(host: string, path: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: PRODUCT_NAME,
    brand: { "@type": "Brand", name: "Gucci" },
    offers: { "@type": "Offer", price: "1250000", priceCurrency: "VND", url: `http://${host}${path}` },
  };
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${PRODUCT_NAME}</title>
<script type="application/ld+json">${JSON.stringify(data)}</script></head>
<body><header><a href="/">${host}</a></header><main><h1 id="site">${PRODUCT_NAME}</h1>
<p class="price">1.250.000₫</p><button>Thêm vào giỏ</button></main></body></html>`;
}

type Fixtures = {
  webSites: WebSites;
  /** A feed server on this machine, for the test's signed feed (closed after the test). */
  feedServer: FeedServer;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern for fixtures.
  feedServer: async ({}, use) => {
    const server = await startFeedServer();
    await use(server);
    await server.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern for fixtures.
  webSites: async ({}, use) => {
    const requests: SiteRequest[] = [];
    const server = createServer((req, res) => {
      const host = (req.headers.host ?? "").replace(/:\d+$/, "");
      const path = req.url ?? "/";
      requests.push({ host, path });
      if (path === "/favicon.ico") {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      if (path.startsWith("/san-pham/")) {
        res.end(productPage(host, path));
        return;
      }
      res.end(
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${host}${path}</title></head>` +
          `<body><h1 id="site">${host}${path}</h1><a id="to-warned" href="http://shop.example-fake.vn/product">Xem túi</a>` +
          `<a id="to-other" href="http://honest-shop.vn/">Shop khác</a></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    await use({
      port,
      requests,
      requestsFor: (host) => requests.filter((r) => r.host === host || r.host.endsWith(`.${host}`)),
    });
    await new Promise((resolve) => server.close(resolve));
  },
  context: async ({ intake, webSites, grantCapture }, use) => {
    const hostMap = WEB_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${webSites.port}`);
    const context = await openTestContext({ intakeUrl: intake.url, grantCapture, hostMap });
    await use(context);
    await context.close();
  },
});

export { expect } from "./fixtures";
