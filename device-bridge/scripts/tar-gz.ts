import { gzipSync } from 'node:zlib';

/** One file of an archive; `mode` is its Unix permissions (0o755 for scripts). */
export interface ArchiveEntry {
  path: string;
  content: Buffer;
  mode: number;
}

const BLOCK = 512;

/**
 * A gzip'ed POSIX ustar archive, written here rather than by the system's `tar` so the
 * release is the same on every build machine: owner root, fixed time, modes as given.
 */
export function tarGz(entries: readonly ArchiveEntry[], mtimeSeconds = 0): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    blocks.push(header(entry, mtimeSeconds), entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    blocks.push(Buffer.alloc(padding));
  }
  blocks.push(Buffer.alloc(BLOCK * 2));
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

function header(entry: ArchiveEntry, mtimeSeconds: number): Buffer {
  if (Buffer.byteLength(entry.path) > 100) throw new Error(`archive path too long: ${entry.path}`);
  const block = Buffer.alloc(BLOCK);
  const put = (offset: number, length: number, text: string) => block.write(text, offset, length, 'utf8');
  const octal = (offset: number, length: number, value: number) =>
    put(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  put(0, 100, entry.path);
  octal(100, 8, entry.mode);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, entry.content.length);
  octal(136, 12, mtimeSeconds);
  put(148, 8, ' '.repeat(8));
  put(156, 1, '0');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, 'root');
  put(297, 32, 'root');
  let sum = 0;
  for (const byte of block) sum += byte;
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}
