import { pickText } from "../../localized";
import type { Heuristics, ProhibitedEntry } from "./heuristics";
import type { Signal } from "./signal";
import type { TitleReading } from "./title-reading";

/**
 * Prohibited or controlled goods: a listed term, and for entries that need it a second term too ("thực phẩm
 * chức năng" with a cure claim, a pesticide with "không nhãn").
 */
export function prohibitedSignals(readings: readonly TitleReading[], h: Heuristics): Signal[] {
  let fired: Map<ProhibitedEntry, string> | undefined;
  for (const { tokens, hits } of readings) {
    for (const hit of hits) {
      const entries = hit.value.prohibited;
      if (!entries) continue;
      const term = tokens.slice(hit.start, hit.end).join(" ");
      fired ??= new Map();
      for (const entry of entries) {
        if (fired.has(entry)) continue;
        if (entry.with && !entry.with.find(tokens).some((w) => w.start >= hit.end || w.end <= hit.start))
          continue;
        fired.set(entry, term);
      }
    }
  }
  if (!fired) return [];
  return [...fired].map(([entry, term]) => ({
    code: "prohibited_goods",
    weight: h.weights.prohibited,
    danger: entry.danger,
    category: "prohibited",
    text: entry.note
      ? { vi: pickText(entry.note, "vi"), en: pickText(entry.note, "en") }
      : {
          vi: `Tin đăng có vẻ bán hàng cấm hoặc hàng hạn chế kinh doanh (“${term}”).`,
          en: `The listing appears to sell prohibited or controlled goods (“${term}”).`,
        },
    ref: entry.ref,
  }));
}
