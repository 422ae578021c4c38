// Node only (publisher tools): builds a feed from a publisher's CSV or JSON files, with one precise error per
// bad row, and nothing at all when any row is bad.

import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import type * as z from "zod/mini";
import {
  BrandSchema,
  ContactSchema,
  FEED_FORMAT,
  FEED_VERSION,
  type Feed,
  FeedSchema,
  GuideSchema,
  PlatformEntrySchema,
  type Signals,
  SignalsSchema,
  WarningSchema,
} from "../schema";
import { domainTargetCheck } from "../warned-domain";
import { readGuideFiles } from "./guide-files";

export interface RowError {
  file: string;
  /** Line in the file (CSV: the data row's line, the header being line 1; JSON: the entry's index + 1). */
  line: number;
  field: string;
  message: string;
}

export interface FeedSources {
  warnings?: string;
  platforms?: string;
  brands?: string;
  signals?: string;
  contacts?: string;
  /** A folder of guides (`.json` or Markdown with front matter), or one `.json` file. */
  guides?: string;
}

export interface FeedMeta {
  publisherId: string;
  publisherName: { vi: string; en?: string };
  serial: number;
  issued: Date;
  expires: Date;
  sample?: boolean;
}

type Row = Record<string, string>;
const list = (cell: string | undefined) =>
  (cell ?? "")
    .split("|")
    .map((s) => s.trim())
    .filter(Boolean);
const opt = (cell: string | undefined) => (cell?.trim() ? cell.trim() : undefined);
const text = (vi: string | undefined, en: string | undefined) => ({
  vi: vi?.trim() ?? "",
  ...(opt(en) ? { en: opt(en) } : {}),
});

/**
 * A warning as a publisher may write it: a domain warning names a site, never a public suffix ("com.vn") or a
 * hosting suffix ("blogspot.com"), which browsers would drop from the index anyway.
 */
const PublishedWarningSchema = WarningSchema.check(domainTargetCheck);

/** CSV columns of a warning → the feed's shape. Columns: see README "Publishing a feed". */
function warningFromRow(r: Row): unknown {
  const kind = r.target?.trim();
  const target =
    kind === "seller"
      ? { kind, platform: r.platform?.trim(), sellerId: r.seller_id?.trim() }
      : kind === "listing"
        ? { kind, key: r.listing_key?.trim() }
        : kind === "product"
          ? {
              kind,
              brand: r.brand?.trim(),
              terms: list(r.terms),
              ...(opt(r.gtin) ? { gtin: opt(r.gtin) } : {}),
            }
          : kind === "domain"
            ? { kind, domain: r.domain?.trim() }
            : kind === "shop"
              ? { kind, url: r.shop_url?.trim() }
              : { kind };
  return {
    id: r.id?.trim(),
    target,
    severity: r.severity?.trim(),
    category: r.category?.trim(),
    reason: text(r.reason_vi, r.reason_en),
    source: {
      authority: text(r.authority_vi, r.authority_en),
      ...(opt(r.decision) ? { decision: opt(r.decision) } : {}),
      ...(opt(r.date) ? { date: opt(r.date) } : {}),
      ...(opt(r.url) ? { url: opt(r.url) } : {}),
    },
    ...(opt(r.valid_from) ? { validFrom: opt(r.valid_from) } : {}),
    ...(opt(r.valid_until) ? { validUntil: opt(r.valid_until) } : {}),
  };
}

function platformFromRow(r: Row): unknown {
  const signed = r.pledge_signed?.trim().toLowerCase();
  return {
    id: r.id?.trim(),
    name: r.name?.trim(),
    domains: list(r.domains),
    pledge: {
      signed: signed === "yes" || signed === "true" || signed === "có",
      ...(opt(r.pledge_date) ? { date: opt(r.pledge_date) } : {}),
      ...(opt(r.pledge_with_vi) ? { with: text(r.pledge_with_vi, r.pledge_with_en) } : {}),
      ...(opt(r.pledge_source) ? { source: opt(r.pledge_source) } : {}),
    },
  };
}

