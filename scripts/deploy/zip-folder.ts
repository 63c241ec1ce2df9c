import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/*
 * A minimal ZIP writer (deflate, no ZIP64) so that `ask deploy` gets its archive without a
 * `zip` binary on the developer's machine. Fixed timestamps keep the archive byte-identical
 * for an identical bundle, and ask-cli skips the upload when nothing changed.
 */

// 1980-01-01 00:00, the DOS epoch: a fixed date so the archive only depends on its content.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// "Made by" Unix (3) so the external attributes carry a mode; Lambda needs world-readable files.
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE_644 = (0o100644 << 16) >>> 0;
const DEFLATE = 8;
const UTF8_NAMES = 1 << 11;

interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: Buffer;
  offset: number;
}

/** Every file under `folder`, as forward-slash paths relative to it, sorted. */
export function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return found.sort();
}

/** Writes every file under `folder` into the ZIP archive `zipFile` (paths relative to the folder). */
export function zipFolder(folder: string, zipFile: string): void {
  const chunks: Buffer[] = [];
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (const path of filesUnder(folder)) {
    const content = readFileSync(join(folder, path));
    const entry: ZipEntry = {
      name: Buffer.from(path, 'utf8'),
      crc: crc32(content),
      size: content.length,
      compressed: deflateRawSync(content, { level: 9 }),
      offset,
    };
    const header = localHeader(entry);
    chunks.push(header, entry.name, entry.compressed);
    offset += header.length + entry.name.length + entry.compressed.length;
    entries.push(entry);
  }
  const directoryStart = offset;
  for (const entry of entries) {
    const header = centralHeader(entry);
    chunks.push(header, entry.name);
    offset += header.length + entry.name.length;
  }
  chunks.push(endOfDirectory(entries.length, offset - directoryStart, directoryStart));
  writeFileSync(zipFile, Buffer.concat(chunks));
}

function localHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressed.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(entry: ZipEntry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY_UNIX, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number and internal attributes (30..37) stay zero.
  header.writeUInt32LE(FILE_MODE_644, 38);
  header.writeUInt32LE(entry.offset, 42);
  return header;
}

function endOfDirectory(count: number, size: number, start: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(start, 16);
  return record;
}
