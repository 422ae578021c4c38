import type { Kysely } from "kysely";
import type * as z from "zod/mini";
import type { IntakeReceipt } from "../../utils/delivery/intake-protocol";
import { ReportSchema } from "../../utils/reports/schema";
import { CaseReportSchema } from "../../utils/sweep/schema";
import type { ByteaParam } from "../db/open";
import type { Database } from "../db/tables";
import type { OfficeDirectory } from "../offices/offices";
import type { Submission } from "../submissions/submission-rows";
import { canonicalSha256 } from "./canonical-json";
import type { DailyCap } from "./daily-cap";
import { EvidenceError } from "./evidence";
import { AlreadyStored, answerDuplicate, isStored, storeSubmission } from "./store-submission";

export interface IntakeAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** For the request's log line: what happened, in a word. */
  outcome: string;
}

/** A submission just committed: for a host program to say so (the demo prints it). */
export interface StoredEvent {
  kind: Submission["kind"];
  id: string;
  receipt: string;
  officeId: string;
}

export interface IntakeContext {
  db: Kysely<Database>;
  offices: OfficeDirectory;
  dailyCap: DailyCap;
  bytea: ByteaParam;
  onStored?: (event: StoredEvent) => void;
}

const refuse = (status: number, outcome: string, reason: string, headers?: Record<string, string>) => ({
  status,
  body: { reason },
  outcome,
  ...(headers ? { headers } : {}),
});

/** The first few problems, each as `path: message`, for a reason a person can act on. */
function schemaProblems(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`)
    .join("; ");
}

export const statusPath = (receipt: string) => `/api/status/${receipt}`;

function receiptAnswer(
  status: 201 | 409,
  id: string,
  receipt: string,
  statusToken: string | undefined,
): IntakeAnswer {
  const body: Partial<IntakeReceipt> & { id: string; status: string } = {
    id,
    status: status === 201 ? "accepted" : "duplicate",
  };
  if (statusToken) Object.assign(body, { receipt, statusUrl: statusPath(receipt), statusToken });
  else Object.assign(body, { receipt });
  return { status, body, outcome: status === 201 ? "stored" : "duplicate" };
}

/**
 * One POST of a report or case, after its body was read as JSON: every check of the README's protocol, then the
 * store. Answers 201 only after the transaction committed.
 */
export async function receive(
  context: IntakeContext,
  request: { kind: Submission["kind"]; officeId: string; idempotencyKey: string | undefined; body: unknown },
): Promise<IntakeAnswer> {
  const office = await context.offices(request.officeId);
  if (!office)
    return refuse(404, "unknown_office", `there is no office "${request.officeId}" at this intake`);
  const what = request.kind === "report" ? "report" : "case";
  if (!request.idempotencyKey)
    return refuse(400, "no_key", `the Idempotency-Key header is missing: send the ${what}'s id in it`);

  const parsed =
    request.kind === "report"
      ? ReportSchema.safeParse(request.body)
      : CaseReportSchema.safeParse(request.body);
  if (!parsed.success) return refuse(422, "invalid", `not a valid ${what}: ${schemaProblems(parsed.error)}`);
  const submission = { kind: request.kind, body: parsed.data } as Submission;
  const id = submission.body.id;
  if (request.idempotencyKey !== id)
    return refuse(400, "key_mismatch", `the Idempotency-Key header must be the ${what}'s id (${id})`);

  const bodySha256 = canonicalSha256(submission.body);
  const duplicate = async (): Promise<IntakeAnswer> => {
    const answer = await answerDuplicate(context.db, id, bodySha256);
    if (answer.kind === "different")
      return refuse(
        422,
        "key_reused",
        `the id ${id} was already received with a different ${what}; the first one is kept`,
      );
    return receiptAnswer(409, id, answer.receipt, answer.statusToken);
  };
  if (await isStored(context.db, id)) return duplicate();

  const receivedAt = new Date();
  const wait = await context.dailyCap.waitSeconds(office.id, office.dailyCap, receivedAt);
  if (wait > 0)
    return refuse(429, "daily_cap", `this office has taken all the reports it can today; send it tomorrow`, {
      "retry-after": String(wait),
    });

  try {
    const stored = await storeSubmission(context.db, submission, {
      officeId: office.id,
      bodySha256,
      receivedAt,
      bytea: context.bytea,
    });
    context.dailyCap.stored(office.id, receivedAt);
    context.onStored?.({ kind: submission.kind, id, receipt: stored.receipt, officeId: office.id });
    return receiptAnswer(201, id, stored.receipt, stored.statusToken);
  } catch (e) {
    if (e instanceof EvidenceError) return refuse(422, "not_jpeg", e.message);
    // Two sends of one id at once: the other one stored it first.
    if (e instanceof AlreadyStored || (e as { code?: string }).code === "23505") return duplicate();
    throw e;
  }
}
