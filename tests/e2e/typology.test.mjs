import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtCooperations, collectivityKey, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const MODELS = ['humanis', 'cosmin', 'cimob', 'climapart', 'astre'];
/** The demo dataset loads and is indexed before any view shows: slow on a busy machine. */
const LOAD_TIMEOUT = 90_000;
const features = await builtCooperations();
/** The declared model of each collectivity (by code) of the demo data: its first declared row's. */
const declared = new Map();
for (const c of features) if (c.typologySource === 'manual' && !declared.has(collectivityKey(c))) declared.set(collectivityKey(c), c.typology);

const app = servedApp();

describe('the ACTER typology, in Chromium', () => {
  it('explains the five models with the collectivities of the data in each, and filters the map by one', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?view=typologie`);
    await page.waitForSelector('.typology-model', { timeout: LOAD_TIMEOUT });
    assert.equal(await page.locator('.typology-model').count(), 5);
    let computedTotal = Number(await page.getAttribute('.typology-unclassified', 'data-count'));
    for (const model of MODELS) {
      const card = page.locator(`.typology-model[data-model="${model}"]`);
      assert.match(await card.locator('h3').textContent(), new RegExp(model, 'i'));
      assert.ok((await card.locator('.typology-description').textContent()).length > 20, `${model} is described`);
      assert.ok((await card.locator('.typology-criteria dd').count()) >= 8, `${model} lists its criteria`);
      const [declaredCount, computedCount] = await card.locator('.typology-counts dd').evaluateAll((dds) => dds.map((dd) => Number(dd.dataset.count)));
      assert.equal(declaredCount, [...declared.values()].filter((id) => id === model).length);
      assert.ok(computedCount > 0, `some collectivities are computed ${model}`);
      computedTotal += computedCount;
    }
    assert.equal(computedTotal, new Set(features.map(collectivityKey)).size, 'every collectivity is counted once');
    await saveScreenshot(page, 'typology-view');

    await page.locator('.typology-model[data-model="cimob"] .typology-show').click();
    await page.waitForURL(/typology=cimob/);
    assert.doesNotMatch(page.url(), /view=/, 'back on the map');
    const facet = page.locator('[data-facet="typology"]');
    assert.ok(await facet.locator('input[value="cimob"]').isChecked());
    assert.match(await facet.locator('.facet-description').first().textContent(), /humanitaire/i);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'typology-map-cimob');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('shows a collectivity’s model on its card, declared or computed, with the reasons', async () => {
    const [code, model] = [...declared.entries()].find(([, id]) => id === 'climapart');
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?ct=${code}`);
    const typology = page.locator('[data-testid="selection-card"] .card-typology');
    await typology.waitFor({ timeout: LOAD_TIMEOUT });
    assert.equal(await typology.getAttribute('data-model'), model);
    assert.equal(await typology.getAttribute('data-source'), 'manual');
    assert.match(await typology.textContent(), /CLIMAPART \(déclaré\)/);
    assert.match(await typology.locator('.card-typology-computed').textContent(), /Modèle calculé : \w+/);
    assert.ok((await typology.locator('.card-typology-reasons li').count()) >= 1, 'the reasons are listed');
    await waitForMapIdle(page);
    await saveScreenshot(page, 'typology-card');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('lets a network choose a collectivity’s model in the app, kept after a reload and given back on request', async () => {
    const [code] = [...declared.entries()].find(([, id]) => id === 'humanis');
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?ct=${code}`);
    const typology = page.locator('[data-testid="selection-card"] .card-typology');
    await typology.waitFor({ timeout: LOAD_TIMEOUT });
    // The map's canvas, remembered: a choice updates the data, it does not mount a new map.
    await page.evaluate(() => (window.mapCanvasBefore = document.querySelector('[data-testid="map"] canvas')));
    await page.selectOption('[data-testid="declare-typology"]', 'astre');
    await page.waitForSelector('[data-testid="selection-card"] .card-typology[data-model="astre"][data-source="manual"]', { timeout: LOAD_TIMEOUT });
    assert.ok(await page.evaluate(() => window.mapCanvasBefore !== null && document.querySelector('[data-testid="map"] canvas') === window.mapCanvasBefore), 'the same map is shown');
    await page.reload();
    await page.waitForSelector('[data-testid="selection-card"] .card-typology[data-model="astre"]', { timeout: LOAD_TIMEOUT });
    await page.selectOption('[data-testid="declare-typology"]', '');
    await page.waitForSelector('[data-testid="selection-card"] .card-typology[data-model="humanis"]', { timeout: LOAD_TIMEOUT });
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
