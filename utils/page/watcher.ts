import { BADGE_TAG } from "@/components/badge-host";

/** Above this many changed subtrees in one frame, reading the whole page is cheaper than reading each. */
const MAX_ROOTS = 200;

const isOwnHost = (node: Node) => node.nodeName.toLowerCase() === BADGE_TAG;

/** Drops roots that sit inside another root of the set. */
function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((root) => {
    for (let p = root.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
    return true;
  });
}

/**
 * Calls `onChange` at most once per animation frame with the subtrees that changed since the last call (or
 * "all" when too many did), widened by `scope` to the enclosing card. A page that re-renders a card, or removes
 * a badge host, gets that card read again; our own badge insertions are ignored.
 */
export function watchDom(
  scope: (el: Element) => Element,
  onChange: (roots: Element[] | "all") => void,
): () => void {
  let pending: Set<Element> | "all" | undefined;
  const flush = () => {
    const roots = pending;
    pending = undefined;
    if (roots) onChange(roots === "all" ? "all" : outermost(roots));
  };
  const add = (el: Element | null) => {
    if (!el || pending === "all") return;
    pending ??= new Set();
    pending.add(scope(el));
    if (pending.size > MAX_ROOTS) pending = "all";
  };
  const observer = new MutationObserver((records) => {
    const wasIdle = pending === undefined;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isOwnHost(node)) continue;
        add(node instanceof Element ? node : node.parentElement);
      }
      for (const node of record.removedNodes) {
        // A page that drops our host (but keeps the card) gets the card read again.
        if (isOwnHost(node) && record.target instanceof Element && record.target.isConnected)
          add(record.target);
      }
    }
    if (wasIdle && pending !== undefined) requestAnimationFrame(flush);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
