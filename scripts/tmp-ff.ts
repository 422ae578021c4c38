import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { launchFirefox } from "../tests/firefox/support/firefox";

const shops = createServer((req, res) => {
  console.log("req", req.headers.host, req.url);
  res.writeHead(200, { "content-type": "text/html" });
  res.end("<title>x</title>hi");
});
await new Promise<void>((r) => shops.listen(0, "127.0.0.1", r));
const port = (shops.address() as AddressInfo).port;
const ff = await launchFirefox({ resolveToThisMachine: true });
const page = await ff.newPage();
const t = Date.now();
await page
  .goto(`http://honest-shop.vn:${port}/start`, { timeout: 10000 })
  .catch((e) => console.log("err", String(e).slice(0, 100)));
console.log(Date.now() - t, await page.evaluate(() => location.href).catch(() => "?"));
await page
  .goto(`http://127.0.0.1:${port}/start`, { timeout: 10000 })
  .catch((e) => console.log("err", String(e).slice(0, 100)));
console.log(Date.now() - t, await page.evaluate(() => location.href).catch(() => "?"));
await ff.close();
shops.close();
