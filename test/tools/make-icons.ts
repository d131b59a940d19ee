/**
 * Draws the web app's icons (the favicon's diamond) as PNG files for the installable manifest:
 * `npx tsx test/tools/make-icons.ts` writes renderer/public/icons/. The shape is simple enough to
 * rasterise here (4×4 supersampling), so no image library is needed to rebuild them.
 */
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

type Rgba = readonly [number, number, number, number];
const RED: Rgba = [0xc8, 0x10, 0x2e, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0: none
    for (let x = 0; x < size; x += 1) {
      let [red, green, blue, alpha] = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy += 1)
        for (let sx = 0; sx < 4; sx += 1) {
          const [r, g, b, a] = pixel(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
          red += r * a;
          green += g * a;
          blue += b * a;
          alpha += a;
        }
      [red, green, blue].forEach((sum, c) => {
        row[1 + x * 4 + c] = alpha === 0 ? 0 : Math.round(sum / alpha);
      });
      row[1 + x * 4 + 3] = Math.round(alpha / 16);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The diamond of `radius` (share of the size) centred in the square. */
const inDiamond = (size: number, radius: number) => (x: number, y: number) =>
  Math.abs(x - size / 2) + Math.abs(y - size / 2) <= radius * size;

const out = fileURLToPath(new URL('../../renderer/public/icons/', import.meta.url));
for (const size of [192, 512]) {
  const any = inDiamond(size, 0.47);
  writeFileSync(
    `${out}icon-${size}.png`,
    png(size, (x, y) => (any(x, y) ? RED : CLEAR)),
  );
  // Maskable: the platform crops to its own shape; the mark stays inside the 80 % safe zone.
  const safe = inDiamond(size, 0.3);
  writeFileSync(
    `${out}maskable-${size}.png`,
    png(size, (x, y) => (safe(x, y) ? WHITE : RED)),
  );
}
writeFileSync(
  `${out}apple-touch-icon-180.png`,
  png(180, (x, y) => (inDiamond(180, 0.3)(x, y) ? WHITE : RED)),
);
