import { useState } from "preact/hooks";
import type { LocalizedText } from "@/utils/localized";
import { PLATFORM_LABELS } from "@/utils/sites/listing";
import type { ListingEvidence, SubmissionPage } from "../../../review/submission-page";
import type { WarningInput } from "../../../warnings/warning-input";
import { ApiError, api } from "../api";
import { categoryLabel, formatTime, type Language, useI18n } from "../i18n";
import { useMe } from "../me";
import { onLinkClick } from "../navigation";
import { NotLoaded, Outcome, useLoad } from "../parts/ask";
import { StateChip } from "../parts/state-chip";
import { OutsideLink, Untrusted } from "../parts/text";
import { WarningForm } from "../parts/warning-form";

const pick = (text: LocalizedText | undefined, lang: Language) =>
  text ? (lang === "en" ? (text.en ?? text.vi) : text.vi) : "";

interface ReportBody {
  category?: string;
  note?: string;
  province?: string;
  title?: string;
  createdAt?: string;
  listing?: { sellerUrl?: string };
  evidence?: { pageUrl?: string; pageTitle?: string; capturedAt?: string };
  sweep?: { name?: string; inspectorId?: string; unit?: string };
  items?: { note?: string; mark?: string }[];
}

function Evidence({ listing }: { listing: ListingEvidence }) {
  const { t } = useI18n();
  const shot = listing.screenshot;
  return (
    <div class="evidence">
      {shot ? (
        <figure>
          <a href={shot.url} target="_blank" rel="noopener noreferrer">
            <img src={shot.url} alt={t("sub_screenshot")} loading="lazy" data-field="screenshot" />
          </a>
          <figcaption
            class={shot.hashOk ? "ok" : "warn"}
            data-field="screenshot-hash"
            data-hash-ok={String(shot.hashOk)}
          >
            {shot.hashOk ? t("sub_screenshot_ok") : t("sub_screenshot_bad")} <code>{shot.sha256}</code>
          </figcaption>
        </figure>
      ) : (
        <p class="muted">{t("sub_no_screenshot")}</p>
      )}
      {listing.listingHashOk !== null && (
        <p class={listing.listingHashOk ? "ok" : "warn"} data-field="listing-hash">
          {listing.listingHashOk ? t("sub_listing_hash_ok") : t("sub_listing_hash_bad")}
        </p>
      )}
    </div>
  );
}

function ListingFacts({ listing }: { listing: ListingEvidence }) {
  const { t } = useI18n();
  return (
    <dl class="facts">
      <dt>{t("sub_title")}</dt>
      <dd data-field="listing-title">
        <Untrusted>{listing.title}</Untrusted>
      </dd>
      <dt>{t("sub_platform")}</dt>
      <dd>{PLATFORM_LABELS[listing.platform as keyof typeof PLATFORM_LABELS] ?? listing.platform}</dd>
      <dt>{t("sub_seller")}</dt>
      <dd data-field="seller">
        <Untrusted>{listing.sellerName ?? ""}</Untrusted>{" "}
        {listing.sellerId && <code>{listing.sellerId}</code>}
      </dd>
      {listing.price !== null && (
        <>
          <dt>{t("sub_price")}</dt>
          <dd>{listing.price.toLocaleString("vi-VN")}</dd>
        </>
      )}
      <dt>{t("sub_url")}</dt>
      <dd data-field="listing-url">
        <OutsideLink href={listing.url} />
      </dd>
    </dl>
  );
}

/** The warning an accepted report is turned into, filled from its listing. */
function warningDraft(page: SubmissionPage): Partial<WarningInput> {
  const listing = page.listings[0];
  const body = page.body as ReportBody;
  const category = (body.category ?? "counterfeit") as WarningInput["category"];
  if (!listing) return { category };
  const target: WarningInput["target"] = listing.sellerId
    ? { kind: "seller", platform: listing.platform as "shopee", sellerId: listing.sellerId }
    : { kind: "listing", key: listing.key };
  return { target, category, severity: "high" };
}

