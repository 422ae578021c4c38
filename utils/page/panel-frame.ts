import { browser } from "wxt/browser";

/** The extension page the panel is drawn in (see utils/background/panel-handlers.ts). */
const FRAME_PATH = "/report-frame.html";

/** The dialog open on this page: the background hides it for a screenshot, shows it again, and closes it. */
let open: HTMLDialogElement | undefined;

/**
 * Opens a badge's panel in `container` (inside a closed shadow root): a modal dialog (top layer: it escapes the
 * card's overflow and transforms; Escape closes it; focus goes back to the pill) holding the panel's frame, an
 * extension page. The page around it cannot read the frame, nor see the keys typed into it.
 */
export function openPanelFrame(container: HTMLElement, token: string, label: string): void {
  open?.close();
  const dialog = document.createElement("dialog");
  dialog.className = "panel-dialog";
  dialog.setAttribute("aria-label", label);
  const frame = document.createElement("iframe");
  frame.src = `${browser.runtime.getURL(FRAME_PATH as "/")}#${token}`;
  frame.title = label;
  dialog.append(frame);
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (open === dialog) open = undefined;
  });
  container.replaceChildren(dialog);
  dialog.showModal();
  frame.focus();
  open = dialog;
}

/** The background's word about the open panel. */
export function panelCommand(name: "hidePanel" | "showPanel" | "closePanel"): Promise<{ done: boolean }> {
  const dialog = open;
  if (!dialog) return Promise.resolve({ done: false });
  if (name === "closePanel") dialog.close();
  else if (name === "showPanel") dialog.removeAttribute("data-capturing");
  else {
    dialog.setAttribute("data-capturing", "");
    // Answered once the page has been painted without the dialog: two frames.
    return new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ done: true }))),
    );
  }
  return Promise.resolve({ done: true });
}
