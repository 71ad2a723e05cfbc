import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { foldName } from '../../geodata/src/text.mjs';
import { builtCooperations, collectivityKey, openPage, OUTPUT, saveScreenshot, servedApp } from './browser.mjs';

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

/** Great-circle distance in km, as src/model/geo-grid.ts measures it. */
function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Places where a collectivity of the anchor works and, at that place or within `km`, a collectivity
 * from outside it: a plain all-pairs count over the data file.
 */
function anchoredPlaces(records, inAnchor, km = 0) {
  const places = new Map();
  for (const c of records) {
    if (c.partnerPrecision === 'pays') continue;
    const key = `${c.partnerCountry}/${foldName(c.partnerName)}`;
    if (!places.has(key)) places.set(key, { key, position: [c.partnerLon, c.partnerLat], anchor: new Set(), others: new Set() });
    (inAnchor(c) ? places.get(key).anchor : places.get(key).others).add(collectivityKey(c));
  }
  const withOthers = [...places.values()].filter((place) => place.others.size > 0);
  return [...places.values()].filter(
    (place) => place.anchor.size > 0 && withOthers.some((other) => other === place || (km > 0 && haversineKm(place.position, other.position) <= km)),
  );
}

describe('the partner overlaps anchored on a région, in Chromium', () => {
  const breton = (c) => c.ctRegion === '53';

  it('lists the places where Breton collectivities and others both work, each collectivity once', async () => {
    const expected = anchoredPlaces(cooperations, breton);
    assert.ok(expected.length > 0, 'the demo data has Breton places shared with others');
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&view=chevauchements&anchor=region-53`);
    await page.waitForSelector('[data-testid="anchored-list"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected.length);
    assert.equal(await page.locator('[data-testid="anchor-select"]').inputValue(), 'region-53');

    const first = page.locator('[data-testid="anchored-place"]').first();
    const key = await first.getAttribute('data-key');
    const truth = expected.find((place) => place.key.normalize() === key.replace(/-/g, ' ').normalize() || place.key === key);
    assert.ok(truth, `the first place listed (${key}) is one the data gives`);
    assert.equal(Number(await first.getAttribute('data-anchor-members')), truth.anchor.size, 'distinct Breton collectivities');
    assert.equal(Number(await first.getAttribute('data-others')), truth.others.size, 'distinct other collectivities');
    const codes = await first.locator('[data-testid="anchored-member"]').evaluateAll((items) => items.map((item) => item.dataset.code));
    assert.equal(new Set(codes).size, codes.length, 'no collectivity listed twice at a place');
    assert.deepEqual(codes.slice(0, truth.anchor.size).sort(), [...truth.anchor].sort(), 'the anchor’s own collectivities come first');
    await saveScreenshot(page, 'overlaps-anchored');

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.documentElement.classList.add('printing-pooling-note'));
    assert.ok(await page.locator('[data-testid="pooling-note"]').isVisible(), 'the note shows when printed');
    assert.equal(await page.locator('[data-testid="anchored-list"]').isVisible(), false, 'the list steps aside');
    await page.screenshot({ path: `${OUTPUT}/overlaps-note-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, 1, 'the note fits one A4 page');
    await page.evaluate(() => document.documentElement.classList.remove('printing-pooling-note'));
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('widens the list with within=, and says how far the others are', async () => {
    const samePlace = anchoredPlaces(cooperations, breton).length;
    const expected = anchoredPlaces(cooperations, breton, 50).length;
    assert.ok(expected > samePlace, `50 km finds more places (${expected}) than the same place (${samePlace})`);
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&view=chevauchements&anchor=region-53&within=50`);
    await page.waitForSelector('[data-testid="anchored-list"]', { timeout: 60_000 });
    assert.equal(await overlapCount(page), expected);
    const distances = await page.locator('.overlaps-distance').evaluateAll((items) => items.map((item) => Number(item.dataset.km)));
    assert.ok(distances.some((km) => km > 0) && distances.every((km) => km <= 50), 'others within 50 km, some not on site');
    await saveScreenshot(page, 'overlaps-anchored-50km');

    await page.click('[data-testid="reach"] button:has-text("Même lieu")');
    await page.waitForURL((url) => !url.searchParams.has('within'));
    assert.equal(await overlapCount(page), samePlace);

    // The admin-1 reach reads the partner countries' gazetteers first, then lists at least the same places.
    await page.click('[data-testid="reach"] button:has-text("Même région du pays")');
    await page.waitForURL((url) => url.searchParams.get('within') === 'admin1');
    await page.waitForSelector('[data-testid="anchored-list"]', { timeout: 60_000 });
    const byUnit = await overlapCount(page);
    assert.ok(byUnit > samePlace, `the same admin-1 unit (${byUnit}) reaches beyond the same place (${samePlace})`);
    assert.ok((await page.locator('.overlaps-distance').evaluateAll((items) => items.filter((item) => Number(item.dataset.km) > 0).length)) > 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('a partner place’s card, in Chromium', () => {
  it('counts and lists each French collectivity once, with its number of cooperations there', async () => {
    const places = new Map();
    for (const c of cooperations) {
      if (c.partnerPrecision === 'pays') continue;
      const key = `${c.partnerCountry}/${foldName(c.partnerName).replace(/ /g, '-')}`;
      if (!places.has(key)) places.set(key, new Map());
      const byCollectivity = places.get(key);
      byCollectivity.set(collectivityKey(c), (byCollectivity.get(collectivityKey(c)) ?? 0) + 1);
    }
    // The busiest place where some collectivity has several cooperations: rows and collectivities then differ.
    const [key, byCollectivity] = [...places]
      .filter(([, counts]) => [...counts.values()].some((n) => n > 1))
      .sort((a, b) => b[1].size - a[1].size)[0];
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&place=${encodeURIComponent(key)}`);
    const card = page.locator('[data-testid="selection-card"]');
    await card.waitFor({ timeout: 60_000 });
    assert.equal(await card.locator('[data-testid="place-card-collectivity"]').count(), byCollectivity.size);
    assert.match(await card.locator('h3').first().textContent(), new RegExp(`\\(${byCollectivity.size}\\)`));
    const [code, most] = [...byCollectivity].sort((a, b) => b[1] - a[1])[0];
    assert.ok(most > 1);
    const line = await card.locator('[data-testid="place-card-collectivity"]').filter({ hasText: cooperations.find((c) => collectivityKey(c) === code).ctName }).first().textContent();
    assert.match(line, new RegExp(`${most} coopération`));
    await saveScreenshot(page, 'place-card-distinct');

    await card.locator('[data-testid="place-card-collectivity"] button').first().click();
    await card.locator('[data-testid="card-anchor"]').click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'chevauchements' && url.searchParams.has('anchor'));
    await page.waitForSelector('[data-testid="anchored-list"], .overlaps-empty', { timeout: 60_000 });
    assert.equal(await page.locator('[data-testid="anchor-select"]').inputValue(), 'collectivity', 'the card anchors the view on its collectivity');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('the anchor on the map, in Chromium', () => {
  it('links the anchor’s places to the others within reach, with the distance on each link', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&anchor=region-53&within=50&at=-16.800,14.700,7.0`);
    await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 120_000 });
    const links = Number(await page.getAttribute('[data-testid="map"]', 'data-pooling-links'));
    assert.ok(links > 0, `links drawn (${links})`);
    await saveScreenshot(page, 'overlaps-anchored-map');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
