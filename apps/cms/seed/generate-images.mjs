#!/usr/bin/env node
// Draws the demo cover images and author avatars as calm abstract SVG scenes and rasterises them
// to JPEG with sharp (resolved through Strapi's upload plugin, which already depends on it).
// The output is committed under seed/images/, so this only runs when the pictures change:
//   node seed/generate-images.mjs
// Every file is deterministic (a seeded random generator), so re-running produces the same scenes.
// The alternative text for each file lives in seed/data/images.ts — keep the two in step.
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'images');

function loadSharp() {
  const fromApp = createRequire(path.join(here, '..', 'package.json'));
  const fromStrapi = createRequire(fromApp.resolve('@strapi/strapi/package.json'));
  const fromUpload = createRequire(fromStrapi.resolve('@strapi/upload/package.json'));
  return fromUpload(fromUpload.resolve('sharp'));
}

// Colour sets named after what they evoke; the alt texts use the same words.
const palettes = {
  dawn: { top: '#f7e9da', bottom: '#f3c9a5', accent: '#ea8c5c', mid: '#9cbcac', deep: '#4f7d70' },
  sea: { top: '#e6f2f1', bottom: '#b7dbd8', accent: '#f3d27f', mid: '#5fa8a3', deep: '#2f6f73' },
  dusk: { top: '#ece4f3', bottom: '#c9b9e1', accent: '#f2b39f', mid: '#9283bf', deep: '#4d4580' },
  meadow: { top: '#f1f5e3', bottom: '#d3e6b8', accent: '#f0bf4c', mid: '#89b56e', deep: '#4b7a44' },
  night: { top: '#2f3a5e', bottom: '#161c35', accent: '#f6e8b8', mid: '#44517f', deep: '#111731' },
  sand: { top: '#fbf4e8', bottom: '#efdcbd', accent: '#d98a69', mid: '#c9a77d', deep: '#8a6a4c' },
  mist: { top: '#f0f3f6', bottom: '#d5dde6', accent: '#9db8d0', mid: '#8ca2b6', deep: '#56697d' },
  coral: { top: '#fdeee8', bottom: '#f7d0c3', accent: '#e7745d', mid: '#eea28c', deep: '#a9513f' },
};

