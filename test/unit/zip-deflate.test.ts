/**
 * Workbooks are zipped stored by exceljs and deflated by Node's zlib (src/render/xlsx/zip-deflate.ts):
 * the same entries, in the same order, with the same contents and checksums, every one but the empty ones deflated.
 */
import { deflateRawSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateStoredZip } from '../../src/render/xlsx/zip-deflate.js';

const text = (value: string) => new TextEncoder().encode(value);

/** Each entry's name, method and crc from the central directory. */
function directory(zip: Uint8Array): { name: string; method: number; crc: number }[] {
  const bytes = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (bytes.getUint32(end, true) !== 0x06054b50) end--;
  const entries: { name: string; method: number; crc: number }[] = [];
  let at = bytes.getUint32(end + 16, true);
  for (let entry = 0; entry < bytes.getUint16(end + 10, true); entry++) {
    const nameLength = bytes.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: bytes.getUint16(at + 10, true),
      crc: bytes.getUint32(at + 16, true),
    });
    at += 46 + nameLength + bytes.getUint16(at + 30, true) + bytes.getUint16(at + 32, true);
  }
  return entries;
}

describe('deflating a stored zip', () => {
  const files = {
    '[Content_Types].xml': text('<Types>'.repeat(500)),
    'xl/worksheets/sheet1.xml': text('<row r="1"><c t="s"><v>0</v></c></row>'.repeat(2000)),
    'xl/æøå navn.xml': text('Æ'.repeat(100)),
    'empty.xml': new Uint8Array(0),
  };
  const stored = zipSync(files, { level: 0, mtime: new Date('2026-01-01T00:00:00Z') });

  it('keeps every entry, in order, with its contents and checksum, and deflates each', () => {
    const deflated = deflateStoredZip(stored);
    expect(unzipSync(deflated)).toEqual(unzipSync(stored));
    const before = directory(stored);
    const after = directory(deflated);
    expect(after.map(({ name, crc }) => ({ name, crc }))).toEqual(before.map(({ name, crc }) => ({ name, crc })));
    expect(before.every((entry) => entry.method === 0)).toBe(true);
    // Empty entries (folders) stay stored, as JSZip writes them.
    expect(after.map((entry) => entry.method)).toEqual([8, 8, 8, 0]);
    expect(deflated.length).toBeLessThan(stored.length / 5);
  });

  it('is deterministic', () => {
    expect(deflateStoredZip(stored)).toEqual(deflateStoredZip(stored));
  });

  it('leaves an archive it does not know as it is: compressed entries, no archive at all', () => {
    const compressed = zipSync(files, { level: 6 });
    expect(deflateStoredZip(compressed)).toBe(compressed);
    const notZip = deflateRawSync(text('no zip here'));
    expect(deflateStoredZip(notZip)).toBe(notZip);
  });
});
