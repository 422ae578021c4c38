import { BADGE_TAG } from "@/components/badge-host";
import { recordWork } from "../work-timer";

/** nodeName is the tag in upper case in HTML documents (as typed in XHTML): compared with no new string per node. */
const HOST_NODE_NAME = BADGE_TAG.toUpperCase();
const isOwnHost = (node: Node) => node.nodeName === HOST_NODE_NAME || node.nodeName === BADGE_TAG;
const holdsOwnHost = (node: Node) =>
  node.nodeType === Node.ELEMENT_NODE && (node as Element).getElementsByTagName(BADGE_TAG).length > 0;

/** Drops roots that sit inside another root of the set. */
function outermost(roots: Set<Element>): Element[] {
  return [...roots].filter((root) => {
    for (let p = root.parentElement; p; p = p.parentElement) if (roots.has(p)) return false;
    return true;
  });
}

/**
 * Calls `onChange` at most once per animation frame with the subtrees that changed since the last call,
 * widened by `scope` to the enclosing card. A page that re-renders a card, removes a badge host, or sets an
 * image's address gets that card read again; our own badge insertions are ignored. However many changed, they
 * are passed on as they are: the reader goes through them in slices, where one read of the whole page could be
 * a long task.
 */
export function watchDom(scope: (el: Element) => Element, onChange: (roots: Element[]) => void): () => void {
  let pending: Set<Element> | undefined;
  const flush = () => {
    const roots = pending;
    pending = undefined;
    if (roots) onChange(outermost(roots));
  };
  const add = (el: Element | null) => {
    if (!el) return;
    pending ??= new Set();
    pending.add(scope(el));
  };
  const observer = new MutationObserver((records) => {
    const start = performance.now();
    const wasIdle = pending === undefined;
    for (const record of records) {
      // An image the page loads late (a lazy placeholder replaced by the product's picture): its card is read again.
      if (record.type === "attributes") {
        const img = record.target as Element;
        const src = img.nodeName === "IMG" ? img.getAttribute("src") : null;
        if (src && !src.startsWith("data:") && img.isConnected) add(img);
        continue;
      }
      for (const node of record.addedNodes) {
        if (isOwnHost(node)) continue;
        add(node instanceof Element ? node : node.parentElement);
      }
      if (!(record.target instanceof Element) || !record.target.isConnected) continue;
      // A page that drops our host but keeps the card gets the card read again; so does one that renders a
      // card's content again (markup removed and added in one change), taking our host away with the old markup.
      // Where the new markup is only the card's link, the card is read from the element around it. Nodes that
      // are only removed (cards dropped by a virtual list) need nothing read.
      const replaced = record.addedNodes.length > 0;
      for (const node of record.removedNodes) {
        if (isOwnHost(node) || (replaced && holdsOwnHost(node))) {
          add(record.target);
          break;
        }
      }
    }
    if (wasIdle && pending !== undefined) requestAnimationFrame(flush);
    recordWork("watch", start);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["src"],
  });
  return () => observer.disconnect();
}
