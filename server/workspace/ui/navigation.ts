import { useEffect, useState } from "preact/hooks";

/** Moves to a page of the workspace without reloading. */
export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}

/** The address of the page shown, following navigation. */
export function useLocation(): { path: string; search: string } {
  const read = () => ({ path: location.pathname, search: location.search });
  const [where, setWhere] = useState(read);
  useEffect(() => {
    const update = () => setWhere(read());
    addEventListener("popstate", update);
    return () => removeEventListener("popstate", update);
  }, []);
  return where;
}

/** A link inside the workspace: followed without a reload, still a real link (new tab, keyboard). */
export function onLinkClick(event: MouseEvent, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
