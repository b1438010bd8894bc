/**
 * A small incremental MD5 for the `Content-MD5` of upload parts. WebCrypto has no MD5, and a
 * dependency for ~60 lines would cost more bytes than it saves. MD5 here is an integrity check
 * against corruption in transit (S3 rejects a part whose bytes do not match), not security.
 */

// Per-round shift amounts and the sine-derived constants of RFC 1321.
const S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21);
const K = Int32Array.from({ length: 64 }, (_, i) => (Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export class Md5 {
  #state = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  #buffer = new Uint8Array(64);
  #buffered = 0;
  #length = 0;
  #words = new Int32Array(16);

  update(data: Uint8Array): this {
    let offset = 0;
    this.#length += data.length;
    if (this.#buffered > 0) {
      const take = Math.min(64 - this.#buffered, data.length);
      this.#buffer.set(data.subarray(0, take), this.#buffered);
      this.#buffered += take;
      offset = take;
      if (this.#buffered < 64) return this;
      this.#block(this.#buffer, 0);
      this.#buffered = 0;
    }
    for (; offset + 64 <= data.length; offset += 64) this.#block(data, offset);
    this.#buffer.set(data.subarray(offset), 0);
    this.#buffered = data.length - offset;
    return this;
  }

  /** The 16-byte digest. The instance must not be updated afterwards. */
  digest(): Uint8Array {
    const bits = this.#length * 8;
    const padding = new Uint8Array((this.#buffered < 56 ? 56 : 120) - this.#buffered + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    view.setUint32(padding.length - 8, bits >>> 0, true);
    view.setUint32(padding.length - 4, Math.floor(bits / 2 ** 32), true);
    this.update(padding);
    const out = new Uint8Array(16);
    const outView = new DataView(out.buffer);
    this.#state.forEach((word, i) => outView.setInt32(i * 4, word, true));
    return out;
  }

  #block(bytes: Uint8Array, offset: number): void {
    const w = this.#words;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = bytes[j] | (bytes[j + 1] << 8) | (bytes[j + 2] << 16) | (bytes[j + 3] << 24);
    }
    const state = this.#state;
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const sum = (a + f + K[i] + w[g]) | 0;
      const shift = S[(round << 2) | (i & 3)];
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
  }
}

/** Bytes read per step: keeps memory flat however large the part is. */
const READ_STEP = 1024 * 1024;

/** MD5 of a Blob, read in 1 MiB slices so a 5 GiB part never sits in memory at once. */
export async function md5OfBlob(blob: Blob, signal?: AbortSignal): Promise<Uint8Array> {
  const md5 = new Md5();
  for (let offset = 0; offset < blob.size; offset += READ_STEP) {
    signal?.throwIfAborted();
    md5.update(new Uint8Array(await blob.slice(offset, offset + READ_STEP).arrayBuffer()));
  }
  return md5.digest();
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}