// Small deterministic generator (mulberry32) seeded from the file name.
function random(seedText) {
  let seed = [...seedText].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W = 1200;
const H = 675;
const sky = (c) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.top}"/>` +
  `<stop offset="1" stop-color="${c.bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;

// A smooth band across the picture: a baseline with gentle bumps, closed to the bottom edge.
function band(rnd, baseY, amplitude, colour, opacity = 1) {
  const points = [];
  const steps = 6;
  for (let i = 0; i <= steps; i += 1) points.push([(W / steps) * i, baseY + (rnd() - 0.5) * amplitude * 2]);
  let d = `M0 ${H} L0 ${points[0][1].toFixed(1)}`;
  for (let i = 1; i < points.length; i += 1) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    const cx = (x0 + x1) / 2;
    d += ` C${cx.toFixed(1)} ${y0.toFixed(1)} ${cx.toFixed(1)} ${y1.toFixed(1)} ${x1.toFixed(1)} ${y1.toFixed(1)}`;
  }
  return `<path d="${d} L${W} ${H} Z" fill="${colour}" opacity="${opacity}"/>`;
}

function wave(baseY, amplitude, length, phase, colour, opacity) {
  let d = `M0 ${H} L0 ${baseY}`;
  for (let x = 0; x <= W; x += 20) {
    d += ` L${x} ${(baseY + Math.sin((x / length) * Math.PI * 2 + phase) * amplitude).toFixed(1)}`;
  }
  return `<path d="${d} L${W} ${H} Z" fill="${colour}" opacity="${opacity}"/>`;
}

const motifs = {
  // Layered waves under a low sun.
  waves(c, rnd) {
    const sunX = 250 + rnd() * 700;
    return [
      sky(c),
      `<circle cx="${sunX}" cy="250" r="95" fill="${c.accent}" opacity="0.85"/>`,
      wave(360, 16, 420, rnd() * 6, c.mid, 0.55),
      wave(430, 20, 360, rnd() * 6, c.mid, 0.75),
      wave(510, 24, 300, rnd() * 6, c.deep, 0.8),
      wave(590, 18, 260, rnd() * 6, c.deep, 0.95),
    ].join('');
  },
  // Rolling hills with a sun above the ridge.
  hills(c, rnd) {
    return [
      sky(c),
      `<circle cx="${300 + rnd() * 600}" cy="${180 + rnd() * 60}" r="80" fill="${c.accent}" opacity="0.8"/>`,
      band(rnd, 390, 50, c.mid, 0.6),
      band(rnd, 470, 45, c.mid, 0.9),
      band(rnd, 570, 35, c.deep, 0.95),
    ].join('');
  },
  // Overlapping translucent circles, like people gathered in a ring.
  circles(c, rnd) {
    const parts = [sky(c)];
    const count = 7;
    for (let i = 0; i < count; i += 1) {
      const angle = (i / count) * Math.PI * 2 + rnd() * 0.3;
      const x = 600 + Math.cos(angle) * 210;
      const y = 338 + Math.sin(angle) * 150;
      const colour = [c.accent, c.mid, c.deep][i % 3];
      parts.push(
        `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(95 + rnd() * 30).toFixed(1)}" fill="${colour}" opacity="0.45"/>`,
      );
    }
    parts.push(`<circle cx="600" cy="338" r="60" fill="${c.top}" opacity="0.9"/>`);
    return parts.join('');
  },
  // A path winding from the foreground towards the horizon between hills.
  path(c, rnd) {
    const drift = (rnd() - 0.5) * 200;
    return [
      sky(c),
      `<circle cx="${850 - drift}" cy="170" r="70" fill="${c.accent}" opacity="0.75"/>`,
      band(rnd, 330, 30, c.mid, 0.6),
      band(rnd, 420, 30, c.mid, 0.95),
      `<path d="M${480 + drift} ${H} C${640 + drift} 560 ${420 + drift} 480 ${600 + drift / 2} 400 L${622 + drift / 2} 400 ` +
        `C${500 + drift} 480 ${760 + drift} 560 ${720 + drift} ${H} Z" fill="${c.top}" opacity="0.9"/>`,
      band(rnd, 610, 20, c.deep, 0.9),
    ].join('');
  },
  // Stepping stones crossing calm water.
  stones(c, rnd) {
    const parts = [sky(c), `<rect y="300" width="${W}" height="${H - 300}" fill="${c.mid}" opacity="0.55"/>`];
    for (let i = 0; i < 6; i += 1) {
      const t = i / 5;
      const x = 160 + t * 880 + (rnd() - 0.5) * 40;
      const y = 600 - t * 260;
      const rx = 95 - t * 55;
      parts.push(
        `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="${rx.toFixed(1)}" ry="${(rx * 0.35).toFixed(1)}" fill="${c.deep}" opacity="0.85"/>`,
      );
      parts.push(
        `<ellipse cx="${x.toFixed(1)}" cy="${(y - 6).toFixed(1)}" rx="${(rx * 0.8).toFixed(1)}" ry="${(rx * 0.22).toFixed(1)}" fill="${c.top}" opacity="0.35"/>`,
      );
    }
    parts.push(`<circle cx="${200 + rnd() * 200}" cy="150" r="60" fill="${c.accent}" opacity="0.8"/>`);
    return parts.join('');
  },
  // A four-pane window letting warm light into a room.
  window(c, rnd) {
    const x = 380 + rnd() * 80;
    return [
      `<rect width="${W}" height="${H}" fill="${c.deep}"/>`,
      `<rect x="${x}" y="110" width="440" height="400" rx="8" fill="${c.bottom}"/>`,
      `<circle cx="${x + 300}" cy="220" r="70" fill="${c.accent}" opacity="0.8"/>`,
      `<rect x="${x + 212}" y="110" width="16" height="400" fill="${c.deep}"/>`,
      `<rect x="${x}" y="302" width="440" height="16" fill="${c.deep}"/>`,
      `<polygon points="${x},510 ${x + 440},510 ${x + 620},${H} ${x - 180},${H}" fill="${c.top}" opacity="0.25"/>`,
      `<rect x="${x - 30}" y="505" width="500" height="18" rx="4" fill="${c.mid}"/>`,
    ].join('');
  },
  // A grid of dots with a line that rises gently from left to right.
  chart(c, rnd) {
    const parts = [sky(c)];
    for (let gx = 0; gx < 14; gx += 1) {
      for (let gy = 0; gy < 7; gy += 1) {
        parts.push(
          `<circle cx="${110 + gx * 75}" cy="${110 + gy * 75}" r="5" fill="${c.deep}" opacity="0.25"/>`,
        );
      }
    }
    let y = 520;
    const points = [];
    for (let gx = 0; gx < 14; gx += 1) {
      points.push(`${110 + gx * 75},${y.toFixed(1)}`);
      y -= 10 + rnd() * 30 - (gx % 4 === 3 ? 35 : 0);
    }
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${c.accent}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
    for (const point of points.filter((_, i) => i % 3 === 0)) {
      const [px, py] = point.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="14" fill="${c.deep}"/>`);
    }
    return parts.join('');
  },
  // A small lighthouse on a headland, its beam reaching across the water.
  lighthouse(c, rnd) {
    const x = 760 + rnd() * 120;
    return [
      sky(c),
      `<polygon points="${x},300 ${x - 700},220 ${x - 700},380" fill="${c.accent}" opacity="0.35"/>`,
      wave(470, 10, 300, rnd() * 6, c.mid, 0.8),
      `<path d="M${x - 220} ${H} C${x - 150} 470 ${x + 150} 430 ${W} 440 L${W} ${H} Z" fill="${c.deep}"/>`,
      `<polygon points="${x - 30},450 ${x + 30},450 ${x + 18},300 ${x - 18},300" fill="${c.top}"/>`,
      `<rect x="${x - 30}" y="380" width="60" height="22" fill="${c.accent}" opacity="0.9"/>`,
      `<rect x="${x - 22}" y="272" width="44" height="30" fill="${c.accent}"/>`,
      `<polygon points="${x - 28},272 ${x + 28},272 ${x},240" fill="${c.deep}"/>`,
      wave(600, 12, 240, rnd() * 6, c.deep, 0.6),
    ].join('');
  },
  // A crescent moon and a scatter of stars over dark hills.
  moon(c, rnd) {
    const parts = [sky(c)];
    for (let i = 0; i < 60; i += 1) {
      parts.push(
        `<circle cx="${(rnd() * W).toFixed(1)}" cy="${(rnd() * 380).toFixed(1)}" r="${(1 + rnd() * 2.5).toFixed(1)}" fill="${c.accent}" opacity="${(0.4 + rnd() * 0.6).toFixed(2)}"/>`,
      );
    }
    const mx = 820 + rnd() * 120;
    parts.push(`<circle cx="${mx}" cy="170" r="80" fill="${c.accent}"/>`);
    parts.push(`<circle cx="${mx + 34}" cy="150" r="72" fill="${c.top}"/>`);
    parts.push(band(rnd, 480, 40, c.mid, 0.9), band(rnd, 580, 30, c.deep, 1));
    return parts.join('');
  },
  // Broad leaves fanning out from the lower corner, like a garden bed seen close up.
  leaves(c, rnd) {
    const parts = [sky(c)];
    for (let i = 0; i < 9; i += 1) {
      const angle = -80 + i * 17 + (rnd() - 0.5) * 8;
      const length = 380 + rnd() * 160;
      const colour = i % 2 === 0 ? c.mid : c.deep;
      parts.push(
        `<g transform="translate(160 ${H + 20}) rotate(${angle.toFixed(1)})">` +
          `<path d="M0 0 C${length * 0.3} -70 ${length * 0.75} -60 ${length} 0 C${length * 0.75} 60 ${length * 0.3} 70 0 0 Z" fill="${colour}" opacity="0.85"/>` +
          `<path d="M0 0 L${length * 0.95} 0" stroke="${c.top}" stroke-width="3" opacity="0.5"/></g>`,
      );
    }
    parts.push(`<circle cx="${900 + rnd() * 120}" cy="160" r="75" fill="${c.accent}" opacity="0.85"/>`);
    return parts.join('');
  },
  // A round table seen from above with cups placed around it.
  table(c, rnd) {
    const parts = [`<rect width="${W}" height="${H}" fill="${c.bottom}"/>`];
    parts.push(`<circle cx="600" cy="338" r="250" fill="${c.top}"/>`);
    parts.push(`<circle cx="600" cy="338" r="250" fill="none" stroke="${c.mid}" stroke-width="14"/>`);
    const cups = 6;
    for (let i = 0; i < cups; i += 1) {
      const angle = (i / cups) * Math.PI * 2 + rnd() * 0.2;
      const x = 600 + Math.cos(angle) * 175;
      const y = 338 + Math.sin(angle) * 175;
      parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="34" fill="${c.accent}"/>`);
      parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="22" fill="${c.deep}" opacity="0.7"/>`);
    }
    parts.push(`<circle cx="600" cy="338" r="48" fill="${c.mid}" opacity="0.7"/>`);
    return parts.join('');
  },
  // A low arched bridge over still water, with its reflection.
  bridge(c, rnd) {
    const lift = rnd() * 30;
    return [
      sky(c),
      `<circle cx="${250 + rnd() * 150}" cy="160" r="70" fill="${c.accent}" opacity="0.8"/>`,
      `<rect y="400" width="${W}" height="${H - 400}" fill="${c.mid}" opacity="0.6"/>`,
      `<path d="M150 400 Q600 ${170 + lift} 1050 400 L1050 430 Q600 ${210 + lift} 150 430 Z" fill="${c.deep}"/>`,
      `<path d="M150 400 Q600 ${630 - lift} 1050 400" fill="none" stroke="${c.deep}" stroke-width="24" opacity="0.3"/>`,
    ].join('');
  },
};

// Head-and-shoulders avatar: a circle for the head above a rounded body shape, with a simple
// hair shape so the four authors are told apart at a glance.
const hairStyles = {
  long: (c) => `<path d="M78 110 C78 40 178 40 178 110 L184 196 L72 196 Z" fill="${c.mid}"/>`,
  bun: (c) =>
    `<circle cx="128" cy="46" r="22" fill="${c.mid}"/><path d="M82 96 C86 50 170 50 174 96 C150 78 106 78 82 96 Z" fill="${c.mid}"/>`,
  curly: (c) =>
    [
      [92, 86],
      [106, 66],
      [128, 58],
      [150, 66],
      [164, 86],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="20" fill="${c.mid}"/>`)
      .join(''),
  short: (c) => `<path d="M82 100 C80 52 176 52 174 100 C160 84 100 80 82 100 Z" fill="${c.mid}"/>`,
};

