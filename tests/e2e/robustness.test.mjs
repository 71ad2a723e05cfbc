import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

/** Hostile text in every free field an inventory can carry. */
const ATTACK = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_CSV = [
  'collectivite_code;pays_partenaire;territoire_partenaire;thematiques;description;interet_local;acteurs;Référent',
  `35238;Sénégal;${ATTACK};Santé;${ATTACK};javascript:window.__pwned=2;${ATTACK};${ATTACK}`,
  `35238;Mali;Bamako;Eau;${'très long texte '.repeat(400)};;;`,
].join('\n');

const app = servedApp({ withBrowser: false });

describe('a robust atlas', () => {
  it('shows hostile text from an imported file as text, everywhere, and never runs it', async () => {
    const browser = await launchChromium();
    const { page, consoleErrors } = await openPage(browser, `${app.origin}/`);
    await waitForMapIdle(page);
    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-file"]', { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(HOSTILE_CSV) });
    await page.waitForSelector('[data-testid="import-report"]');
    await page.click('[data-testid="import-show"]');
    await page.waitForSelector('[data-testid="dataset-banner"]');
    await waitForMapIdle(page);

    await page.goto(`${app.origin}/?ct=35238`);
    await waitForMapIdle(page);
    const card = page.locator('[data-testid="selection-card"]');
    assert.match(await card.textContent(), /<img src=x onerror/, 'the card shows the markup as text');
    assert.equal(await card.locator('img').count(), 0);

    await page.goto(`${app.origin}/?view=tableau`);
    await page.waitForSelector('[data-testid="table-rows"]');
    assert.equal(await page.locator('[data-testid="view-tableau"] img').count(), 0);
    await saveScreenshot(page, 'hostile-table');

    await page.goto(`${app.origin}/?ct=35238&page=collectivite`);
    await waitForMapIdle(page);
    assert.match(await page.textContent('main'), /<img src=x onerror/, 'the citizen page shows the markup as text');
    assert.equal(await page.locator('main img').count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-png"]')]);
    assert.match(download.suggestedFilename(), /\.png$/);

    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
    assert.deepEqual(consoleErrors, []);
    await browser.close();
  });

  it('draws its arcs and says so when the basemap cannot be loaded', async () => {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.route('**/basemap/world.topo.json', (route) => route.fulfill({ status: 404, body: 'absent' }));
    await page.goto(`${app.origin}/`);
    await waitForMapIdle(page);
    assert.match(await page.textContent('.notice[role="alert"]'), /fond de carte/i);
    assert.ok(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs')) > 0);
    await browser.close();
  });

  it('offers a reload and the table when the browser takes the WebGL context away', async () => {
    const browser = await launchChromium();
    const { page } = await openPage(browser, `${app.origin}/`);
    await waitForMapIdle(page);
    await page.evaluate(() => document.querySelector('canvas.maplibregl-canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
    await page.waitForSelector('[data-testid="map-failure"]', { timeout: 30_000 });
    assert.match(await page.textContent('[data-testid="map-failure"]'), /contexte graphique/);
    await browser.close();
  });

  it('offers the table when the browser has no WebGL', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    const { page } = await openPage(browser, `${app.origin}/`);
    await page.waitForSelector('[data-testid="map-failure"]', { timeout: 60_000 });
    await saveScreenshot(page, 'no-webgl');
    await page.click('[data-testid="map-failure"] button:has-text("tableau")');
    await page.waitForSelector('[data-testid="table-rows"]');
    assert.ok(Number(await page.getAttribute('[data-testid="table-rows"]', 'data-count')) > 0);
    await browser.close();
  });

  it('refuses, with a message, a dataset stored by an older version, and shows the real jumelages', async () => {
    const browser = await launchChromium();
    const { page } = await openPage(browser, `${app.origin}/`);
    await waitForMapIdle(page);
    // Import a small file through the app, then make its stored record look older than this version.
    await page.click('[data-testid="import-open"]');
    const csv = 'collectivite_code;pays_partenaire;territoire_partenaire\n35238;Sénégal;Saint-Louis\n';
    await page.setInputFiles('[data-testid="import-file"]', { name: 'ancien.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('[data-testid="import-show"]');
    await page.waitForSelector('[data-testid="dataset-banner"]');
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('coopatlas-datasets');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const records = open.result.transaction('datasets', 'readwrite').objectStore('datasets');
            const all = records.getAll();
            all.onerror = () => reject(all.error);
            all.onsuccess = () => {
              for (const record of all.result) records.put({ ...record, schemaVersion: 0 });
              records.transaction.oncomplete = () => {
                open.result.close();
                resolve(undefined);
              };
            };
          };
        }),
    );
    await page.reload();
    await waitForMapIdle(page);
    assert.match(await page.textContent('.notice[role="alert"]'), /ancien\.csv.*format/);
    assert.ok(await page.locator('[data-testid="real-data-banner"]').isVisible());
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);
    await browser.close();
  });
});
