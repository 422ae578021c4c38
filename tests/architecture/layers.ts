/**
 * The parts of the code and the order they stand in, lowest first: the one place this order is written as
 * data. A module may import its own part and the parts of lower layers, never a part of its own layer or of a
 * higher one. DESIGN.md ("Parts, as layers") draws the same table; tests/unit/layers.test.ts holds the code
 * and DESIGN.md to it.
 *
 * A part is a list of paths from the repository's root: a folder (ending in "/") or a file.
 */
export interface Part {
  name: string;
  paths: readonly string[];
}

export const LAYERS: readonly (readonly Part[])[] = [
  [
    {
      name: "base",
      paths: [
        "utils/zod-setup.ts",
        "utils/localized.ts",
        "utils/dates.ts",
        "utils/web-address.ts",
        "utils/work-timer.ts",
        "utils/config.ts",
        "utils/i18n.ts",
        "utils/i18n-catalogs.ts",
        "utils/tab-messages.ts",
        "utils/reply-check.ts",
      ],
    },
  ],
  [{ name: "sites", paths: ["utils/sites/"] }],
  [
    { name: "feed", paths: ["utils/feed/"] },
    { name: "capture", paths: ["utils/capture/"] },
  ],
  [
    { name: "matching", paths: ["utils/matching/"] },
    { name: "settings", paths: ["utils/settings.ts"] },
  ],
  [{ name: "db", paths: ["utils/db.ts"] }],
  [
    { name: "delivery", paths: ["utils/delivery/"] },
    { name: "feed-store", paths: ["utils/feed-store/"] },
  ],
  [
    { name: "reports", paths: ["utils/reports/"] },
    { name: "sweep", paths: ["utils/sweep/"] },
  ],
  [
    {
      name: "protocol",
      paths: [
        "utils/content-replies.ts",
        "utils/content-guards.ts",
        "utils/message-replies.ts",
        "utils/messages.ts",
        "utils/message-router.ts",
        "utils/message-sender.ts",
        "utils/send-message.ts",
      ],
    },
    { name: "server", paths: ["server/"] },
  ],
  [{ name: "components", paths: ["components/"] }],
  [
    { name: "page", paths: ["utils/page/"] },
    { name: "background", paths: ["utils/background/"] },
  ],
  [{ name: "entrypoints", paths: ["entrypoints/"] }],
];

/**
 * The contracts both sides read (the extension and the office's service): the zod schemas of what crosses
 * between them. They, and everything they import, stay free of browser code.
 */
export const SHARED_CONTRACTS: readonly string[] = [
  "utils/sites/listing.ts",
  "utils/feed/schema.ts",
  "utils/feed/delta.ts",
  "utils/reports/schema.ts",
  "utils/sweep/schema.ts",
  "utils/delivery/intake-protocol.ts",
  "utils/capture/screenshot-schema.ts",
];

/**
 * Parts that are pure engines and data, like uBlock Origin's matching engine: free of browser code, so that the
 * office's service, the benchmarks and the evaluation run them in Node as they are.
 */
export const BROWSER_FREE_PARTS: readonly string[] = ["base", "sites", "feed", "matching"];
