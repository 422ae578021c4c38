/** A mark is a short label ("Shopee Mall", "Chính hãng"); a product image's alt text is its title and proves nothing. */
const MAX_MARK_LENGTH = 24;

/** Whether `el` holds an image or labelled element whose short alt / aria-label / title matches `mark`. */
export function hasShortMark(el: Element, mark: RegExp): boolean {
  for (const marked of el.querySelectorAll("[alt], [aria-label], [title]")) {
    for (const name of ["alt", "aria-label", "title"]) {
      const label = marked.getAttribute(name);
      if (label && label.length <= MAX_MARK_LENGTH && mark.test(label)) return true;
    }
  }
  return false;
}
