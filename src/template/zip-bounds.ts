import { Inflate } from 'fflate';

/**
 * Measures a zip archive before a workbook reader unpacks it: how many bytes its entries really
 * inflate to (not what their headers claim), so that a zip bomb is refused after at most `limit`
 * bytes of work, and how many rows its worksheets hold. Never throws: a malformed archive is
 * `malformed`.
 */
export type ZipMeasure =
  | { kind: 'ok'; rows: number }
  | { kind: 'malformed' }
  | { kind: 'too-large' }
  | { kind: 'too-many-entries' };

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const maxEntries = 10_000;
const chunkSize = 1 << 16;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Inflates every entry of `bytes` within `limit` bytes in all; counts `<row` tags in worksheets. */
export function measureZip(bytes: Uint8Array, limit: number): ZipMeasure {
  try {
    const entries = centralDirectory(bytes);
    if (entries === undefined) return { kind: 'malformed' };
    if (entries.length > maxEntries) return { kind: 'too-many-entries' };
    let total = 0;
    let rows = 0;
    for (const entry of entries) {
      const start = dataStart(bytes, entry);
      if (start === undefined) return { kind: 'malformed' };
      const data = bytes.subarray(start, start + entry.compressedSize);
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
      const counter = isSheet ? rowCounter() : undefined;
      const inflated = inflateWithin(data, entry.method, limit - total, counter?.feed);
      if (inflated === 'too-large') return { kind: 'too-large' };
      if (inflated === 'malformed') return { kind: 'malformed' };
      total += inflated;
      if (counter) rows = Math.max(rows, counter.count());
    }
    return { kind: 'ok', rows };
  } catch {
    return { kind: 'malformed' };
  }
}

function centralDirectory(bytes: Uint8Array): Entry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== centralDirectoryHeader) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

function dataStart(bytes: Uint8Array, entry: Entry): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.localOffset + 30 > bytes.length || view.getUint32(entry.localOffset, true) !== localFileHeader) {
    return undefined;
  }
  const start =
    entry.localOffset +
    30 +
    view.getUint16(entry.localOffset + 26, true) +
    view.getUint16(entry.localOffset + 28, true);
  return start + entry.compressedSize <= bytes.length ? start : undefined;
}

/** Inflates (method 8) or copies (method 0) one entry, stopping as soon as it passes `room` bytes. */
function inflateWithin(
  data: Uint8Array,
  method: number,
  room: number,
  feed?: (chunk: Uint8Array) => void,
): number | 'too-large' | 'malformed' {
  if (method === 0) {
    if (data.length > room) return 'too-large';
    feed?.(data);
    return data.length;
  }
  if (method !== 8) return 'malformed';
  let size = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > room) over = true;
    else feed?.(chunk);
  });
  for (let offset = 0; offset < data.length && !over; offset += chunkSize) {
    const end = Math.min(data.length, offset + chunkSize);
    inflate.push(data.subarray(offset, end), end === data.length);
  }
  return over ? 'too-large' : size;
}

/** Counts `<row` tags across chunk boundaries. */
function rowCounter(): { feed: (chunk: Uint8Array) => void; count: () => number } {
  const decoder = new TextDecoder();
  let count = 0;
  let tail = '';
  return {
    feed: (chunk) => {
      const text = tail + decoder.decode(chunk, { stream: true });
      count += text.match(/<(?:\w+:)?row[\s>]/g)?.length ?? 0;
      tail = text.slice(-8).includes('<') ? text.slice(text.lastIndexOf('<')) : '';
      // The tail is counted again only if it was incomplete: drop a complete match from it.
      if (/^<(?:\w+:)?row[\s>]/.test(tail)) tail = '';
    },
    count: () => count,
  };
}
