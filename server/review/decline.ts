import type { Kysely } from "kysely";
import * as z from "zod/mini";
import type { LocalizedText } from "../../utils/localized";
import { type Actor, audit } from "../audit/audit";
import type { Database } from "../db/tables";

/** Why a report is declined, in the words the reporter reads. */
export const DECLINE_REASONS = {
  not_counterfeit: {
    vi: "Sau khi xem xét, chưa có dấu hiệu hàng giả",
    en: "On review, no sign of counterfeit goods",
  },
  insufficient_evidence: { vi: "Chưa đủ căn cứ để xử lý", en: "Not enough grounds to act" },
  listing_removed: { vi: "Tin đăng đã bị gỡ", en: "The listing has been removed" },
  duplicate: { vi: "Trùng với báo cáo đã xử lý", en: "Duplicate of a report already handled" },
  outside_jurisdiction: {
    vi: "Không thuộc thẩm quyền của đơn vị; đã chuyển cơ quan có thẩm quyền",
    en: "Outside this office's remit; passed to the competent authority",
  },
  other: { vi: "Không xử lý", en: "Declined" },
} as const satisfies Record<string, LocalizedText>;

export const DeclineSchema = z.object({
  submissionIds: z.array(z.uuid()).check(z.minLength(1), z.maxLength(1000)),
  reason: z.enum(
    Object.keys(DECLINE_REASONS) as [keyof typeof DECLINE_REASONS, ...(keyof typeof DECLINE_REASONS)[]],
  ),
  /** Said to the reporter after the reason. */
  text: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
});
export type Decline = z.input<typeof DeclineSchema>;

/** The note a reporter reads: the reason, then the officer's words. */
export function declineNote(reason: keyof typeof DECLINE_REASONS, text: string): LocalizedText {
  const base = DECLINE_REASONS[reason];
  return text ? { vi: `${base.vi}. ${text}`, en: `${base.en}. ${text}` } : { ...base };
}

/** Declines submissions of the actor's office that are not decided yet; returns how many changed. */
export async function declineSubmissions(
  db: Kysely<Database>,
  actor: Actor,
  input: Decline,
): Promise<number> {
  const { submissionIds, reason, text } = DeclineSchema.parse(input);
  const note = declineNote(reason, text);
  return db.transaction().execute(async (tx) => {
    const open = await tx
      .selectFrom("submissions")
      .select(["id", "state"])
      .where("office_id", "=", actor.officeId)
      .where("id", "in", submissionIds)
      .where("state", "in", ["received", "in_review"])
      .execute();
    if (open.length === 0) return 0;
    await tx
      .updateTable("submissions")
      .set({ state: "declined", state_note: JSON.stringify(note), state_changed_at: new Date() })
      .where(
        "id",
        "in",
        open.map((s) => s.id),
      )
      .execute();
    await audit(
      tx,
      actor,
      open.map((s) => ({
        action: "submission.decline",
        subject: `submission:${s.id}`,
        before: { state: s.state },
        after: { state: "declined", reason, text },
      })),
    );
    return open.length;
  });
}