function Decision({ page, onDone }: { page: SubmissionPage; onDone: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const open = page.state === "received" || page.state === "in_review";
  const others = page.sameGroup.filter((s) => s.state === "received" || s.state === "in_review").length;
  const [whole, setWhole] = useState(true);
  const [mode, setMode] = useState<"none" | "decline" | "accept">("none");
  const [reason, setReason] = useState("insufficient_evidence");
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<{ text?: string; error?: string }>({});
  const target = () =>
    whole && page.kind === "report" ? { groupKey: page.groupKey } : { submissionIds: [page.id] };
  const fail = (e: unknown) => setOutcome({ error: e instanceof ApiError ? e.reason : String(e) });
  if (!open)
    return (
      <section class="decision" aria-labelledby="decide-title">
        <h2 id="decide-title">{t("decide_title")}</h2>
        <p class="muted">{t("decide_closed")}</p>
        <Outcome {...outcome} />
      </section>
    );
  return (
    <section class="decision" aria-labelledby="decide-title">
      <h2 id="decide-title">{t("decide_title")}</h2>
      {others > 0 && (
        <label class="check">
          <input
            type="checkbox"
            id="whole-group"
            checked={whole}
            onChange={(e) => setWhole(e.currentTarget.checked)}
          />
          {t("decide_whole_group", others + 1)}
        </label>
      )}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          data-action="decline"
          aria-expanded={mode === "decline"}
          onClick={() => setMode("decline")}
        >
          {t("decide_decline")}
        </button>
        <button
          type="button"
          class="primary"
          data-action="accept"
          aria-expanded={mode === "accept"}
          onClick={() => setMode("accept")}
        >
          {t("decide_accept")}
        </button>
      </div>
      {mode === "decline" && (
        <form
          class="decline-form"
          onSubmit={(e) => {
            e.preventDefault();
            api<{ declined: number }>("/decisions/decline", { body: { ...target(), reason, text } }).then(
              (r) => {
                setOutcome({ text: t("decide_done_decline", r.declined) });
                onDone();
              },
              fail,
            );
          }}
        >
          <label>
            {t("decide_reason")}
            <select id="decline-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
              {(
                [
                  "not_counterfeit",
                  "insufficient_evidence",
                  "listing_removed",
                  "duplicate",
                  "outside_jurisdiction",
                  "other",
                ] as const
              ).map((r) => (
                <option value={r} key={r}>
                  {t(`reason_${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="wide">
            {t("decide_text")}
            <textarea
              id="decline-text"
              rows={2}
              maxLength={1000}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary" data-action="confirm-decline">
            {t("decide_decline")}
          </button>
        </form>
      )}
      {mode === "accept" && (
        <WarningForm
          initial={warningDraft(page)}
          officeName={me.office.name}
          submitLabel={t("decide_accept")}
          onSubmit={(warning) =>
            api<{ warning: { id: string } }>("/decisions/accept", { body: { ...target(), warning } }).then(
              (r) => {
                setOutcome({ text: t("decide_done_accept", r.warning.id) });
                onDone();
              },
              fail,
            )
          }
        />
      )}
      <Outcome {...outcome} />
    </section>
  );
}

/** A report's or a case's page: the evidence, who else reported it, what is known, and the decision. */
export function SubmissionView({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [state, reload] = useLoad(() => api<SubmissionPage>(`/submissions/${id}`), id);
  const [adopted, setAdopted] = useState<string>();
  if (state.kind !== "ok")
    return (
      <section>
        <a href="/workspace/" onClick={(e) => onLinkClick(e, "/workspace/")}>
          {t("back_to_queue")}
        </a>
        <NotLoaded state={state} />
      </section>
    );
  const page = state.value;
  const body = page.body as ReportBody;
  const adopt = (feedUrl: string, warningId: string) =>
    api<{ warning: { id: string } }>("/warnings/adopt", {
      body: { feedUrl, warningId, submissionIds: [page.id] },
    }).then(
      (r) => {
        setAdopted(t("sub_adopted", r.warning.id));
        reload();
      },
      (e: unknown) => setAdopted(e instanceof Error ? e.message : String(e)),
    );
  return (
    <article class="submission" data-submission={page.id} data-state={page.state}>
      <a href="/workspace/" onClick={(e) => onLinkClick(e, "/workspace/")}>
        {t("back_to_queue")}
      </a>
      <h1>
        {page.kind === "report" ? t("kind_report") : t("kind_case")} ·{" "}
        <span data-field="receipt">{t("sub_receipt", page.receipt)}</span>
      </h1>
      <p>
        {t("sub_received", formatTime(lang, page.receivedAt))} · <StateChip state={page.state} />{" "}
        <span class="muted">
          {t("sub_state", t(`state_${page.state}`), formatTime(lang, page.stateChangedAt))}
        </span>
      </p>
      {page.stateNote && <p class="muted">{t("sub_state_note", pick(page.stateNote, lang))}</p>}
      <p class={page.evidenceOk ? "ok" : "warn"} data-field="evidence-ok">
        {page.evidenceOk ? t("sub_evidence_ok") : t("sub_evidence_bad")}
      </p>

      {page.kind === "report" ? (
        <section aria-labelledby="listing-title">
          <h2 id="listing-title">{t("sub_listing")}</h2>
          {page.listings[0] && <ListingFacts listing={page.listings[0]} />}
          <dl class="facts">
            <dt>{t("sub_category")}</dt>
            <dd data-field="category">{categoryLabel(lang, body.category ?? "")}</dd>
            <dt>{t("sub_note")}</dt>
            <dd data-field="note">
              {body.note ? <Untrusted block>{body.note}</Untrusted> : t("sub_no_note")}
            </dd>
            {body.province && (
              <>
                <dt>{t("sub_province")}</dt>
                <dd>
                  <Untrusted>{body.province}</Untrusted>
                </dd>
              </>
            )}
            <dt>{t("sub_page")}</dt>
            <dd>
              <Untrusted>{body.evidence?.pageTitle ?? ""}</Untrusted> ·{" "}
              <OutsideLink href={body.evidence?.pageUrl ?? ""} />
            </dd>
            <dt>{t("sub_contact")}</dt>
            <dd data-field="contact">
              {page.contact ? (
                <Untrusted>{Object.values(page.contact as Record<string, string>).join(" · ")}</Untrusted>
              ) : page.hasContact ? (
                t("sub_contact_hidden")
              ) : (
                t("sub_contact_none")
              )}
            </dd>
          </dl>
          {page.listings[0] && <Evidence listing={page.listings[0]} />}
        </section>
      ) : (
        <section aria-labelledby="case-title">
          <h2 id="case-title">
            <Untrusted>{t("sub_case", body.title ?? "", page.listings.length)}</Untrusted>
          </h2>
          <p class="muted">
            <Untrusted>
              {t("sub_sweep", body.sweep?.name ?? "", body.sweep?.inspectorId ?? "", body.sweep?.unit ?? "")}
            </Untrusted>
          </p>
          {body.note && <Untrusted block>{body.note}</Untrusted>}
          <ol class="case-items">
            {page.listings.map((l) => (
              <li key={l.position}>
                <ListingFacts listing={l} />
                {body.items?.[l.position]?.note && (
                  <Untrusted block>{body.items[l.position]?.note}</Untrusted>
                )}
                <Evidence listing={l} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <Decision page={page} onDone={reload} />

      <section aria-labelledby="group-title">
        <h2 id="group-title">{t("sub_same_group")}</h2>
        {page.sameGroup.length === 0 ? (
          <p class="muted">{t("sub_same_group_none")}</p>
        ) : (
          <ul data-field="same-group">
            {page.sameGroup.map((s) => (
              <li key={s.id}>
                <a href={`/workspace/r/${s.id}`} onClick={(e) => onLinkClick(e, `/workspace/r/${s.id}`)}>
                  {s.receipt}
                </a>{" "}
                · {formatTime(lang, s.receivedAt)} · <StateChip state={s.state} /> ·{" "}
                <Untrusted>{s.title}</Untrusted>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="warnings-title">
        <h2 id="warnings-title">{t("sub_warnings")}</h2>
        {page.warnings.length === 0 ? (
          <p class="muted">{t("sub_warnings_none")}</p>
        ) : (
          <ul data-field="warnings">
            {page.warnings.map((w) => (
              <li key={w.warning.id} data-warning={w.warning.id}>
                <code>{w.warning.id}</code> · {w.status === "active" ? t("w_active") : t("w_withdrawn")} ·{" "}
                <Untrusted>{pick(w.warning.reason, lang)}</Untrusted>
                {w.warning.source.decision && (
                  <>
                    {" "}
                    · <Untrusted>{w.warning.source.decision}</Untrusted>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <h2>{t("sub_followed")}</h2>
        {page.followed.length === 0 ? (
          <p class="muted">{t("sub_followed_none")}</p>
        ) : (
          <ul data-field="followed">
            {page.followed.map((f) => (
              <li key={`${f.feedUrl} ${f.warning.id}`} data-followed={f.warning.id}>
                <strong>
                  <Untrusted>{pick(f.publisher.name, lang)}</Untrusted>
                </strong>{" "}
                · <Untrusted>{pick(f.warning.reason, lang)}</Untrusted>
                {f.warning.source.decision && (
                  <>
                    {" "}
                    · <Untrusted>{f.warning.source.decision}</Untrusted>
                  </>
                )}{" "}
                <button
                  type="button"
                  class="secondary"
                  data-action="adopt"
                  onClick={() => void adopt(f.feedUrl, f.warning.id)}
                >
                  {t("sub_adopt")}
                </button>
              </li>
            ))}
          </ul>
        )}
        {adopted && (
          <p role="status" data-field="adopted">
            {adopted}
          </p>
        )}
      </section>
    </article>
  );
}
