import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { foldName } from '../../geodata/src/text.mjs';
import { builtCooperations, collectivityKey, openPage, saveScreenshot, servedApp } from './browser.mjs';

const cooperations = await builtCooperations();

/** Places where two or more distinct collectivities work, keyed as placeKey keys them. */
function sharedPlaces(records) {
  const collectivities = new Map();
  for (const c of records) {
    if (c.partnerPrecision === 'pays') continue;
    const key = `${c.partnerCountry}/${foldName(c.partnerName)}`;
    if (!collectivities.has(key)) collectivities.set(key, new Set());
    collectivities.get(key).add(collectivityKey(c));
  }
  return [...collectivities.values()].filter((codes) => codes.size >= 2).length;
}

const app = servedApp();

async function overlapCount(page) {
  const count = await page.getAttribute('[data-testid="overlap-count"]', 'data-count');
  assert.match(count, /^\d+$/);
  return Number(count);
}

describe('the partner overlaps view, in Chromium', () => {
  it('counts the shared places as the data does, and leads to a place on the map', async () => {
    const expected = sharedPlaces(cooperations);
    assert.ok(expected > 0, 'the demo data has shared places');
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?view=chevauchements`);
    await page.waitForSelector('[data-testid="overlap-count"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected);
    assert.ok(await page.locator('.overlaps-entry').first().isVisible());
    assert.ok((await page.locator('.overlaps-suggestion').count()) > 0, 'pooling suggestions are listed');
    await saveScreenshot(page, 'overlaps');
    await page.locator('.overlaps-suggestions').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'overlaps-pooling');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.overlaps-export')]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(download.suggestedFilename(), 'partenaires-communs-lieux.csv');
    assert.match(csv, /^\uFEFFPays;Lieu partenaire;/);
    const collectivityRows = csv.trim().split('\r\n').length - 1;
    assert.ok(collectivityRows >= 2 * expected, `one row per place and collectivity (${collectivityRows} rows)`);

    await page.click('.overlaps-levels button[aria-pressed="false"]');
    await page.waitForSelector('.overlaps-levels button[aria-pressed="true"]:has-text("Pays")');
    await saveScreenshot(page, 'overlaps-countries');
    await page.click('.overlaps-levels button[aria-pressed="false"]');

    await page.locator('.overlaps-entry .overlaps-show').first().click();
    await page.waitForURL((url) => url.searchParams.has('place') && url.searchParams.get('view') !== 'chevauchements');
    assert.equal(await page.locator('[data-testid="view-chevauchements"]').count(), 0, 'the view gives way to the map');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('follows the filters in the address', async () => {
    const expected = sharedPlaces(cooperations.filter((c) => c.ctRegion === '53'));
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?view=chevauchements&region=53`);
    await page.waitForSelector('[data-testid="overlap-count"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
