import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { arcPixels, builtCooperations, collectivityKey, countArcPixels, DIST, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const features = await builtCooperations();

const app = servedApp();

async function resultCount(page) {
  const count = await page.getAttribute('[data-testid="result-count"]', 'data-count');
  assert.match(count, /^\d+$/);
  return Number(count);
}

/** Gzipped bytes of the files behind the given same-origin addresses, as a static server would send them. */
async function gzippedBytes(urls) {
  let total = 0;
  for (const url of new Set(urls)) {
    const path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
    total += gzipSync(await readFile(new URL(path, DIST)), { level: 9 }).length;
  }
  return total;
}

describe('the atlas, offline, in Chromium', () => {
  it('draws arcs on its own basemap, from its own origin only, with attribution, within 1.5 MB', async (t) => {
    const { page, consoleErrors, requests } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'atlas-default');

    assert.deepEqual(consoleErrors, []);
    const foreign = requests.filter((url) => !url.startsWith(app.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'every request stays on the page’s origin');
    const firstViewBytes = await gzippedBytes(requests);
    t.diagnostic(`first view: ${requests.length} requests, ${(firstViewBytes / 1024).toFixed(0)} KiB gzipped`);
    assert.ok(firstViewBytes <= 1.5e6, `what the page loads before its first arcs weighs ${firstViewBytes} bytes gzipped`);

    assert.equal(await resultCount(page), features.length);
    assert.match(await page.textContent('[data-testid="result-count"]'), /coopérations/);
    assert.ok(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs')) > 0);
    const arcPixels = await countArcPixels(page);
    assert.ok(arcPixels > 2000, `the map shows arcs (${arcPixels} saturated pixels)`);

    const attribution = page.locator('.maplibregl-ctrl-attrib');
    assert.ok(await attribution.isVisible());
    for (const source of ['INSEE', 'GeoNames', 'Natural Earth']) assert.match(await attribution.textContent(), new RegExp(source));
    assert.ok(await page.locator('[data-testid="fictitious-banner"]').isVisible());
    await page.close();
  });

  it('reads its filters from the address and counts what they keep', async () => {
    const expected = features.filter((c) => c.themes.includes('eau-assainissement') && ['SN', 'BF'].includes(c.partnerCountry)).length;
    assert.ok(expected > 0, 'the demo data has water cooperations with Senegal or Burkina Faso');
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?theme=eau-assainissement&country=SN,BF`);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'atlas-filtered');
    assert.equal(await resultCount(page), expected);
    assert.equal(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs')), expected, 'one arc per kept cooperation');
    const pixels = await arcPixels(page);
    assert.ok(pixels.length > 200, 'the filtered arcs are drawn');

    // An arc drawn from binary attributes still names its cooperation under the pointer, and a click selects its collectivity.
    const map = await page.locator('[data-testid="map"]').boundingBox();
    const legend = await page.locator('.map-settings').boundingBox();
    const outsideLegend = ([x, y]) => !legend || !(x + map.x >= legend.x && x + map.x <= legend.x + legend.width && y + map.y >= legend.y && y + map.y <= legend.y + legend.height);
    const candidates = pixels.filter(outsideLegend).filter((_, i) => i % 97 === 0);
    const kept = new Set(features.filter((c) => c.themes.includes('eau-assainissement') && ['SN', 'BF'].includes(c.partnerCountry)).map((c) => `${c.ctName} → ${c.partnerName}`));
    let named = null;
    for (const [x, y] of candidates.slice(0, 12)) {
      await page.mouse.move(map.x + x, map.y + y);
      named = await page
        .waitForFunction(() => document.querySelector('.deck-tooltip strong')?.textContent.includes('→') && document.querySelector('.deck-tooltip strong').textContent, null, { timeout: 5000 })
        .then((text) => text.jsonValue(), () => null);
      if (named) {
        await page.mouse.click(map.x + x, map.y + y);
        break;
      }
    }
    assert.ok(named, 'some arc gives a tooltip');
    assert.ok([...kept].some((arc) => named.startsWith(arc)), `the tooltip names a kept cooperation (${named})`);
    await page.waitForURL(/ct=/);
    assert.ok(Number(await page.getAttribute('[data-testid="map"]', 'data-selected-arcs')) > 0, 'the click selects the arc’s collectivity');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('ignores an unknown value with a visible notice, and a chosen facet goes into the address', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?theme=astrologie&region=53`);
    await waitForMapIdle(page);
    assert.match(await page.textContent('[data-testid="url-notice"]'), /theme=astrologie/);
    const inBretagne = features.filter((c) => c.ctRegion === '53');
    assert.equal(await resultCount(page), inBretagne.length);

    const humanis = inBretagne.filter((c) => c.typology === 'humanis').length;
    await page.click('[data-facet="typology"] summary');
    const option = page.locator('[data-facet="typology"] li', { has: page.locator('input[value="humanis"]') });
    assert.equal(Number(await option.locator('.facet-count').getAttribute('data-count')), humanis, 'the facet shows what it would keep');
    await option.locator('input').check();
    await page.waitForURL(/typology=humanis/);
    assert.equal(await resultCount(page), humanis);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('typology'));
    assert.equal(await resultCount(page), inBretagne.length);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('selects a collectivity found by search: its card and its arcs; Escape clears', async () => {
    const byCollectivity = new Map();
    for (const c of features) byCollectivity.set(collectivityKey(c), [...(byCollectivity.get(collectivityKey(c)) ?? []), c]);
    const [code, rows] = [...byCollectivity].sort((a, b) => b[1].length - a[1].length)[0];
    const name = rows[0].ctName;
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);

    await page.fill('[data-testid="search"]', name.slice(0, 6).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase());
    await page.locator('#search-results [role="option"]', { hasText: name }).first().click();
    await page.waitForURL(new RegExp(`ct=${code}`));
    const card = page.locator('[data-testid="selection-card"]');
    assert.equal(await card.locator('h2').textContent(), name);
    assert.equal(await card.locator('.card-list > li').count(), rows.length, 'the card lists each of its partnerships');
    await waitForMapIdle(page);
    assert.equal(Number(await page.getAttribute('[data-testid="map"]', 'data-selected-arcs')), rows.length);
    assert.equal(await resultCount(page), features.length, 'selecting is not filtering');
    await saveScreenshot(page, 'atlas-selection');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('ct='));
    assert.equal(await card.count(), 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('keeps where the map looks in the address, and copies the address', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?at=2.350,46.500,5.0&theme=sante`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await waitForMapIdle(page);
    await page.click('.maplibregl-ctrl-zoom-in');
    await page.waitForURL(/at=2\.350,46\.500,6\.0/);
    assert.match(page.url(), /theme=sante/);
    await page.click('[data-testid="copy-link"]');
    await page.waitForSelector('[data-testid="copy-link"]:has-text("Lien copié")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await page.goBack();
    assert.doesNotMatch(page.url(), /6\.0/, 'moving the map made no new history entry: back leaves the page');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
