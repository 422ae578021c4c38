import { SafeAddressSchema } from "../web-address";
import { IntakeReceiptSchema } from "./intake-protocol";
import { CLAIM_BATCH, claimDue, markRejected, markRetry, markSent, nextWakeAt } from "./outbox";
import type { OutboxEntry } from "./outbox-entry";

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 10 * 60_000;
export const SEND_TIMEOUT_MS = 15_000;
/**
 * Set as the outbox alarm when a run starts, so that a worker killed mid-run (after a report was queued or
 * claimed, before the run set its own next deadline) is replaced within this time.
 */
export const RESCUE_MS = 30_000;
const PARALLEL_SENDS = 4;

/** Exponential backoff with jitter: attempt 1 waits 1–2 s, then doubling up to the cap. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** `Retry-After` as seconds or an HTTP date, capped; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, BACKOFF_CAP_MS) : undefined;
}

export type Receipt = NonNullable<OutboxEntry["receipt"]>;

export type SendOutcome =
  | { kind: "delivered"; intakeStatus?: string; receipt?: Receipt }
  | { kind: "rejected"; reason: string }
  | { kind: "retry"; error: string; afterMs?: number };

/**
 * The receipt in an intake's answer, when it gives one. Its status address must be on the intake's own origin:
 * the extension sends the token nowhere else.
 */
export function receiptOf(json: unknown, intakeUrl: string, id: string): Receipt | undefined {
  const parsed = IntakeReceiptSchema.safeParse(json);
  if (!parsed.success || parsed.data.id !== id) return undefined;
  let statusUrl: URL;
  try {
    statusUrl = new URL(parsed.data.statusUrl, intakeUrl);
  } catch {
    return undefined;
  }
  if (statusUrl.origin !== new URL(intakeUrl).origin) return undefined;
  return { number: parsed.data.receipt, statusUrl: statusUrl.href, statusToken: parsed.data.statusToken };
}

/** The `status` word of an intake's JSON answer ("accepted", "duplicate") and its receipt, if it gives them. */
async function deliveredOutcome(res: Response, entry: OutboxEntry): Promise<SendOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(await res.text());
  } catch {
    return { kind: "delivered" };
  }
  const status = json && typeof json === "object" ? (json as Record<string, unknown>).status : undefined;
  const receipt = receiptOf(json, entry.intakeUrl, entry.id);
  return {
    kind: "delivered",
    ...(typeof status === "string" ? { intakeStatus: status } : {}),
    ...(receipt ? { receipt } : {}),
  };
}

async function rejectionReason(res: Response): Promise<string> {
  const body = await res.text().catch(() => "");
  try {
    const json: unknown = JSON.parse(body);
    if (json && typeof json === "object") {
      const { reason, error, message } = json as Record<string, unknown>;
      const text = [reason, error, message].find((v) => typeof v === "string");
      if (typeof text === "string") return `HTTP ${res.status}: ${text}`;
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return `HTTP ${res.status}${body ? `: ${body.slice(0, 200)}` : ""}`;
}

/** One POST of an entry's body. 2xx and 409 (already have it) are delivered; 408, 429 and 5xx retry; other 4xx are final. */
export async function sendEntry(entry: OutboxEntry, now: number): Promise<SendOutcome> {
  // Queued by an older version, or written into storage by someone else: never plain http across a network.
  if (!SafeAddressSchema.safeParse(entry.intakeUrl).success)
    return { kind: "rejected", reason: "the intake's address is not https; the report was not sent" };
  let res: Response;
  try {
    res = await fetch(entry.intakeUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": entry.id },
      body: JSON.stringify(entry.report),
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      // A redirect would send the report, contact details and all, on to an address nobody chose.
      redirect: "manual",
      credentials: "omit",
    });
  } catch (e) {
    return { kind: "retry", error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  if (res.type === "opaqueredirect" || (res.status >= 300 && res.status < 400))
    return { kind: "rejected", reason: "the intake answered with a redirect; the report was not sent on" };
  if (res.ok || res.status === 409) return deliveredOutcome(res, entry);
  if (res.status === 408 || res.status === 429 || res.status >= 500) {
    return {
      kind: "retry",
      error: `HTTP ${res.status}`,
      afterMs: retryAfterMs(res.headers.get("retry-after"), now),
    };
  }
  return { kind: "rejected", reason: await rejectionReason(res) };
}

/**
 * Sends everything due, settles each entry in IndexedDB, then asks `schedule` to wake the worker at the next
 * deadline. Runs are serialised within a worker; across workers the lease in the outbox keeps them apart.
 */
export function createForwarder(options: {
  workerStartedAt: number;
  schedule: (when: number | undefined) => void;
}) {
  let running: Promise<void> | undefined;
  let again = false;

  /** Sends one batch; true when the batch was full and more may be due. */
  async function runOnce(): Promise<boolean> {
    const now = Date.now();
    const due = await claimDue(now, options.workerStartedAt);
    const settle = async (entry: OutboxEntry) => {
      const outcome = await sendEntry(entry, now);
      if (outcome.kind === "delivered")
        await markSent(entry.id, Date.now(), outcome.intakeStatus, outcome.receipt);
      else if (outcome.kind === "rejected") await markRejected(entry.id, outcome.reason);
      else
        await markRetry(
          entry.id,
          outcome.error,
          Date.now() + (outcome.afterMs ?? backoffMs(entry.attempts + 1)),
        );
    };
    // A few requests at a time: a backlog of hundreds must not flood the intake or the worker.
    for (let i = 0; i < due.length; i += PARALLEL_SENDS)
      await Promise.all(due.slice(i, i + PARALLEL_SENDS).map(settle));
    return due.length === CLAIM_BATCH;
  }

  return function forward(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    options.schedule(Date.now() + RESCUE_MS);
    running = (async () => {
      let more: boolean;
      do {
        again = false;
        more = await runOnce();
      } while (again || more);
      options.schedule(await nextWakeAt());
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
}
