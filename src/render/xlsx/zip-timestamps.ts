import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * ZIP keeps a modification time per entry, in the local header and again in the central
 * directory, and exceljs's zip libraries stamp each with the current time. These functions
 * overwrite both with one fixed date, so the same workbook gives the same bytes. Time fields are
 * not covered by the entries' checksums.
 */

/** Random access to the bytes of a zip archive, in memory or in a file. */
interface ZipAccess {
  size: number;
  read(position: number, length: number): Uint8Array;
  write(position: number, bytes: Uint8Array): void;
}

const endOfCentralDirectorySignature = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

/** Sets every entry's modification time in a zip archive held in memory to `date` (in place). */
export function pinZipTimestamps(bytes: Uint8Array, date: Date): void {
  pinTimestamps(
    {
      size: bytes.length,
      read: (position, length) => bytes.subarray(position, position + length),
      write: (position, chunk) => bytes.set(chunk, position),
    },
    date,
  );
}

/** Sets every entry's modification time in a zip file to `date` (in place). */
export function pinZipFileTimestamps(path: string, date: Date): void {
  const descriptor = openSync(path, 'r+');
  try {
    pinTimestamps(
      {
        size: fstatSync(descriptor).size,
        read: (position, length) => {
          const buffer = new Uint8Array(length);
          readSync(descriptor, buffer, 0, length, position);
          return buffer;
        },
        write: (position, chunk) => {
          writeSync(descriptor, chunk, 0, chunk.length, position);
        },
      },
      date,
    );
  } finally {
    closeSync(descriptor);
  }
}

/** Where the end of central directory record of a zip archive (or its tail) starts; -1 if none. */
export function endOfCentralDirectory(bytes: Uint8Array): number {
  const bytesView = view(bytes);
  for (let offset = bytes.length - 22; offset >= 0; offset--) {
    if (bytesView.getUint32(offset, true) === endOfCentralDirectorySignature) return offset;
  }
  return -1;
}

function pinTimestamps(zip: ZipAccess, date: Date): void {
  const stamp = dosTimestamp(date);
  // The end record is the last 22 bytes plus a comment of at most 65 535 bytes.
  const tailLength = Math.min(zip.size, 22 + 0xffff);
  const tail = zip.read(zip.size - tailLength, tailLength);
  const tailView = view(tail);
  const end = endOfCentralDirectory(tail);
  if (end < 0) throw new Error('not a zip archive: no end of central directory record');
  const entries = tailView.getUint16(end + 10, true);
  const directorySize = tailView.getUint32(end + 12, true);
  const directoryOffset = tailView.getUint32(end + 16, true);
  const directory = zip.read(directoryOffset, directorySize);
  const directoryView = view(directory);
  let offset = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (directoryView.getUint32(offset, true) !== centralDirectoryHeader) {
      throw new Error('malformed zip archive: bad central directory header');
    }
    zip.write(directoryOffset + offset + 12, stamp);
    const localOffset = directoryView.getUint32(offset + 42, true);
    const local = view(zip.read(localOffset, 4));
    if (local.getUint32(0, true) !== localFileHeader) throw new Error('malformed zip archive: bad local header');
    zip.write(localOffset + 10, stamp);
    const nameLength = directoryView.getUint16(offset + 28, true);
    const extraLength = directoryView.getUint16(offset + 30, true);
    const commentLength = directoryView.getUint16(offset + 32, true);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

/** MS-DOS time and date (2 + 2 bytes, little-endian) of `date` in UTC; DOS dates start in 1980. */
function dosTimestamp(date: Date): Uint8Array {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const clamped = year !== date.getUTCFullYear();
  const time = clamped ? 0 : (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = clamped ? (1 << 5) | 1 : ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const stamp = new Uint8Array(4);
  const stampView = view(stamp);
  stampView.setUint16(0, time, true);
  stampView.setUint16(2, ((year - 1980) << 9) | day, true);
  return stamp;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
