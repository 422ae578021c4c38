import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { Database } from "../db/tables";

export const DEFAULT_OFFICE = "default";

export const OfficeInputSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  province: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  dailyCap: z._default(z.int().check(z.positive(), z.lte(1_000_000)), 2000),
});
export type OfficeInput = z.input<typeof OfficeInputSchema>;

export interface Office {
  id: string;
  name: string;
  province: string | null;
  dailyCap: number;
}

const columns = ["id", "name", "province", "daily_cap"] as const;
const toOffice = (row: { id: string; name: string; province: string | null; daily_cap: number }): Office => ({
  id: row.id,
  name: row.name,
  province: row.province,
  dailyCap: row.daily_cap,
});

export async function listOffices(db: Kysely<Database>): Promise<Office[]> {
  const rows = await db.selectFrom("offices").select(columns).orderBy("id").execute();
  return rows.map(toOffice);
}

/** Adds an office, or changes the name, province or cap of one that exists. */
export async function saveOffice(db: Kysely<Database>, input: OfficeInput): Promise<Office> {
  const office = OfficeInputSchema.parse(input);
  const values = {
    id: office.id,
    name: office.name,
    province: office.province ?? null,
    daily_cap: office.dailyCap,
  };
  const row = await db
    .insertInto("offices")
    .values(values)
    .onConflict((c) =>
      c
        .column("id")
        .doUpdateSet({ name: values.name, province: values.province, daily_cap: values.daily_cap }),
    )
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toOffice(row);
}

/** The intake paths of an office. */
export const officePaths = (id: string) =>
  id === DEFAULT_OFFICE
    ? { reports: "/api/reports", cases: "/api/cases" }
    : { reports: `/api/reports/${id}`, cases: `/api/cases/${id}` };

/** Offices as the intake looks them up on every request: read again after a few seconds. */
export function createOfficeDirectory(db: Kysely<Database>, ttlMs = 5000) {
  let cache: { at: number; offices: Map<string, Office> } | undefined;
  return async function office(id: string): Promise<Office | undefined> {
    const now = Date.now();
    // An unknown office is looked for again at most once a second: a flood of made-up paths stays cheap.
    const stale = !cache || now - cache.at > ttlMs || (!cache.offices.has(id) && now - cache.at > 1000);
    if (stale) {
      cache = { at: now, offices: new Map((await listOffices(db)).map((o) => [o.id, o])) };
    }
    return cache?.offices.get(id);
  };
}
export type OfficeDirectory = ReturnType<typeof createOfficeDirectory>;
