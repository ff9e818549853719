import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { TooLargeError } from './fetch-errors';

/** Counts bytes flowing through and fails once they exceed the cap. */
function byteCap(url: string, maxBytes: number, what: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new TooLargeError(url, maxBytes, what));
      else done(null, chunk);
    },
  });
}

function isZlibHeader(chunk: Buffer): boolean {
  const cmf = chunk[0] ?? 0;
  const flg = chunk[1];
  return (cmf & 0x0f) === 8 && (flg === undefined || (cmf * 256 + flg) % 31 === 0);
}

/** Sniffs zlib-wrapped vs raw deflate: servers send both under "deflate". */
function inflateAny(): Transform {
  let inner: Transform | undefined;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!inner) {
        inner = isZlibHeader(chunk) ? zlib.createInflate() : zlib.createInflateRaw();
        inner.on('data', (d: Buffer) => this.push(d));
        inner.on('error', (e) => this.destroy(e));
      }
      if (inner.write(chunk)) done();
      else inner.once('drain', done);
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
  });
}

function decoder(encoding: string): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return inflateAny();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Reads a response body, undoing Content-Encoding, with the cap applied to the
 * bytes on the wire and again to the decoded bytes (a small compressed bomb
 * fails as soon as its output passes the cap).
 */
export async function readBody(body: Readable, contentEncoding: string | undefined, url: string, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '').toLowerCase().split(',').map((c) => c.trim()).filter((c) => c && c !== 'identity');
  const decoders = codings.reverse().map(decoder).filter((d): d is Transform => d !== undefined);
  const chunks: Buffer[] = [];
  await pipeline(
    body,
    byteCap(url, maxBytes, 'received'),
    ...decoders,
    byteCap(url, maxBytes, 'decoded'),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return Buffer.concat(chunks);
}
