import { browser } from "wxt/browser";
import type { Screenshot } from "./screenshot-schema";

/** Wide enough to read a listing's title and price; a full-HD or retina capture is scaled down to this. */
export const SCREENSHOT_MAX_WIDTH = 1280;
const JPEG_QUALITY = 0.72;

/** The optional permission that lets a badge's report carry a screenshot (see wxt.config.ts). */
export const CAPTURE_ORIGINS = ["<all_urls>"] as const;

export type CaptureFailure = "permission" | "not_visible" | "failed";

export class CaptureError extends Error {
  constructor(
    readonly kind: CaptureFailure,
    message: string,
  ) {
    super(message);
  }
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode with a spread of 300 KB would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
}

const CAPTION_LINE = 18;
const CAPTION_PAD = 8;

/** Writes `caption` in a white band below the image: the address and time become part of the evidence. */
function drawCaption(
  context: OffscreenCanvasRenderingContext2D,
  caption: readonly string[],
  top: number,
  width: number,
) {
  context.fillStyle = "#fff";
  context.fillRect(0, top, width, caption.length * CAPTION_LINE + 2 * CAPTION_PAD);
  context.fillStyle = "#000";
  context.font = "13px sans-serif";
  context.textBaseline = "top";
  caption.forEach((line, i) => {
    context.fillText(line, CAPTION_PAD, top + CAPTION_PAD + i * CAPTION_LINE, width - 2 * CAPTION_PAD);
  });
}

/**
 * The visible part of a window's active tab as JPEG, at most SCREENSHOT_MAX_WIDTH wide, with `caption` lines
 * burnt into a margin below it. Needs `activeTab` (granted by the context menu and the toolbar button) or the
 * optional `<all_urls>` host permission.
 */
export async function captureVisibleTab(
  windowId: number,
  now: Date,
  caption: readonly string[] = [],
): Promise<Screenshot> {
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: "jpeg", quality: 80 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const permission = /permission|activeTab|<all_urls>/i.test(message);
    throw new CaptureError(permission ? "permission" : "failed", message);
  }
  const captured = await (await fetch(dataUrl)).blob();
  const bitmap = await createImageBitmap(captured);
  const scale = Math.min(1, SCREENSHOT_MAX_WIDTH / bitmap.width);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const imageHeight = Math.max(1, Math.round(bitmap.height * scale));
  const margin = caption.length > 0 ? caption.length * CAPTION_LINE + 2 * CAPTION_PAD : 0;
  const height = imageHeight + margin;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d");
  if (!context) throw new CaptureError("failed", "no 2D canvas");
  context.drawImage(bitmap, 0, 0, width, imageHeight);
  bitmap.close();
  if (margin > 0) drawCaption(context, caption, imageHeight, width);
  const jpeg = new Uint8Array(
    await (await canvas.convertToBlob({ type: "image/jpeg", quality: JPEG_QUALITY })).arrayBuffer(),
  );
  return {
    mediaType: "image/jpeg",
    width,
    height,
    data: base64(jpeg),
    sha256: await sha256Hex(jpeg),
    capturedAt: now.toISOString(),
  };
}
