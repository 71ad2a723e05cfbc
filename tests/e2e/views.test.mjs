import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { builtCooperations, collectivityKey, DIST, openPage, saveScreenshot, servedApp } from './browser.mjs';

const features = await builtCooperations();
const continentOf = new Map(JSON.parse(await readFile(new URL('geo/countries.json', DIST), 'utf8')).map((c) => [c.iso2, c.continent]));

const app = servedApp();

const dataCount = async (page, testId) => Number(await page.getAttribute(`[data-testid="${testId}"]`, 'data-count'));

/** Records of a CSV text (quoted cells may hold line breaks), header included. */
function csvRecords(text) {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    if (char === '\n' && !quoted) {
      if (!empty) records++;
      empty = true;
    } else if (char !== '\r') empty = false;
  }
  return records + (empty ? 0 : 1);
}

/** The table's order: by start year, empty years last, ties in the data's order. */
function byStartYearDescending(a, b) {
  if (a.startYear === null || b.startYear === null) return Number(a.startYear === null) - Number(b.startYear === null);
  return b.startYear - a.startYear;
}

describe('the statistics and table views, in Chromium', () => {
  it('counts the filtered cooperations, compares with the study, and follows the filters', async () => {
    const water = features.filter((c) => c.themes.includes('eau-assainissement'));
    const decentralised = water.filter((c) => c.nature === 'cooperation-decentralisee');
    const africaShare = decentralised.filter((c) => continentOf.get(c.partnerCountry) === 'afrique').length / decentralised.length;
    assert.ok(decentralised.length > 0, 'the demo data has decentralised water cooperations');

    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?view=statistiques&theme=eau-assainissement`);
    await page.waitForSelector('[data-testid="stats-total"]');
    assert.equal(await dataCount(page, 'stats-total'), water.length);

    const africa = page.locator('[data-testid="stats-africa-share"]');
    assert.equal(Number(await africa.getAttribute('data-ours')), africaShare);
    assert.equal(Number(await africa.getAttribute('data-study')), 0.734);
    const shown = (await africa.locator('.stats-study-ours').textContent()).replace(/\s/g, ' ');
    assert.equal(shown, `${(Math.round(africaShare * 1000) / 10).toLocaleString('fr-FR')} %`);
    assert.equal(await page.locator('.stats-chart').count(), 9);
    await saveScreenshot(page, 'views-stats-water');

    await page.locator('.stats-chart details').first().locator('summary').click();
    const firstTable = page.locator('.stats-chart table').first();
    assert.ok(await firstTable.isVisible());
    assert.equal(await firstTable.locator('th[scope="row"]').count(), 11, 'ten countries and the others');

    const humanis = water.filter((c) => c.typology === 'humanis').length;
    await page.click('[data-facet="typology"] summary');
    await page.locator('[data-facet="typology"] input[value="humanis"]').check();
    await page.waitForFunction((count) => document.querySelector('[data-testid="stats-total"]')?.getAttribute('data-count') === String(count), humanis);
    await page.locator('.view').evaluate((view) => view.scrollTo(0, view.scrollHeight / 3));
    await saveScreenshot(page, 'views-stats-water-humanis');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('lists the filtered cooperations, sorts, scrolls to the last row, exports and leads to the map', async () => {
    const senegal = features.filter((c) => c.partnerCountry === 'SN');
    const years = senegal.flatMap((c) => (c.startYear === null ? [] : [c.startYear]));
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?view=tableau&country=SN`);
    await page.waitForSelector('[data-testid="table-rows"]');
    assert.equal(await dataCount(page, 'table-rows'), senegal.length);
    const rendered = await page.locator('tbody tr[data-id]').count();
    assert.ok(rendered > 10 && rendered < 100, `only the rows in view are rendered (${rendered})`);
    await saveScreenshot(page, 'views-table-senegal');

    const start = page.locator('th[data-column="debut"]');
    const firstStart = () => page.locator('tbody tr[data-id]').first().locator('td').nth(7).textContent();
    await start.locator('button').click();
    assert.equal(await start.getAttribute('aria-sort'), 'ascending');
    assert.equal(await firstStart(), String(Math.min(...years)));
    await start.locator('button').click();
    assert.equal(await start.getAttribute('aria-sort'), 'descending');
    assert.equal(await firstStart(), String(Math.max(...years)));

    const last = [...senegal].sort(byStartYearDescending).at(-1);
    await page.locator('.table-scroller').evaluate((scroller) => (scroller.scrollTop = scroller.scrollHeight));
    const lastRow = page.locator(`tbody tr[aria-rowindex="${senegal.length + 1}"]`);
    await lastRow.waitFor();
    assert.equal(await lastRow.getAttribute('data-id'), last.id);
    assert.ok(await lastRow.isVisible(), 'the last row is in view');
    await saveScreenshot(page, 'views-table-bottom');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'coopatlas-cooperations.csv');
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(csvRecords(csv) - 1, senegal.length, 'one line per filtered cooperation, after the header');

    await lastRow.click();
    await page.waitForURL(new RegExp(`ct=${collectivityKey(last)}`));
    assert.ok(!page.url().includes('view=tableau'), 'back to the map');
    assert.equal(await page.locator('[data-testid="view-tableau"]').count(), 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
