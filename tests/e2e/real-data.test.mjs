import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const jumelages = JSON.parse(await readFile(new URL('data/jumelages.geojson', DIST), 'utf8')).features.map((feature) => feature.properties);

const app = servedApp();

const resultCount = async (page) => Number(await page.getAttribute('[data-testid="result-count"]', 'data-count'));

describe('the real jumelages, named by the address', () => {
  it('opens ?data=jumelages&country=BF with the count of the file, attributed, and no fictitious notice', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=jumelages&country=BF`);
    await waitForMapIdle(page);
    const expected = jumelages.filter((j) => j.partnerCountry === 'BF').length;
    assert.ok(expected > 20, 'the file has the twinnings with Burkina Faso');
    assert.equal(await resultCount(page), expected);
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);
    assert.match(await page.textContent('[data-testid="real-data-banner"]'), /Wikipedia contributors.*CC BY-SA 4\.0/);
    assert.match(await page.textContent('[data-testid="attribution"]'), /Wikipedia contributors.*CC BY-SA 4\.0.*GeoNames/);
    assert.match(page.url(), /data=jumelages/);
    assert.ok(await page.locator('[data-testid="facet-gap-theme"]').isVisible(), 'no theme filter of zeros');
    await saveScreenshot(page, 'jumelages-bf');

    // Views that need what the twinnings lack say so instead of drawing zeros.
    await page.click('.tab[data-view="statistiques"]');
    await page.waitForSelector('[data-testid="view-statistiques"] [data-testid="dataset-gap"]');
    assert.equal(await page.locator('[data-testid="view-statistiques"] [data-testid="dataset-gap"]').count(), 3);
    assert.match(page.url(), /data=jumelages.*view=statistiques/);
    await page.click('.tab[data-view="typologie"]');
    await page.waitForSelector('[data-testid="view-typologie"] [data-testid="dataset-gap"]');
    assert.equal(await page.locator('.typology-model').count(), 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('opens the real dataset on a first visit, and the chooser switches to the demo, which says it is fictitious', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    await waitForMapIdle(page);
    assert.equal(await resultCount(page), jumelages.length);
    assert.match(page.url(), /data=jumelages/);
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);

    await page.click('[data-testid="dataset-chooser"] summary');
    const choices = page.locator('[data-testid="dataset-chooser"] li');
    assert.match(await choices.nth(0).textContent(), /Jumelages des communes françaises \(Wikipédia, données réelles\)/);
    assert.match(await choices.nth(1).textContent(), /Démonstration ACTER \(fictive : thèmes, budgets, typologie\)/);
    await page.click('[data-testid="dataset-chooser"] li[data-dataset="demo"] button');
    await page.waitForSelector('[data-testid="fictitious-banner"]');
    await waitForMapIdle(page);
    assert.match(page.url(), /data=demo/);
    await page.goBack();
    await page.waitForSelector('[data-testid="real-data-banner"]');
    assert.match(page.url(), /data=jumelages/);
    await context.close();
  });
});
