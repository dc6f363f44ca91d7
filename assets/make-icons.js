// Draws the add-in's icons (icon-16/32/64/80.png): a green rounded square, three ledger lines and a check mark.
// Plain Node (zlib for the PNG), so the icons can be redrawn anywhere: `node assets/make-icons.js`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [33, 115, 70];
const WHITE = [255, 255, 255];
const LIGHT = [200, 230, 212];
const SAMPLES = 4; // supersampling per axis, for smooth edges

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Distance from point p to the segment a–b, in unit coordinates. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at (x, y) in [0,1]², or null outside the icon. */
function shade(x, y) {
  const r = 0.16;
  const cx = Math.min(Math.max(x, r + 0.02), 0.98 - r);
  const cy = Math.min(Math.max(y, r + 0.02), 0.98 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const check = Math.min(segment(x, y, 0.5, 0.62, 0.62, 0.76), segment(x, y, 0.62, 0.76, 0.84, 0.46));
  if (check < 0.055) return WHITE;
  for (const line of [0.28, 0.42, 0.56]) {
    if (Math.abs(y - line) < 0.035 && x > 0.18 && x < (line === 0.56 ? 0.44 : 0.8)) return LIGHT;
  }
  return GREEN;
}

for (const size of SIZES) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let red = 0, green = 0, blue = 0, alpha = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          alpha++;
        }
      }
      const at = (py * size + px) * 4;
      if (alpha > 0) {
        rgba[at] = Math.round(red / alpha);
        rgba[at + 1] = Math.round(green / alpha);
        rgba[at + 2] = Math.round(blue / alpha);
      }
      rgba[at + 3] = Math.round((255 * alpha) / (SAMPLES * SAMPLES));
    }
  }
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size, rgba));
}
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