function avatar(c, rnd, hair) {
  const shift = (rnd() - 0.5) * 20;
  const behind = hair === 'long' ? hairStyles.long(c) : '';
  const above = hair === 'long' ? '' : hairStyles[hair](c);
  return [
    `<rect width="256" height="256" fill="${c.bottom}"/>`,
    `<circle cx="${200 + shift}" cy="48" r="34" fill="${c.top}" opacity="0.6"/>`,
    behind,
    `<path d="M40 256 C40 180 80 160 128 160 C176 160 216 180 216 256 Z" fill="${c.deep}"/>`,
    `<circle cx="128" cy="104" r="46" fill="${c.deep}"/>`,
    above,
  ].join('');
}

export const covers = [
  ['cover-window-dusk.jpg', 'window', 'dusk'],
  ['cover-circles-sea.jpg', 'circles', 'sea'],
  ['cover-table-sand.jpg', 'table', 'sand'],
  ['cover-moon-night.jpg', 'moon', 'night'],
  ['cover-circles-coral.jpg', 'circles', 'coral'],
  ['cover-leaves-meadow.jpg', 'leaves', 'meadow'],
  ['cover-chart-mist.jpg', 'chart', 'mist'],
  ['cover-bridge-sea.jpg', 'bridge', 'sea'],
  ['cover-path-dawn.jpg', 'path', 'dawn'],
  ['cover-stones-dusk.jpg', 'stones', 'dusk'],
  ['cover-path-mist.jpg', 'path', 'mist'],
  ['cover-window-sand.jpg', 'window', 'sand'],
  ['cover-table-coral.jpg', 'table', 'coral'],
  ['cover-chart-sea.jpg', 'chart', 'sea'],
  ['cover-hills-meadow.jpg', 'hills', 'meadow'],
  ['cover-hills-dawn.jpg', 'hills', 'dawn'],
  ['cover-lighthouse-sea.jpg', 'lighthouse', 'sea'],
  ['cover-waves-sea.jpg', 'waves', 'sea'],
  ['cover-chart-coral.jpg', 'chart', 'coral'],
  ['cover-hills-mist.jpg', 'hills', 'mist'],
  ['cover-table-dawn.jpg', 'table', 'dawn'],
  ['cover-lighthouse-dusk.jpg', 'lighthouse', 'dusk'],
  ['cover-window-mist.jpg', 'window', 'mist'],
  ['cover-waves-dawn.jpg', 'waves', 'dawn'],
];

