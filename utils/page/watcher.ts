import { BADGE_TAG } from "@/components/badge-host";

/** True when a mutation only reflects our own badge hosts coming or going. */
function isOwnMutation(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.toLowerCase() === BADGE_TAG);
}

/**
 * Calls `onChange` at most once per animation frame after the page's DOM changes, however many mutations
 * arrived in between. Returns a function that stops watching.
 */
export function watchDom(onChange: () => void): () => void {
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (scheduled || records.every(isOwnMutation)) return;
    scheduled = true;
    requestAnimationFrame(flush);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
