import * as z from "zod/mini";
import { type Warning, WarningSchema } from "../feed/schema";

/**
 * Warnings are stored as UTF-8 JSON arrays of this many, one record per chunk: a worker that needs one
 * warning reads and parses about 100 KB, not the whole list (20 MB for 100,000 warnings).
 */
export const WARNINGS_PER_CHUNK = 500;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The warnings as stored chunks, in feed order. */
export function chunkWarnings(warnings: readonly Warning[], size = WARNINGS_PER_CHUNK): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < warnings.length; start += size)
    chunks.push(encoder.encode(JSON.stringify(warnings.slice(start, start + size))));
  return chunks;
}

/**
 * The same chunks cut from the bytes the publisher signed (see feed/raw-warnings.ts), which saves serialising
 * every warning again. Undefined when the ranges do not line up with the validated warnings.
 */
export function chunkSignedWarnings(
  bytes: Uint8Array,
  ranges: { starts: readonly number[]; ends: readonly number[] },
  warnings: readonly Warning[],
  size = WARNINGS_PER_CHUNK,
): Uint8Array[] | undefined {
  const { starts, ends } = ranges;
  if (starts.length !== warnings.length || ends.length !== warnings.length) return undefined;
  const chunks: Uint8Array[] = [];
  for (let first = 0; first < warnings.length; first += size) {
    const last = Math.min(warnings.length, first + size) - 1;
    const from = starts[first] as number;
    const to = ends[last] as number;
    // A spot check per chunk that the cut is where the parser saw this warning.
    const head = JSON.parse(decoder.decode(bytes.subarray(from, ends[first]))) as { id?: unknown };
    if (head.id !== warnings[first]?.id) return undefined;
    const chunk = new Uint8Array(to - from + 2);
    chunk[0] = 0x5b;
    chunk.set(bytes.subarray(from, to), 1);
    chunk[chunk.length - 1] = 0x5d;
    chunks.push(chunk);
  }
  return chunks;
}

const StoredChunkSchema = z.array(WarningSchema);

/**
 * One stored chunk back as warnings. Checked again: a chunk cut from the signed bytes still carries fields
 * the schema drops and lacks the defaults it adds.
 */
export function readChunk(bytes: Uint8Array): Warning[] {
  return StoredChunkSchema.parse(JSON.parse(decoder.decode(bytes)));
}

/**
 * Thrown when a match needs a warning whose chunk is not in memory yet (a worker reads them on first use):
 * await `load()`, then match again.
 */
export class WarningTextPending extends Error {
  constructor(readonly load: () => Promise<void>) {
    super("warning text not loaded yet");
  }
}

/** The chunks of one stored feed a worker has read so far, each read at most once. */
export class WarningText {
  private readonly chunks = new Map<number, Warning[]>();
  private readonly reading = new Map<number, Promise<void>>();

  constructor(
    private readonly chunkSize: number,
    private readonly read: (chunk: number) => Promise<Uint8Array | undefined>,
  ) {}

  /** Warnings already in memory (a feed just parsed, a test): nothing to read. */
  static of(warnings: readonly Warning[]): WarningText {
    const text = new WarningText(Math.max(1, warnings.length), async () => undefined);
    text.chunks.set(0, [...warnings]);
    return text;
  }

  /** The warning at `at` in feed order, or a WarningTextPending to await. */
  get(at: number): Warning {
    const chunk = Math.floor(at / this.chunkSize);
    const warning = this.chunks.get(chunk)?.[at % this.chunkSize];
    if (warning) return warning;
    throw new WarningTextPending(() => this.load(chunk));
  }

  private load(chunk: number): Promise<void> {
    let running = this.reading.get(chunk);
    if (!running) {
      running = this.read(chunk).then((bytes) => {
        // A chunk missing from storage is a broken copy: say so rather than loop on "pending".
        if (!bytes) throw new Error(`stored warning text chunk ${chunk} is missing`);
        this.chunks.set(chunk, readChunk(bytes));
      });
      running.catch(() => this.reading.delete(chunk));
      this.reading.set(chunk, running);
    }
    return running;
  }
}
