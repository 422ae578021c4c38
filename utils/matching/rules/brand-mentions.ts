import type { TitleView } from "../title-view";
import type { BrandEntry, Heuristics } from "./heuristics";

/** The brands a title names: by a name or alias, or by a short alias ("LV") next to the brand's goods. */
export function brandMentions(view: TitleView, h: Heuristics): Set<BrandEntry> {
  const named = new Set<BrandEntry>();
  for (const hit of h.brandNames.find(view.tokens)) named.add(hit.value);
  if (h.shortNames.size > 0)
    for (const hit of h.shortNames.find(view.tokens)) if (hasGoods(view, hit.value)) named.add(hit.value);
  return named;
}

/** True when the title names one of the brand's goods, or the brand lists none. */
export function hasGoods(view: TitleView, brand: BrandEntry): boolean {
  return brand.goods.size === 0 || brand.goods.find(view.tokens).length > 0;
}
