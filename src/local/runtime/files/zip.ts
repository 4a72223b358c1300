/**
 * The zip container of .xlsx and .ods, read and written with node's zlib only. Reading keeps each
 * entry's compressed bytes, so a save can copy an unchanged part byte for byte; writing deflates in
 * independent chunks (each ends with a full flush), so a big sheet never sits in memory as one string.
 */
import { crc32, constants, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** offset of the local file header */
  offset: number;
  flags: number;
}

/** Why a buffer is not a readable zip: the file ends early, or it is not a zip at all. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'truncated' | 'not-zip' | 'encrypted' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

const EOCD = 0x06054b50;
/** Largest entry inflated into one buffer (a bigger or mislabelled one is inflated in pieces). */
const MAX_ONE_PIECE = 256 * 1024 * 1024;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();

  constructor(readonly buf: Buffer) {
    if (buf.length < 4 || buf.readUInt32LE(0) !== LOC) throw new ZipError('not-zip', 'not a zip archive');
    // the end-of-central-directory record is in the last 65,557 bytes
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
      if (buf.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      // a zip whose first entry has a name was cut short; zero bytes after "PK" are not a zip
      const nameLen = buf.length >= 30 ? buf.readUInt16LE(26) : 0;
      throw new ZipError(nameLen > 0 ? 'truncated' : 'not-zip', 'the zip archive has no central directory');
    }
    const count = buf.readUInt16LE(eocd + 10);
    const cdSize = buf.readUInt32LE(eocd + 12);
    const cdOffset = buf.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) throw new ZipError('unsupported', 'zip64 archives are not read');
    if (cdOffset + cdSize > buf.length) throw new ZipError('truncated', 'the central directory is past the end');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN)
        throw new ZipError('truncated', 'damaged central directory');
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const offset = buf.readUInt32LE(p + 42);
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      if (offset + 30 > buf.length) throw new ZipError('truncated', `entry ${name} is past the end`);
      this.entries.set(name, { name, method, crc, compressedSize, size, offset, flags });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's stored (compressed) bytes. */
  raw(e: ZipEntry): Buffer {
    const b = this.buf;
    if (b.readUInt32LE(e.offset) !== LOC) throw new ZipError('truncated', `entry ${e.name} is damaged`);
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    if (start + e.compressedSize > b.length) throw new ZipError('truncated', `entry ${e.name} is cut short`);
    return b.subarray(start, start + e.compressedSize);
  }

  read(name: string): Buffer | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    if (e.flags & 1) throw new ZipError('encrypted', `entry ${name} is encrypted`);
    const raw = this.raw(e);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new ZipError('unsupported', `entry ${name} uses compression method ${e.method}`);
    try {
      // one output buffer of the entry's size: zlib's 16 KiB default means thousands of pieces copied together
      return inflateRawSync(raw, { chunkSize: Math.max(64, Math.min(e.size, MAX_ONE_PIECE)) });
    } catch {
      throw new ZipError('truncated', `entry ${name} cannot be decompressed`);
    }
  }

  text(name: string): string | undefined {
    return this.read(name)?.toString('utf8');
  }
}

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Builds a zip in memory as a list of buffers (written to disk by the caller in one go). */
export class ZipWriter {
  readonly chunks: Buffer[] = [];
  private offset = 0;
  private readonly written: Written[] = [];

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.offset += b.length;
  }

  private header(name: Buffer, method: number, crc: number, compressedSize: number, size: number): void {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(LOC, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6); // names are UTF-8
    h.writeUInt16LE(method, 8);
    h.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, a fixed time keeps saves reproducible
    h.writeUInt32LE(crc >>> 0, 14);
    h.writeUInt32LE(compressedSize, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    this.written.push({ name, method, crc: crc >>> 0, compressedSize, size, offset: this.offset });
    this.push(h);
    this.push(name);
  }

  /** Copies an entry of another archive without decompressing it. */
  copy(from: ZipReader, e: ZipEntry, name = e.name): void {
    const raw = from.raw(e);
    this.header(Buffer.from(name, 'utf8'), e.method, e.crc, raw.length, e.size);
    this.push(raw);
  }

  add(name: string, data: string | Buffer): void {
    const s = this.stream(name);
    s.write(data);
    s.end();
  }

  /**
   * An entry written piece by piece: pieces are collected up to ~4 MiB, then deflated with a full
   * flush, so the pieces concatenate into one valid deflate stream.
   */
  stream(name: string): { write(data: string | Buffer): void; end(): void } {
    const parts: Buffer[] = [];
    let crc = 0;
    let size = 0;
    let pending: (string | Buffer)[] = [];
    let pendingLen = 0;
    const flush = (final: boolean): void => {
      const buf = Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
      pending = [];
      pendingLen = 0;
      crc = crc32(buf, crc);
      size += buf.length;
      parts.push(deflateRawSync(buf, { level: 1, finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH }));
    };
    return {
      write: (data) => {
        pending.push(data);
        pendingLen += data.length;
        if (pendingLen > 4 * 1024 * 1024) flush(false);
      },
      end: () => {
        flush(true);
        const compressedSize = parts.reduce((n, p) => n + p.length, 0);
        this.header(Buffer.from(name, 'utf8'), 8, crc, compressedSize, size);
        for (const p of parts) this.push(p);
      },
    };
  }

  finish(): Buffer[] {
    const start = this.offset;
    for (const w of this.written) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(CEN, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x800, 8);
      c.writeUInt16LE(w.method, 10);
      c.writeUInt32LE(0x00210000, 12);
      c.writeUInt32LE(w.crc, 16);
      c.writeUInt32LE(w.compressedSize, 20);
      c.writeUInt32LE(w.size, 24);
      c.writeUInt16LE(w.name.length, 28);
      c.writeUInt32LE(w.offset, 42);
      this.push(c);
      this.push(w.name);
    }
    const e = Buffer.alloc(22);
    e.writeUInt32LE(EOCD, 0);
    e.writeUInt16LE(this.written.length, 8);
    e.writeUInt16LE(this.written.length, 10);
    e.writeUInt32LE(this.offset - start, 12);
    e.writeUInt32LE(start, 16);
    this.push(e);
    return this.chunks;
  }
}
