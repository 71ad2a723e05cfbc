import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { serveStatic } from './static-server.mjs';

export const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), 'output');

/** The built site under test: dist/ unless COOPATLAS_DIST names another build folder. */
export const DIST = process.env.COOPATLAS_DIST
  ? pathToFileURL(`${process.env.COOPATLAS_DIST.replace(/\/$/, '')}/`)
  : new URL('../../dist/', import.meta.url);

/** The app's id of a collectivity, as src/domain/collectivity-key.ts makes it (régions share codes with départements). */
export const collectivityKey = (c) => (c.ctKind === 'region' ? `region-${c.ctCode}` : c.ctCode);

/** Debian's Chromium with software WebGL (SwiftShader); never a downloaded browser. */
export async function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

/**
 * The address on the demo unless it names a dataset (`data=`): the tests of the views were
 * written for the demo, whose themes, budgets and typology the real jumelages lack.
 */
export function onDemo(url) {
  if (/[?&]data=/.test(url)) return url;
  return url.includes('?') ? url.replace('?', '?data=demo&') : `${url}?data=demo`;
}

/**
 * A page (on the demo unless the address names a dataset, or `asGiven`) that records its console
 * errors and every address it requests; `beforeLoad` runs in the page before its scripts.
 */
export async function openPage(browser, url, { asGiven = false, beforeLoad } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleErrors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  if (beforeLoad) await page.addInitScript(beforeLoad);
  await page.goto(asGiven ? url : onDemo(url));
  return { page, consoleErrors, requests };
}

/** Waits until the map reports it is idle with its current arcs drawn. SwiftShader is slow: allow time. */
export async function waitForMapIdle(page, timeout = 120_000) {
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}

export async function saveScreenshot(page, name) {
  await mkdir(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * The strongly saturated pixels of the map alone (controls hidden), as [x, y] in the map's box:
 * the basemap is pale and grey, so these are the arcs and their colours.
 */
export async function arcPixels(page) {
  const map = page.locator('[data-testid="map"]');
  await page.addStyleTag({ content: '.maplibregl-control-container { visibility: hidden !important; }' });
  const png = PNG.sync.read(await map.screenshot());
  await page.addStyleTag({ content: '.maplibregl-control-container { visibility: visible !important; }' });
  const pixels = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const r = png.data[i];
    const g = png.data[i + 1];
    const b = png.data[i + 2];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 90) pixels.push([(i / 4) % png.width, Math.floor(i / 4 / png.width)]);
  }
  return pixels;
}

export async function countArcPixels(page) {
  return (await arcPixels(page)).length;
}

/** The cooperations of the built site's demo dataset, as its GeoJSON holds them. */
export async function builtCooperations() {
  const collection = JSON.parse(await readFile(new URL('data/cooperations.geojson', DIST), 'utf8'));
  return collection.features.map((feature) => feature.properties);
}

/**
 * Serves the built site on 127.0.0.1 for the tests of one file, with one Chromium for them all
 * unless `withBrowser` is false; `origin` and `browser` are set once the tests start.
 */
export function servedApp({ withBrowser = true } = {}) {
  const app = { origin: '', browser: null, server: null };
  before(async () => {
    app.server = await serveStatic(DIST.pathname);
    app.origin = app.server.origin;
    if (withBrowser) app.browser = await launchChromium();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
