/** Image encoders: JPEG via jpeg-js, PNG via a tiny encoder on node:zlib. */
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/** @typedef {import('./raster.js').Raster} Raster */

/** @param {Raster} raster */
export function encodeJpeg(raster, quality = 80) {
  return Buffer.from(jpeg.encode(raster, quality).data);
}

/** @returns {Raster} */
export function decodeJpeg(bytes) {
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256 });
  return { width: img.width, height: img.height, data: Buffer.from(img.data) };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** 8-bit RGBA PNG, filter type 0 on every row. @param {Raster} raster */
export function encodePng(raster) {
  const { width, height, data } = raster;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    data.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Writes bits least significant first, as VP8L reads them. */
class BitWriter {
  bytes = [];
  #acc = 0;
  #count = 0;
  write(value, bits) {
    for (let i = 0; i < bits; i++) {
      this.#acc |= ((value >>> i) & 1) << this.#count;
      if (++this.#count === 8) {
        this.bytes.push(this.#acc);
        this.#acc = 0;
        this.#count = 0;
      }
    }
  }
  finish() {
    if (this.#count) this.bytes.push(this.#acc);
    return Buffer.from(this.bytes);
  }
}

/**
 * Lossless WebP (VP8L), the smallest valid form rather than a small file: no transforms, no colour
 * cache, every channel value written with a flat 8-bit prefix code (a code of one symbol when the
 * image is opaque, for alpha, and for the unused distances). Browsers and image tools decode it.
 * @param {Raster} raster
 */
export function encodeWebp(raster) {
  const { width, height, data } = raster;
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) opaque = false;
  const bits = new BitWriter();
  bits.write(0x2f, 8); // signature
  bits.write(width - 1, 14);
  bits.write(height - 1, 14);
  bits.write(opaque ? 0 : 1, 1); // alpha hint
  bits.write(0, 3); // version
  bits.write(0, 1); // no transform
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // one prefix code group
  /** Every byte value with an 8-bit code; `alphabet` beyond 256 (green's lengths) unused. */
  const flat = (alphabet) => {
    bits.write(0, 1); // normal code
    // Code length code: lengths 0 and 8 only, 1 bit each. Order 17 18 0 1 2 3 4 5 16 6 7 8 …
    bits.write(12 - 4, 4);
    for (const symbol of [17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8]) bits.write(symbol === 0 || symbol === 8 ? 1 : 0, 3);
    bits.write(0, 1); // lengths for the whole alphabet
    for (let s = 0; s < alphabet; s++) bits.write(s < 256 ? 1 : 0, 1); // canonical: "0" is length 0, "1" length 8
  };
  /** A code of one symbol: no bits per pixel. */
  const single = (symbol) => {
    bits.write(1, 1); // simple code
    bits.write(0, 1); // one symbol
    bits.write(1, 1); // 8 bits wide
    bits.write(symbol, 8);
  };
  flat(256 + 24); // green and the length prefixes
  flat(256); // red
  flat(256); // blue
  if (opaque) single(255);
  else flat(256);
  single(0); // distance
  // Canonical codes of one length are the values themselves, read most significant bit first.
  const code = (value) => {
    let reversed = 0;
    for (let i = 0; i < 8; i++) reversed |= ((value >>> i) & 1) << (7 - i);
    return reversed;
  };
  for (let i = 0; i < width * height * 4; i += 4) {
    bits.write(code(data[i + 1]), 8);
    bits.write(code(data[i]), 8);
    bits.write(code(data[i + 2]), 8);
    if (!opaque) bits.write(code(data[i + 3]), 8);
  }
  const payload = bits.finish();
  const pad = payload.length % 2;
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(12 + payload.length + pad, 4);
  head.write('WEBPVP8L', 8, 'ascii');
  head.writeUInt32LE(payload.length, 16);
  return Buffer.concat([head, payload, Buffer.alloc(pad)]);
}
