import { createHash } from "node:crypto";
import { imageSize } from "image-size";
import type { Screenshot } from "../../utils/capture/screenshot-schema";

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

export interface CheckedPicture {
  bytes: Buffer;
  /** Recomputed here. */
  sha256: string;
  claimedSha256: string;
  hashOk: boolean;
  width: number;
  height: number;
}

export class EvidenceError extends Error {}

/** The JPEG's own start (SOI) and end (EOI) markers, and a frame header image-size can read. */
function jpegSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return undefined;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return undefined;
  try {
    const size = imageSize(bytes);
    if (size.type !== "jpg" || !size.width || !size.height) return undefined;
    return { width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}

/**
 * Decodes a screenshot, checks it is a JPEG (else throws: the submission is refused) and recomputes its hash.
 * A hash that does not match is not refused: the picture is kept and marked as not matching.
 */
export function checkScreenshot(screenshot: Screenshot, where: string): CheckedPicture {
  const bytes = Buffer.from(screenshot.data, "base64");
  const size = jpegSize(bytes);
  if (!size) throw new EvidenceError(`${where} is not a JPEG image`);
  const sha256 = sha256Hex(bytes);
  return {
    bytes,
    sha256,
    claimedSha256: screenshot.sha256,
    hashOk: sha256 === screenshot.sha256,
    ...size,
  };
}

/** A case item's listing hash: the SHA-256 of its `listingJson` as UTF-8. */
export const listingHashMatches = (listingJson: string, claimed: string) =>
  sha256Hex(Buffer.from(listingJson, "utf8")) === claimed;
