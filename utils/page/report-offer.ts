import type { ContentScriptContext } from "wxt/utils/content-script-context";

/** How far up from the element under the pointer (or given focus) a card is looked for. */
const MAX_DEPTH = 16;

/**
 * Calls `offer` with the card a pointer comes over or focus enters: how a calm listing, which shows nothing
 * until then, offers its quiet way to be reported. Two listeners on the document for the whole page, not one per
 * card; each event walks a few parents up.
 */
export function watchCardAttention(
  ctx: ContentScriptContext,
  isCard: (el: Element) => boolean,
  offer: (card: Element) => void,
): void {
  const onEvent = (event: Event) => {
    let el = event.target instanceof Element ? event.target : null;
    for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement)
      if (isCard(el)) {
        offer(el);
        return;
      }
  };
  const options = { capture: true, passive: true };
  ctx.addEventListener(document, "pointerover", onEvent, options);
  ctx.addEventListener(document, "focusin", onEvent, options);
}
