import { MAX_VARIANT_CHARS, MAX_VARIANTS } from "./listing-limits";
import { collapsedText } from "./page-text";

/**
 * The names of a product page's variant options: the buttons a buyer picks a colour, a size or a "version" with
 * ("Đen / 36", "Bản Rep 1:1"). Each is its accessible name or its text; distinct, at most MAX_VARIANTS.
 */
export function variantNames(root: ParentNode, selector: string): string[] | undefined {
  const names: string[] = [];
  for (const el of root.querySelectorAll(selector)) {
    const name = (el.getAttribute("aria-label") || el.getAttribute("title") || collapsedText(el))
      .trim()
      .slice(0, MAX_VARIANT_CHARS);
    if (name && !names.includes(name)) names.push(name);
    if (names.length === MAX_VARIANTS) break;
  }
  return names.length > 0 ? names : undefined;
}
