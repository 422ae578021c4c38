import type { IndexedWarning } from "./indexed-warning";
import type { Reason } from "./verdict";

/** Warnings a listing or a site hits, as reasons: shared by the listing matcher and the site check. */

export function isInForce(warning: IndexedWarning["warning"], now: number): boolean {
  if (warning.validFrom && Date.parse(warning.validFrom) > now) return false;
  if (warning.validUntil && Date.parse(warning.validUntil) < now) return false;
  return true;
}

export function warningReason(code: Reason["code"], hit: IndexedWarning): Reason {
  return {
    code,
    text: hit.warning.reason,
    category: hit.warning.category,
    source: hit.warning.source,
    ref: `${hit.feedId.split("@")[0]}:${hit.warning.id}`,
  };
}

export interface Hit {
  code: Reason["code"];
  hit: IndexedWarning;
}

/** Adds the warnings of `list` that are in force and not already hit. Plain loops: this runs per listing. */
export function collect(
  hits: Hit[],
  code: Reason["code"],
  list: readonly IndexedWarning[] | undefined,
  now: number,
): void {
  if (!list) return;
  outer: for (const hit of list) {
    if (!isInForce(hit.warning, now)) continue;
    for (const seen of hits) if (seen.hit.warning === hit.warning) continue outer;
    hits.push({ code, hit });
  }
}
