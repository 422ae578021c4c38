import { useState } from "preact/hooks";
import type { Platform } from "@/utils/sites/listing";
import type { WarningInput } from "../../../warnings/warning-input";
import { type MessageKey, useI18n } from "../i18n";
import { CategoryOptions, PlatformOptions } from "./choices";

type TargetKind = WarningInput["target"]["kind"];

interface Draft {
  kind: TargetKind;
  platform: string;
  sellerId: string;
  listingKey: string;
  shopUrl: string;
  domain: string;
  brand: string;
  terms: string;
  gtin: string;
  category: WarningInput["category"];
  severity: WarningInput["severity"];
  reasonVi: string;
  reasonEn: string;
  authority: string;
  decision: string;
  date: string;
  url: string;
  validUntil: string;
}

function draftOf(input: Partial<WarningInput>, officeName: string): Draft {
  const target = input.target;
  return {
    kind: target?.kind ?? "seller",
    platform: target?.kind === "seller" ? target.platform : "shopee",
    sellerId: target?.kind === "seller" ? target.sellerId : "",
    listingKey: target?.kind === "listing" ? target.key : "",
    shopUrl: target?.kind === "shop" ? target.url : "",
    domain: target?.kind === "domain" ? target.domain : "",
    brand: target?.kind === "product" ? target.brand : "",
    terms: target?.kind === "product" ? target.terms.join(", ") : "",
    gtin: target?.kind === "product" ? (target.gtin ?? "") : "",
    category: input.category ?? "counterfeit",
    severity: input.severity ?? "high",
    reasonVi: input.reason?.vi ?? "",
    reasonEn: input.reason?.en ?? "",
    authority: input.source?.authority?.vi ?? officeName,
    decision: input.source?.decision ?? "",
    date: input.source?.date ?? new Date().toISOString().slice(0, 10),
    url: input.source?.url ?? "",
    validUntil: input.validUntil ?? "",
  };
}

function inputOf(d: Draft): WarningInput {
  const target: WarningInput["target"] =
    d.kind === "seller"
      ? { kind: "seller", platform: d.platform as Platform, sellerId: d.sellerId.trim() }
      : d.kind === "listing"
        ? { kind: "listing", key: d.listingKey.trim() }
        : d.kind === "shop"
          ? { kind: "shop", url: d.shopUrl.trim() }
          : d.kind === "domain"
            ? { kind: "domain", domain: d.domain.trim() }
            : {
                kind: "product",
                brand: d.brand.trim(),
                terms: d.terms
                  .split(",")
                  .map((s) => s.trim())
                  .filter(Boolean),
                ...(d.gtin.trim() ? { gtin: d.gtin.trim() } : {}),
              };
  return {
    target,
    category: d.category,
    severity: d.severity,
    reason: { vi: d.reasonVi.trim(), ...(d.reasonEn.trim() ? { en: d.reasonEn.trim() } : {}) },
    source: {
      ...(d.authority.trim() ? { authority: { vi: d.authority.trim() } } : {}),
      ...(d.decision.trim() ? { decision: d.decision.trim() } : {}),
      ...(d.date ? { date: d.date } : {}),
      ...(d.url.trim() ? { url: d.url.trim() } : {}),
    },
    ...(d.validUntil ? { validUntil: d.validUntil } : {}),
  };
}

/** The form of a warning: what it is about, why, and on whose decision. */
export function WarningForm(props: {
  initial: Partial<WarningInput>;
  officeName: string;
  submitLabel?: string;
  onSubmit: (input: WarningInput) => Promise<void>;
}) {
  const { t } = useI18n();
  const [d, setD] = useState(() => draftOf(props.initial, props.officeName));
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string>();
  const bind = (name: keyof Draft) => ({
    id: `w-${name}`,
    value: d[name],
    onInput: (e: Event) => setD({ ...d, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const needed: [boolean, MessageKey][] = [
    [d.kind === "seller" && !d.sellerId.trim(), "w_seller_id"],
    [d.kind === "listing" && !d.listingKey.trim(), "w_listing_key"],
    [d.kind === "shop" && !d.shopUrl.trim(), "w_shop_url"],
    [d.kind === "domain" && !d.domain.trim(), "w_domain"],
    [d.kind === "product" && !d.brand.trim(), "w_brand"],
    [!d.reasonVi.trim(), "w_reason_vi"],
  ];
  const submit = async (event: Event) => {
    event.preventDefault();
    const gaps = needed.filter(([gap]) => gap).map(([, key]) => t(key));
    if (gaps.length > 0) return setMissing(t("w_required", gaps.join(", ")));
    setMissing(undefined);
    setBusy(true);
    try {
      await props.onSubmit(inputOf(d));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="warning-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t("w_target")}</legend>
        <select {...bind("kind")} aria-label={t("w_target")}>
          {(["seller", "listing", "shop", "domain", "product"] as const).map((k) => (
            <option value={k} key={k}>
              {t(`w_target_${k}`)}
            </option>
          ))}
        </select>
        {d.kind === "seller" && (
          <>
            <label>
              {t("w_platform")}
              <select {...bind("platform")}>
                <PlatformOptions />
              </select>
            </label>
            <label>
              {t("w_seller_id")} *
              <input {...bind("sellerId")} />
            </label>
          </>
        )}
        {d.kind === "listing" && (
          <label>
            {t("w_listing_key")} *
            <input {...bind("listingKey")} />
          </label>
        )}
        {d.kind === "shop" && (
          <label>
            {t("w_shop_url")} *
            <input type="url" {...bind("shopUrl")} />
          </label>
        )}
        {d.kind === "domain" && (
          <label>
            {t("w_domain")} *
            <input {...bind("domain")} />
          </label>
        )}
        {d.kind === "product" && (
          <>
            <label>
              {t("w_brand")} *
              <input {...bind("brand")} />
            </label>
            <label>
              {t("w_terms")}
              <input {...bind("terms")} />
            </label>
            <label>
              {t("w_gtin")}
              <input inputMode="numeric" {...bind("gtin")} />
            </label>
          </>
        )}
      </fieldset>
      <label>
        {t("w_category")}
        <select {...bind("category")}>
          <CategoryOptions />
        </select>
      </label>
      <label>
        {t("w_severity")}
        <select {...bind("severity")}>
          <option value="high">{t("w_severity_high")}</option>
          <option value="medium">{t("w_severity_medium")}</option>
          <option value="low">{t("w_severity_low")}</option>
        </select>
      </label>
      <label class="wide">
        {t("w_reason_vi")} *
        <textarea rows={2} maxLength={2000} {...bind("reasonVi")} />
      </label>
      <label class="wide">
        {t("w_reason_en")}
        <textarea rows={2} maxLength={2000} {...bind("reasonEn")} />
      </label>
      <label>
        {t("w_authority")}
        <input maxLength={2000} {...bind("authority")} />
      </label>
      <label>
        {t("w_decision")}
        <input maxLength={200} {...bind("decision")} />
      </label>
      <label>
        {t("w_date")}
        <input type="date" {...bind("date")} />
      </label>
      <label>
        {t("w_source_url")}
        <input type="url" {...bind("url")} />
      </label>
      <label>
        {t("w_valid_until")}
        <input type="date" {...bind("validUntil")} />
      </label>
      {missing && (
        <p class="warn" role="alert">
          {missing}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} data-action="save-warning">
          {props.submitLabel ?? t("w_save")}
        </button>
      </div>
    </form>
  );
}
