// The built page in headless Chromium: time to the first arcs, time of a facet click, bytes loaded.
// Builds nothing: serves dist/ or COOPATLAS_DIST (npx vite build --outDir /tmp/bench-dist).
import { access, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST, launchChromium } from '../tests/e2e/browser.mjs';
import { serveStatic } from '../tests/e2e/static-server.mjs';

const LOADS = 3;
const CLICKS = 6;
const THEME = 'eau-assainissement';

/** Records, in page time, when the map first reports itself idle with arcs drawn. */
const RECORD_FIRST_ARCS = () => {
  new MutationObserver((_, observer) => {
    const map = document.querySelector('[data-testid="map"]');
    if (map?.dataset.idle === 'true' && Number(map.dataset.arcs) > 0) {
      window.firstArcsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle', 'data-arcs'] });
};

/** Clicks a facet checkbox in the page; resolves with ms to the new result count and to the next idle map. */
const CLICK_FACET = (value) =>
  new Promise((done) => {
    const map = document.querySelector('[data-testid="map"]');
    const result = document.querySelector('[data-testid="result-count"]');
    const countBefore = result.dataset.count;
    const times = {};
    let drawing = false;
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (times.count === undefined && result.dataset.count !== countBefore) times.count = now - start;
      if (map.dataset.idle === 'false') drawing = true;
      if (drawing && map.dataset.idle === 'true' && times.count !== undefined) {
        observer.disconnect();
        requestAnimationFrame(() => done({ ...times, idle: now - start, frame: performance.now() - start }));
      }
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle', 'data-count'] });
    const facet = document.querySelector('[data-facet="theme"]');
    facet.open = true;
    const start = performance.now();
    facet.querySelector(`input[value="${value}"]`).click();
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const KINDS = { '.js': 'JS', '.mjs': 'JS', '.css': 'CSS', '.json': 'data', '.geojson': 'data', '.csv': 'data', '.html': 'HTML' };

/** Gzipped bytes (level 9, as the e2e test counts them) of each same-origin file requested, with its type. */
async function requestedFiles(urls, origin) {
  const files = [];
  for (const url of new Set(urls.filter((u) => u.startsWith(origin)))) {
    const path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
    const bytes = gzipSync(await readFile(new URL(path, DIST)), { level: 9 }).length;
    files.push({ path, kind: KINDS[extname(path)] ?? 'other', bytes });
  }
  return files.sort((a, b) => b.bytes - a.bytes);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

async function loadOnce(browser, origin) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(RECORD_FIRST_ARCS);
  // The demo, as the README's first-view figures were measured on it.
  await page.goto(`${origin}/?data=demo`);
  await page.waitForFunction(() => window.firstArcsAt !== undefined, null, { timeout: 180_000 });
  return { page, requests, firstArcs: await page.evaluate(() => window.firstArcsAt) };
}

try {
  await access(new URL('index.html', DIST));
} catch {
  console.error(`No build at ${fileURLToPath(DIST)}: run npx vite build --outDir /tmp/bench-dist, then COOPATLAS_DIST=/tmp/bench-dist npm run bench:page`);
  process.exit(1);
}

const server = await serveStatic(fileURLToPath(DIST));
const browser = await launchChromium();
try {
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const load = await loadOnce(browser, server.origin);
    loads.push(load);
    if (i < LOADS - 1) await load.page.close();
  }
  const { page } = loads[LOADS - 1];
  const clicks = [];
  for (let i = 0; i < CLICKS; i++) clicks.push(await page.evaluate(CLICK_FACET, THEME));
  const files = await requestedFiles(loads[0].requests, server.origin);
  const bytes = {};
  for (const { kind, bytes: size } of files) bytes[kind] = (bytes[kind] ?? 0) + size;

  const ms = (values) => `${median(values).toFixed(0)} ms`;
  const rows = [
    [`navigation to first arcs drawn (median of ${LOADS} loads)`, ms(loads.map((l) => l.firstArcs))],
    [`theme facet click to new result count (median of ${CLICKS})`, ms(clicks.map((c) => c.count))],
    [`theme facet click to map idle, arcs redrawn`, ms(clicks.map((c) => c.idle))],
    [`theme facet click to the next frame after that`, ms(clicks.map((c) => c.frame))],
    ...Object.entries(bytes).map(([kind, total]) => [`first view ${kind}, gzipped`, kib(total)]),
    [`first view total, gzipped (${files.length} files)`, kib(files.reduce((sum, file) => sum + file.bytes, 0))],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`Page benchmark: ${fileURLToPath(DIST)}, demo dataset, Chromium headless, 1280x800`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(10)}`);
  console.log(`First view files, gzipped: ${files.map((file) => `${file.path} ${kib(file.bytes)}`).join(', ')}`);
  console.log('Note: WebGL here is SwiftShader (software, on the CPU): these timings are not real-GPU frame rates.');
} finally {
  await browser.close();
  await server.close();
}