/** The guides of a folder or file, each checked, with an error per bad field and per repeated id. */
function readGuides(path: string, errors: RowError[]): z.infer<typeof GuideSchema>[] {
  let records: { file: string; line: number; value: unknown }[];
  try {
    records = readGuideFiles(path);
  } catch (e) {
    errors.push({
      file: basename(path),
      line: 0,
      field: "(file)",
      message: e instanceof Error ? e.message : String(e),
    });
    return [];
  }
  // Ids are checked on every guide, valid or not, as the CSV rows are.
  const seen = new Map<string, string>();
  const out: z.infer<typeof GuideSchema>[] = [];
  for (const { file, line, value } of records) {
    const id = (value as { id?: unknown } | null)?.id;
    const first = typeof id === "string" ? seen.get(id) : undefined;
    if (first) errors.push({ file, line, field: "id", message: `duplicate id "${id}" (first in ${first})` });
    else if (typeof id === "string") seen.set(id, `${file}:${line}`);
    const parsed = GuideSchema.safeParse(value);
    if (parsed.success) {
      if (!first) out.push(parsed.data);
    } else
      for (const issue of parsed.error.issues)
        errors.push({ file, line, field: issue.path.join(".") || "(guide)", message: issue.message });
  }
  return out;
}

function contactFromRow(r: Row): unknown {
  return { province: r.province?.trim(), hotline: opt(r.hotline), email: opt(r.email), url: opt(r.url) };
}

/** Each record of a CSV (header row required) or JSON array file, with the line it came from. */
function readRecords(file: string, fromRow: (r: Row) => unknown): { line: number; value: unknown }[] {
  const raw = readFileSync(file, "utf8");
  if (extname(file).toLowerCase() === ".json") {
    const data: unknown = JSON.parse(raw);
    if (!Array.isArray(data)) throw new Error(`${file}: a JSON source must be an array`);
    return data.map((value, i) => ({ line: i + 1, value }));
  }
  const records = parse(raw, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
    trim: false,
  }) as {
    record: Row;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, value: fromRow(record) }));
}

function validateAll<T>(
  file: string,
  records: { line: number; value: unknown }[],
  schema: z.ZodMiniType<T>,
  errors: RowError[],
): T[] {
  const out: T[] = [];
  for (const { line, value } of records) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
    else
      for (const issue of parsed.error.issues) {
        errors.push({
          file: basename(file),
          line,
          field: issue.path.join(".") || "(row)",
          message: issue.message,
        });
      }
  }
  return out;
}

/** Ids must be unique within a file; checked on every row, valid or not, with the row's own line. */
function duplicateIds(file: string, records: { line: number; value: unknown }[], errors: RowError[]): void {
  const firstLine = new Map<string, number>();
  for (const { line, value } of records) {
    const id = (value as { id?: unknown })?.id;
    if (typeof id !== "string" || id === "") continue;
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, line);
    else
      errors.push({
        file: basename(file),
        line,
        field: "id",
        message: `duplicate id "${id}" (first on line ${first})`,
      });
  }
}

export function buildFeed(sources: FeedSources, meta: FeedMeta): { feed?: Feed; errors: RowError[] } {
  const errors: RowError[] = [];
  const read = <T>(file: string | undefined, fromRow: (r: Row) => unknown, schema: z.ZodMiniType<T>): T[] => {
    if (!file) return [];
    try {
      const records = readRecords(file, fromRow);
      duplicateIds(file, records, errors);
      return validateAll(file, records, schema, errors);
    } catch (e) {
      errors.push({
        file: basename(file),
        line: 0,
        field: "(file)",
        message: e instanceof Error ? e.message : String(e),
      });
      return [];
    }
  };
  const warnings = read(sources.warnings, warningFromRow, PublishedWarningSchema);
  const platforms = read(sources.platforms, platformFromRow, PlatformEntrySchema);
  const brands = read(sources.brands, (r) => r, BrandSchema);
  const contacts = read(sources.contacts, contactFromRow, ContactSchema);
  const guides = sources.guides ? readGuides(sources.guides, errors) : [];
  let signals: Signals = { slang: [], negations: [], prohibited: [] };
  if (sources.signals) {
    const parsed = SignalsSchema.safeParse(JSON.parse(readFileSync(sources.signals, "utf8")));
    if (parsed.success) signals = parsed.data;
    else
      for (const issue of parsed.error.issues)
        errors.push({
          file: basename(sources.signals),
          line: 0,
          field: issue.path.join("."),
          message: issue.message,
        });
  }
  if (errors.length > 0) return { errors };
  const feed = FeedSchema.safeParse({
    format: FEED_FORMAT,
    version: FEED_VERSION,
    publisher: { id: meta.publisherId, name: meta.publisherName },
    serial: meta.serial,
    issued: meta.issued.toISOString(),
    expires: meta.expires.toISOString(),
    sample: meta.sample ?? false,
    warnings,
    platforms,
    brands,
    signals,
    contacts,
    guides,
  });
  if (!feed.success) {
    return {
      errors: feed.error.issues.map((i) => ({
        file: "(feed)",
        line: 0,
        field: i.path.join("."),
        message: i.message,
      })),
    };
  }
  return { feed: feed.data, errors: [] };
}
