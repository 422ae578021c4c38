// `npm run bench -- --only=queue`: the review queue over 100,000 reports (synthetic: real listing titles, many
// reports per seller), its first page and every filter, on PostgreSQL and on PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import { loadCatalog } from "../demo/marketplace";
import { type DatabaseLocation, openDatabase } from "../server/db/open";
import type { Database } from "../server/db/tables";
import { type QueueFilter, QueueFilterSchema, queuePage } from "../server/review/queue";
import { startPostgresCluster } from "../tests/server/support/postgres-cluster";
import { WARNING_CATEGORIES } from "../utils/feed/schema";
import { foldTextReference } from "../utils/matching/normalize";
import { fmt, median, verdictLine } from "./bench-report";

const REPORTS = 100_000;
const SELLERS = 3_300;
const PROVINCES = [
  "Hà Nội",
  "TP. Hồ Chí Minh",
  "Đà Nẵng",
  "Hải Phòng",
  "Cần Thơ",
  "Thừa Thiên Huế",
  "Nghệ An",
  "Bình Dương",
];
const PLATFORMS = ["shopee", "lazada", "tiki", "tiktok", "facebook", "sendo"];
const STATES = ["received", "received", "received", "in_review", "action_taken", "declined"];

/** 100,000 reports of the office straight into the tables (as the intake would have stored them), in SQL. */
async function fill(db: Kysely<Database>): Promise<void> {
  const titles = loadCatalog().map((i) => i.title);
  const folded = titles.map((t) => foldTextReference(`${t} giá rẻ bất thường nghi hàng giả`));
  await sql`insert into offices (id, name) values ('bench', 'Bench') on conflict do nothing`.execute(db);
  const batch = 20_000;
  for (let from = 0; from < REPORTS; from += batch) {
    const n = (value: number) => sql.raw(String(value));
    const seller = sql`(100000 + i % ${n(SELLERS)})::text`;
    const platform = sql`(${PLATFORMS}::text[])[1 + (i % ${n(SELLERS)}) % ${n(PLATFORMS.length)}]`;
    await sql`
      insert into submissions (id, kind, office_id, receipt, body_sha256, body, province, received_at, state,
        state_changed_at, evidence_ok, item_count, group_key, platform, category, seller_id, listing_key, title, search)
      select
        md5('r' || i::text)::uuid, 'report', 'bench', 'SH-2026-' || lpad(i::text, 6, '0'), md5('b' || i::text),
        jsonb_build_object('note', 'ghi chú ' || i::text), (${PROVINCES}::text[])[1 + i % ${n(PROVINCES.length)}],
        now() - ((i % 90)::text || ' days')::interval - ((i * 37 % 86400)::text || ' seconds')::interval,
        (${STATES}::text[])[1 + (i + i / ${n(SELLERS)}) % ${n(STATES.length)}], now(), true, 1,
        'seller:' || ${platform} || ':' || ${seller},
        ${platform},
        (${[...WARNING_CATEGORIES]}::text[])[1 + (i / 11) % ${n(WARNING_CATEGORIES.length)}],
        ${seller},
        ${platform} || ':' || ${seller} || ':' || i::text,
        (${titles}::text[])[1 + i % ${n(titles.length)}],
        to_tsvector('simple', (${folded}::text[])[1 + i % ${n(folded.length)}])
      from generate_series(${n(from)}, ${n(Math.min(from + batch, REPORTS) - 1)}) as i`.execute(db);
  }
  await sql`analyze submissions`.execute(db);
}

const FILTERS: [string, Partial<Record<keyof QueueFilter, string>>][] = [
  ["first page (not yet decided)", {}],
  ["every state", { state: "all" }],
  ["declined", { state: "declined" }],
  ["platform", { platform: "lazada" }],
  ["category", { category: "smuggled" }],
  ["seller", { seller: "101234" }],
  ["province", { province: "Đà Nẵng" }],
  [
    "last 7 days",
    {
      from: new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10),
      to: new Date().toISOString().slice(0, 10),
    },
  ],
  ["words, with diacritics", { q: "Dép bánh mì" }],
  ["words, without", { q: "dep banh mi" }],
  ["a rare word", { q: "omo" }],
  ["platform + category + words", { platform: "shopee", category: "counterfeit", q: "tai nghe" }],
  ["page 10", { page: "10" }],
];

async function measure(db: Kysely<Database>) {
  const rows: [string, number, number][] = [];
  for (const [name, values] of FILTERS) {
    const filter = QueueFilterSchema.parse(values);
    const times: number[] = [];
    let groups = 0;
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      const page = await queuePage(db, "bench", filter);
      times.push(performance.now() - t0);
      groups = page.rows.length;
    }
    rows.push([name, median(times.slice(2)), groups]);
  }
  return rows;
}

export async function benchQueue(): Promise<void> {
  console.log(
    `\nReview queue (synthetic: ${REPORTS.toLocaleString("en")} reports of ${SELLERS.toLocaleString("en")} sellers, real titles; server time of a page of 50 rows, median of 5)`,
  );
  const cluster = await startPostgresCluster({ durable: true });
  const dir = mkdtempSync(join(tmpdir(), "soi-hang-bench-queue-"));
  const results: Record<string, [string, number, number][]> = {};
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database queue_bench");
    await admin.end();
    const locations: [string, DatabaseLocation][] = [
      ["PostgreSQL 15", { kind: "server", url: cluster.url.replace(/\/postgres$/, "/queue_bench") }],
      ["PGlite", { kind: "embedded", dataDir: join(dir, "pglite") }],
    ];
    for (const [name, location] of locations) {
      const database = await openDatabase(location);
      try {
        const t0 = performance.now();
        await fill(database.db);
        console.log(
          `    ${name}: ${REPORTS.toLocaleString("en")} reports written in ${fmt((performance.now() - t0) / 1000, 1)} s`,
        );
        results[name] = await measure(database.db);
      } finally {
        await database.close();
      }
    }
  } finally {
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const names = Object.keys(results);
  console.log(`    ${"".padEnd(32)} ${names.map((n) => n.padStart(16)).join("")}   rows`);
  FILTERS.forEach(([filter], i) => {
    console.log(
      `    ${filter.padEnd(32)} ${names.map((n) => `${fmt(results[n]?.[i]?.[1] ?? Number.NaN, 1)} ms`.padStart(16)).join("")}   ${results[names[0] ?? ""]?.[i]?.[2]}`,
    );
  });
  for (const n of names) {
    const worst = Math.max(...(results[n] ?? []).map(([, ms]) => ms));
    verdictLine(
      `queue on ${n}: the slowest page of the filters above`,
      `${fmt(worst, 1)} ms`,
      "< 200 ms",
      worst < 200,
    );
  }
}
