// A static feed host for tests and local publishing trials: serves feeds and their .sig files with CORS, an
// ETag per body, 304 answers to a matching If-None-Match and gzip, as a static host (object storage, Pages) would.
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export interface FeedServerRequest {
  path: string;
  ifNoneMatch?: string;
  status: number;
}

export interface FeedServer {
  origin: string;
  /** Replaces what a path serves; undefined makes it 404. */
  set(path: string, body: Uint8Array | string | undefined, contentType?: string): void;
  requests: FeedServerRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const files = new Map<
    string,
    { body: Uint8Array | string; gzipped: Uint8Array; type: string; etag: string }
  >();
  const requests: FeedServerRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://feed").pathname;
    const ifNoneMatch = req.headers["if-none-match"];
    const file = files.get(path);
    const headers = {
      "access-control-allow-origin": "*",
      "access-control-allow-headers": "if-none-match, if-modified-since",
      "access-control-expose-headers": "etag",
      "cache-control": "no-cache",
    };
    const status = req.method === "OPTIONS" ? 204 : !file ? 404 : ifNoneMatch === file.etag ? 304 : 200;
    requests.push({ path, status, ...(typeof ifNoneMatch === "string" ? { ifNoneMatch } : {}) });
    if (status !== 200 || !file) {
      res.writeHead(status, file ? { ...headers, etag: file.etag } : headers);
      res.end();
      return;
    }
    // Compressed when the client accepts it, as static hosts and CDNs serve JSON.
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(200, {
      ...headers,
      "content-type": file.type,
      etag: file.etag,
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(gzip ? file.gzipped : file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, body, contentType) => {
      if (body === undefined) files.delete(path);
      else {
        const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
        const type =
          contentType ?? (path.endsWith(".json") ? "application/json" : "application/octet-stream");
        files.set(path, { body, gzipped: gzipSync(body), type, etag });
      }
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
