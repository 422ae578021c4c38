/** The largest detached signature file read (`{"alg","keyId","signature"}` is well under 1 KB). */
export const MAX_SIGNATURE_BYTES = 4 * 1024;

export type BoundedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; read: number };

/**
 * Reads a response body as it streams in, and stops (cancelling the download) as soon as it passes `max`
 * bytes: a declared `Content-Length` is only a claim, a chunked or lying body is cut off at the limit rather
 * than buffered whole.
 */
export async function readBounded(res: Response, max: number): Promise<BoundedBody> {
  const declared = Number(res.headers.get("content-length"));
  if (declared > max) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, read: 0 };
  }
  if (!res.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, read: total };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** A body read as text within `max` bytes, or `null` when it is longer. */
export async function readBoundedText(res: Response, max: number): Promise<string | null> {
  const body = await readBounded(res, max);
  return body.ok ? new TextDecoder().decode(body.bytes) : null;
}
