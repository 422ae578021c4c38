import type { IntakeLimits } from "../../../server/intake/plugin";
import { type IntakeService, startIntakeService } from "../../../server/service";
import { type DatabaseKind, freshDatabaseLocation } from "./databases";

/** An answer's body as JSON, or its text when it is not JSON. */
export async function readJson(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}

export interface TestService {
  service: IntakeService;
  url(path: string): string;
  /** POSTs JSON (or the raw string given) with the report's id as Idempotency-Key unless told otherwise. */
  post(
    path: string,
    body: unknown,
    options?: { key?: string | null; contentType?: string; raw?: string },
  ): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
  status(
    statusUrl: string,
    token: string | undefined,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  count(table: "submissions" | "evidence_files" | "submitted_listings" | "status_tokens"): Promise<number>;
  close(): Promise<void>;
}

export async function startTestService(
  kind: DatabaseKind,
  postgresUrl: string,
  options: {
    limits?: Partial<IntakeLimits>;
    log?: { write(line: string): void };
    trustProxy?: boolean;
    feedDir?: string;
  } = {},
): Promise<TestService> {
  const service = await startIntakeService({
    database: await freshDatabaseLocation(kind, postgresUrl),
    // The tests run in the service's process and block its event loop themselves (building a 40 MB case):
    // the lag check is off unless a test asks for it.
    limits: { maxEventLoopDelay: 0, ...options.limits },
    ...(options.log ? { log: options.log } : {}),
    ...(options.trustProxy ? { trustProxy: true } : {}),
    ...(options.feedDir ? { feedDir: options.feedDir } : {}),
    background: false,
  });
  const url = (path: string) => `${service.origin}${path}`;
  return {
    service,
    url,
    async post(path, body, opts = {}) {
      const id = (body as { id?: string } | undefined)?.id;
      const key = opts.key === undefined ? id : opts.key;
      const res = await fetch(url(path), {
        method: "POST",
        headers: {
          "content-type": opts.contentType ?? "application/json",
          ...(key ? { "idempotency-key": key } : {}),
        },
        body: opts.raw ?? JSON.stringify(body),
      });
      return { status: res.status, body: await readJson(res), headers: res.headers };
    },
    async status(statusUrl, token) {
      const res = await fetch(new URL(statusUrl, service.origin), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: res.status, body: await readJson(res) };
    },
    async count(table) {
      const row = await service.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    close: () => service.close(),
  };
}
