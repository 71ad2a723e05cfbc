import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, launchChromium, openPage, saveScreenshot } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const cooperations = JSON.parse(await readFile(new URL('data/cooperations.geojson', DIST), 'utf8')).features.map((f) => f.properties);

/** Places where two or more distinct collectivities work, as the page should find them: same name folding as placeKey. */
function sharedPlaces(records) {
  const fold = (name) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const collectivities = new Map();
  for (const c of records) {
    if (c.partnerPrecision === 'pays') continue;
    const key = `${c.partnerCountry}/${fold(c.partnerName)}`;
    if (!collectivities.has(key)) collectivities.set(key, new Set());
    collectivities.get(key).add(c.ctCode);
  }
  return [...collectivities.values()].filter((codes) => codes.size >= 2).length;
}

let server;
let browser;
before(async () => {
  server = await serveStatic(DIST.pathname);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function overlapCount(page) {
  const count = await page.getAttribute('[data-testid="overlap-count"]', 'data-count');
  assert.match(count, /^\d+$/);
  return Number(count);
}

describe('the partner overlaps view, in Chromium', () => {
  it('counts the shared places as the data does, and leads to a place on the map', async () => {
    const expected = sharedPlaces(cooperations);
    assert.ok(expected > 0, 'the demo data has shared places');
    const { page, consoleErrors } = await openPage(browser, `${server.origin}/?view=chevauchements`);
    await page.waitForSelector('[data-testid="overlap-count"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected);
    assert.ok(await page.locator('.overlaps-entry').first().isVisible());
    assert.ok((await page.locator('.overlaps-suggestion').count()) > 0, 'pooling suggestions are listed');
    await saveScreenshot(page, 'overlaps');

    await page.locator('.overlaps-entry .overlaps-show').first().click();
    await page.waitForURL((url) => url.searchParams.has('place') && url.searchParams.get('view') !== 'chevauchements');
    assert.equal(await page.locator('[data-testid="view-chevauchements"]').count(), 0, 'the view gives way to the map');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('follows the filters in the address', async () => {
    const expected = sharedPlaces(cooperations.filter((c) => c.ctRegion === '53'));
    const { page, consoleErrors } = await openPage(browser, `${server.origin}/?view=chevauchements&region=53`);
    await page.waitForSelector('[data-testid="overlap-count"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