export const avatars = [
  ['avatar-maya-lindqvist.jpg', 'sea', 'long'],
  ['avatar-tomas-ferreira.jpg', 'dawn', 'curly'],
  ['avatar-priya-raman.jpg', 'dusk', 'bun'],
  ['avatar-owen-hartley.jpg', 'meadow', 'short'],
];

const svg = (width, height, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

async function main() {
  const sharp = loadSharp();
  await mkdir(outDir, { recursive: true });
  const jobs = [
    ...covers.map(([file, motif, palette]) => ({
      file,
      width: W,
      height: H,
      body: motifs[motif](palettes[palette], random(file)),
    })),
    ...avatars.map(([file, palette, hair]) => ({
      file,
      width: 256,
      height: 256,
      body: avatar(palettes[palette], random(file), hair),
    })),
  ];
  let total = 0;
  for (const job of jobs) {
    const target = path.join(outDir, job.file);
    await sharp(Buffer.from(svg(job.width, job.height, job.body)))
      .jpeg({ quality: 80, mozjpeg: true, chromaSubsampling: '4:2:0' })
      .toFile(target);
    const { size } = await stat(target);
    total += size;
    if (size > 60 * 1024) throw new Error(`${job.file} is ${size} bytes, over the 60 KB budget`);
    console.log(`${job.file.padEnd(32)} ${job.width}x${job.height} ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`${jobs.length} images, ${(total / 1024).toFixed(1)} KB in total`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
