import { deflateRawSync } from 'node:zlib';
import { endOfCentralDirectory } from './zip-timestamps.js';

/**
 * exceljs zips a workbook with JSZip, which deflates in JavaScript (pako): a third of the time a
 * 60-measure workbook takes. So the workbook is zipped stored (uncompressed) and each entry is
 * deflated here with Node's zlib, a few times faster: the same entries in the same order, with
 * the same names, dates, flags and checksums (of the uncompressed data, so unchanged); empty
 * entries (folders) stay stored.
 *
 * An archive that is not what JSZip writes stored (an entry already compressed, a data
 * descriptor, ZIP64) is returned as it is.
 */
export function deflateStoredZip(stored: Uint8Array, level = 6): Uint8Array {
  const bytes = view(stored);
  const end = endOfCentralDirectory(stored);
  if (end < 0) return stored;
  const entries = bytes.getUint16(end + 10, true);
  const directoryOffset = bytes.getUint32(end + 16, true);
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let written = 0;
  let at = directoryOffset;
  for (let entry = 0; entry < entries; entry++) {
    if (bytes.getUint32(at, true) !== centralDirectoryHeader) return stored;
    const record = stored.slice(at, at + 46 + sum(bytes, [at + 28, at + 30, at + 32]));
    const flags = bytes.getUint16(at + 8, true);
    const method = bytes.getUint16(at + 10, true);
    const size = bytes.getUint32(at + 20, true);
    const local = bytes.getUint32(at + 42, true);
    if (method !== storedMethod || (flags & dataDescriptorFlag) !== 0 || size === 0xffffffff) return stored;
    if (bytes.getUint32(local, true) !== localFileHeader) return stored;
    const dataStart = local + 30 + sum(bytes, [local + 26, local + 28]);
    const header = stored.slice(local, dataStart);
    // Empty entries (folders) stay stored, as JSZip writes them.
    const packed =
      size === 0 ? new Uint8Array(0) : deflateRawSync(stored.subarray(dataStart, dataStart + size), { level });
    const recordView = view(record);
    if (size > 0) {
      // Local header: version needed 2.0 (deflate), method 8, compressed size; the central
      // record has the same fields 2 bytes later.
      setMethod(view(header), 4, 8, 18, packed.length);
      setMethod(recordView, 6, 10, 20, packed.length);
    }
    recordView.setUint32(42, written, true);
    parts.push(header, packed);
    directory.push(record);
    written += header.length + packed.length;
    at += record.length;
  }
  const directorySize = directory.reduce((total, record) => total + record.length, 0);
  const tail = stored.slice(end, end + 22 + bytes.getUint16(end + 20, true));
  view(tail).setUint32(12, directorySize, true);
  view(tail).setUint32(16, written, true);
  return Buffer.concat([...parts, ...directory, tail]);
}

const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;
const storedMethod = 0;
const dataDescriptorFlag = 0x0008;

/** Sets version needed (2.0), method (deflate) and compressed size at the given offsets. */
function setMethod(header: DataView, version: number, method: number, compressed: number, size: number): void {
  header.setUint16(version, 20, true);
  header.setUint16(method, 8, true);
  header.setUint32(compressed, size, true);
}

/** The sum of the 16-bit lengths at `offsets` (name, extra field, comment). */
function sum(bytes: DataView, offsets: readonly number[]): number {
  return offsets.reduce((total, offset) => total + bytes.getUint16(offset, true), 0);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
