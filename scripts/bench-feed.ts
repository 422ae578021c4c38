import { readFileSync } from "node:fs";
import type { FeedServer } from "../demo/feed-server";
import { SAMPLE_FEED_KEYS } from "../utils/config";
import { type Feed, FeedSchema } from "../utils/feed/schema";
import { signFeedBytes } from "../utils/feed/sign";

/** The bench's synthetic feed (publisher "bench", serial 1) with `warnings` and any other fields, validated. */
export function benchFeedOf(warnings: readonly unknown[], extra: object = {}): Feed {
  return FeedSchema.parse({
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: "bench", name: { vi: "bench" } },
    serial: 1,
    issued: "2026-01-01T00:00:00Z",
    expires: "2030-01-01T00:00:00Z",
    warnings,
    ...extra,
  });
}

/** Serves `feed` as /bench.json on `server`, signed with the development key; returns its bytes. */
export function serveBenchFeed(server: FeedServer, feed: Feed): Buffer {
  const bytes = Buffer.from(JSON.stringify(feed));
  const key = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
  server.set("/bench.json", bytes);
  server.set("/bench.json.sig", JSON.stringify(signFeedBytes(bytes, key)));
  return bytes;
}

/** The extension's subscription to the feed serveBenchFeed serves. */
export const benchSubscription = (server: FeedServer) => ({
  id: "bench",
  url: `${server.origin}/bench.json`,
  name: "bench",
  keys: [...SAMPLE_FEED_KEYS],
  enabled: true,
  reportsTo: false,
});

/** A listing whose seller the synthetic feed warns (seller 5000000): its verdict is danger once the feed is in force. */
export const BENCH_WARNED_LISTING = {
  platform: "shopee",
  key: "shopee:1:2",
  url: "https://shopee.vn/x-i.1.2",
  title: "Áo",
  pageKind: "search",
  sellerId: "5000000",
} as const;
