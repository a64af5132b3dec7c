/**
 * Reading a stored PDF by ranges, for the reader: pdf.js asks for the bytes it needs (the trailer,
 * the page tree, the page in view) instead of waiting for the whole file to cross to the window.
 *
 * Stored files are AES-256-GCM over the whole file (or checked against their sha256 when the store is
 * not encrypted), so no range can be read, or trusted, before the whole file has been decrypted and
 * checked. The file is decrypted once, when the reader opens it, and kept here, decrypted, while it is
 * being read: at most MAX_FILES files and MAX_BYTES together, and none longer than IDLE_MS after it
 * was last read (so a paper's plain text does not linger in memory after the member has moved on).
 */
import type { FileOpening } from '../../shared/types/papers';

/** pdf.js's range chunk size in the reader (renderer/features/reader/pdfjs.ts sends it as rangeChunkSize). */
export const RANGE_CHUNK = 64 * 1024;
/**
 * A file this small is sent whole. Measured with the reader bench's 864 KB pack (preview, Chromium):
 * head and tail plus ranges took longer to the first page than the whole file in one reply, because
 * pdf.js reads the whole page tree on opening (every page's dictionary, usually spread through the
 * file) and each range is a round trip; ranges pay off only when sending the file costs more than that.
 */
export const WHOLE_FILE_BELOW = 8 * 1024 * 1024;
/** The first bytes sent with the opening (the header, and for most packs the first page's content). */
export const HEAD_BYTES = 2 * RANGE_CHUNK;
/** The last bytes sent with the opening (the trailer, the cross-reference table, usually the page tree). */
export const TAIL_BYTES = 4 * RANGE_CHUNK;

const MAX_FILES = 2;
const MAX_BYTES = 300 * 1024 * 1024;
const IDLE_MS = 120_000;

/**
 * The opening of a file: all of it when small, else its head and its tail (starting on a chunk
 * boundary). Copies, never views: IPC's structured clone of a view would send the whole file under it.
 */
export function fileOpening(
  versionId: number,
  bytes: Uint8Array,
  sizes: { wholeBelow: number; head: number; tail: number; chunk: number } = { wholeBelow: WHOLE_FILE_BELOW, head: HEAD_BYTES, tail: TAIL_BYTES, chunk: RANGE_CHUNK },
): FileOpening {
  const length = bytes.byteLength;
  if (length < sizes.wholeBelow) return { versionId, length, head: bytes, tailStart: length, tail: new Uint8Array(0) };
  const head = bytes.slice(0, Math.min(sizes.head, length));
  const tailStart = Math.max(head.byteLength, Math.floor(Math.max(0, length - sizes.tail) / sizes.chunk) * sizes.chunk);
  return { versionId, length, head, tailStart, tail: bytes.slice(tailStart) };
}

export class RangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RangeError';
  }
}

/** Bytes begin..end (end exclusive) of a file; refused when outside it. */
export function fileRange(bytes: Uint8Array, begin: number, end: number): Uint8Array {
  if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end <= begin || begin >= bytes.byteLength) {
    throw new RangeError(`The range ${begin}–${end} is outside the file (${bytes.byteLength} bytes).`);
  }
  // A copy: IPC's structured clone of a view would send the whole file under it.
  return bytes.slice(begin, Math.min(end, bytes.byteLength));
}

interface Held {
  bytes: Uint8Array;
  timer: ReturnType<typeof setTimeout> | null;
}

/** The decrypted files being read, newest last; `read` decrypts and checks a stored file by its sha256. */
export class OpenFiles {
  // A TS-private field, not an ES #private one: the security gate's scanner cannot parse class private fields.
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly read: (sha256: string) => Uint8Array,
    private readonly limits: { maxFiles: number; maxBytes: number; idleMs: number } = { maxFiles: MAX_FILES, maxBytes: MAX_BYTES, idleMs: IDLE_MS },
  ) {}

  /** The file's bytes: decrypted now if not held, and held (as the newest) for the next ranges. */
  bytes(sha256: string): Uint8Array {
    let held = this.held.get(sha256);
    if (held) {
      this.held.delete(sha256);
    } else {
      held = { bytes: this.read(sha256), timer: null };
    }
    this.held.set(sha256, held);
    this.#touch(sha256, held);
    this.#trim();
    return held.bytes;
  }

  /** Lets a file go at once (its paper was purged, or the store is closing). */
  forget(sha256?: string): void {
    for (const [key, held] of this.held) {
      if (sha256 !== undefined && key !== sha256) continue;
      if (held.timer) clearTimeout(held.timer);
      this.held.delete(key);
    }
  }

  get size(): number {
    return this.held.size;
  }

  #touch(sha256: string, held: Held): void {
    if (held.timer) clearTimeout(held.timer);
    held.timer = setTimeout(() => this.forget(sha256), this.limits.idleMs);
    held.timer.unref?.();
  }

  #trim(): void {
    let total = 0;
    for (const held of this.held.values()) total += held.bytes.byteLength;
    // Oldest first; the newest (just asked for) always stays.
    for (const [key, held] of this.held) {
      if (this.held.size <= 1) break;
      if (this.held.size <= this.limits.maxFiles && total <= this.limits.maxBytes) break;
      total -= held.bytes.byteLength;
      this.forget(key);
    }
  }
}
