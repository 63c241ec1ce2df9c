import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';

/** A file read back from a ZIP archive, with its Unix mode when the archive carries one. */
export interface ZippedFile {
  name: string;
  content: Buffer;
  mode: number;
}

/**
 * Reads a ZIP archive through its central directory (stored and deflated entries), checking
 * each entry's CRC: a reader written from the format, independent of the writer under test.
 */
export function readZip(path: string): ZippedFile[] {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: ZippedFile[] = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const content = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    if (crc32(content) !== crc) throw new Error(`CRC mismatch in ${name}`);
    files.push({ name, content, mode });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
