import { pickText } from "../../localized";
import type { TitleView } from "../title-view";
import type { Heuristics, ProhibitedEntry } from "./heuristics";
import type { Signal } from "./signal";

/**
 * Prohibited or controlled goods: a listed term, and for entries that need it a second term too ("thực phẩm
 * chức năng" with a cure claim, a pesticide with "không nhãn").
 */
export function prohibitedSignals(view: TitleView, h: Heuristics): Signal[] {
  const fired = new Map<ProhibitedEntry, string>();
  for (const tokens of view.telex ? [view.tokens, view.telex] : [view.tokens]) {
    for (const hit of h.prohibited.find(tokens)) {
      const term = tokens.slice(hit.start, hit.end).join(" ");
      for (const entry of hit.value) {
        if (fired.has(entry)) continue;
        if (entry.with && !entry.with.find(tokens).some((w) => w.start >= hit.end || w.end <= hit.start))
          continue;
        fired.set(entry, term);
      }
    }
  }
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
