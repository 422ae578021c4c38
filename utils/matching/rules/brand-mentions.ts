import type { BrandEntry } from "./brand-entry";
import type { TitleReading } from "./title-reading";

/** The brands a title names: by a name or alias, or by a short alias ("LV") next to the brand's goods. */
export function brandMentions(title: TitleReading): Set<BrandEntry> {
  const named = new Set<BrandEntry>();
  for (const { value } of title.hits) {
    if (value.brand) named.add(value.brand);
    if (value.shortBrand && hasGoods(title, value.shortBrand)) named.add(value.shortBrand);
  }
  return named;
}

/** True when the title names one of the brand's goods, or the brand lists none. */
function hasGoods(title: TitleReading, brand: BrandEntry): boolean {
  return !brand.hasGoods || title.hits.some(({ value }) => value.goodsOf?.includes(brand) === true);
}
