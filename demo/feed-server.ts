// A static feed host for tests and local publishing trials: serves feeds and their .sig files with CORS,
// as any static host (object storage, GitHub Pages) would.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedServer {
  origin: string;
  /** Replaces what a path serves; undefined makes it 404. */
  set(path: string, body: Uint8Array | string | undefined): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const files = new Map<string, Uint8Array | string>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://feed").pathname;
    requests.push(path);
    const body = files.get(path);
    const headers = { "access-control-allow-origin": "*", "cache-control": "no-cache" };
    if (body === undefined) {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      "content-type": path.endsWith(".json") ? "application/json" : "application/octet-stream",
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, body) => (body === undefined ? files.delete(path) : files.set(path, body)),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
