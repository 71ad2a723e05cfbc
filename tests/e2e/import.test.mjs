import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import writeXlsxFile from 'write-excel-file/node';
import { openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const EXAMPLE = new URL('../../public/templates/exemple-cooperations.csv', import.meta.url);

/** The command-line importer's report for a file: the browser must say the same. */
async function cliReport(file) {
  const out = await mkdtemp(join(tmpdir(), 'coopatlas-import-'));
  await promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', file, '--out', out], { cwd: new URL('../../', import.meta.url).pathname });
  return JSON.parse(await readFile(join(out, 'import-report.json'), 'utf8'));
}

const app = servedApp();

async function importIn(page, file) {
  await page.click('[data-testid="import-open"]');
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
  return Number(await page.getAttribute('[data-testid="import-report"]', 'data-imported'));
}

describe('importing an inventory in the browser', () => {
  it('reads the file in a worker, reports like the CLI, keeps it across a reload, and removes it on request', async () => {
    const expected = await cliReport(EXAMPLE.pathname);
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);

    assert.equal(await importIn(page, EXAMPLE.pathname), expected.imported);
    const shownIssues = await page.locator('[data-testid="import-issues"] tbody tr').count();
    assert.equal(shownIssues, expected.issues.length, 'every issue of the report is listed');
    assert.match(await page.textContent('[data-testid="import-issues"]'), /Saint-Denis/);
    await saveScreenshot(page, 'import-report');

    await page.click('[data-testid="import-show"]');
    await page.waitForSelector('[data-testid="dataset-banner"]');
    await waitForMapIdle(page);
    assert.equal(Number(await page.getAttribute('[data-testid="result-count"]', 'data-count')), expected.imported);
    // Its link would show other data in another browser: Copier le lien says so and offers the export.
    await page.click('[data-testid="copy-link"]');
    assert.match(await page.textContent('[data-testid="share-imported"]'), /n’existe que dans ce navigateur/);
    const download = page.waitForEvent('download');
    await page.click('[data-testid="share-export"]');
    assert.match((await download).suggestedFilename(), /\.geojson$/);
    // Its embed likewise: it shows these data only once the atlas is published.
    await page.click('[data-testid="embed-open"]');
    assert.match(await page.textContent('[data-testid="embed-imported"]'), /qu’une fois l’atlas publié/);

    await page.reload();
    await waitForMapIdle(page);
    assert.equal(Number(await page.getAttribute('[data-testid="result-count"]', 'data-count')), expected.imported, 'still there after a reload');
    await saveScreenshot(page, 'import-shown');

    page.on('dialog', (dialog) => dialog.accept());
    await page.click('[data-testid="import-open"]');
    await page.locator('[data-testid="dataset-list"] li[data-dataset] button.danger').click();
    await page.waitForSelector('[data-testid="real-data-banner"]');
    assert.equal(await page.locator('[data-testid="dataset-list"] li[data-dataset]').count(), 0);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('lets the user match an unknown column and import again', async () => {
    const csv = 'Collectivité française;Pays;Ville partenaire\nRennes;Sénégal;Saint-Louis\nLyon;Burkina Faso;Ouagadougou\n';
    const { page } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    const file = { name: 'inventaire.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
    assert.equal(await importIn(page, file), 0);
    const form = page.locator('[data-testid="column-mapping"]');
    await form.locator('select').first().selectOption('collectivite_nom');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-report"]')?.getAttribute('data-imported') === '2');
    await page.close();
  });

  it('suggests the commune meant, mends the row in the report, and keeps the report and the fix after a reload and on re-import', async () => {
    const csv = 'collectivite_nom;pays_partenaire;territoire_partenaire\nRennes;Sénégal;Dakar\nSaint-Malot;Sénégal;Saint-Louis\nLyon;Maroc;Rabat\n';
    const file = { name: 'malot.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    assert.equal(await importIn(page, file), 2);
    const rejected = page.locator('[data-testid="import-issues"] tr.error', { hasText: 'Saint-Malot' });
    assert.match(await rejected.textContent(), /Voulez-vous dire Saint-Malo \(commune, 35\) \?/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="import-export-report"]')]);
    assert.equal(download.suggestedFilename(), 'malot-rejets.csv');
    const exported = await readFile(await download.path(), 'utf8');
    assert.match(exported, /^\uFEFFcollectivite_nom;pays_partenaire;territoire_partenaire;motif_rejet\r\nSaint-Malot;Sénégal;Saint-Louis;collectivite_nom : Collectivité « Saint-Malot » introuvable/);
    await rejected.locator('[data-testid="mend-open"]').click();
    await page.locator('[data-testid="row-mend"]').waitFor();
    await saveScreenshot(page, 'import-mend');
    await page.locator('[data-testid="mend-option"]', { hasText: 'Saint-Malo (commune, 35)' }).click();
    await page.waitForSelector('[data-testid="import-report"][data-imported="3"]');
    assert.match(await page.textContent('.import-report > p[role="status"]'), /3 lignes lues : 3 importées, 0 rejetées/);
    assert.equal(await page.locator('[data-testid="import-issues"] tr.error').count(), 0);
    await saveScreenshot(page, 'import-mended');

    await page.click('[data-testid="import-show"]');
    await page.waitForSelector('[data-testid="dataset-banner"]');
    await waitForMapIdle(page);
    assert.equal(Number(await page.getAttribute('[data-testid="result-count"]', 'data-count')), 3);
    await page.reload();
    await waitForMapIdle(page);
    assert.equal(Number(await page.getAttribute('[data-testid="result-count"]', 'data-count')), 3, 'the mended row is kept');
    await page.click('[data-testid="import-open"]');
    await page.waitForSelector('[data-testid="import-report"][data-imported="3"]');
    assert.match(await page.textContent('[data-testid="import-issues"]'), /Ligne corrigée dans le rapport d’import : collectivite_code « 35288 », collectivite_nom « Saint-Malo »/);

    await page.setInputFiles('[data-testid="import-file"]', file);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="dataset-list"] li[data-dataset]').length === 2);
    assert.equal(await page.getAttribute('[data-testid="import-report"]', 'data-imported'), '3', 'the same file imports with its fix');
    // The first import's report, from the list of datasets.
    await page.locator('[data-testid="dataset-list"] li[data-dataset]').last().locator('[data-testid="dataset-report"]').click();
    await page.waitForSelector('[data-testid="import-report"] h3:has-text("malot.csv")');
    assert.equal(await page.getAttribute('[data-testid="import-report"]', 'data-imported'), '3');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('mends a file of which nothing imported: the dataset is kept at the first fix', async () => {
    const csv = 'collectivite_nom;pays_partenaire\nRennes;Dahomey\n';
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    assert.equal(await importIn(page, { name: 'dahomey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }), 0);
    assert.equal(await page.locator('[data-testid="dataset-list"] li[data-dataset]').count(), 0);
    await page.click('[data-testid="mend-open"]');
    await page.locator('[data-testid="mend-option"]', { hasText: 'Bénin' }).click();
    await page.waitForSelector('[data-testid="import-report"][data-imported="1"]');
    await page.waitForSelector('[data-testid="dataset-list"] li[data-dataset]');
    assert.match(await page.textContent('[data-testid="dataset-list"]'), /dahomey\.csv.*1 coopérations sur 1 lignes/);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('places an approximately placed partner on a point picked on a small offline map', async () => {
    const csv = 'collectivite_nom;pays_partenaire;territoire_partenaire\nRennes;Sénégal;Ziguinchorrr\n';
    const { page, consoleErrors, requests } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    assert.equal(await importIn(page, { name: 'zig.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') }), 1);
    const approximate = page.locator('[data-testid="import-issues"] tr.warning', { hasText: 'Ziguinchorrr' });
    assert.match(await approximate.textContent(), /Voulez-vous dire Ziguinchor \?/);
    await approximate.locator('[data-testid="mend-open"]').click();
    await page.click('text=Choisir le point sur la carte');
    await page.waitForSelector('[data-testid="mend-map"][data-ready="true"]');
    const map = page.locator('[data-testid="mend-map"] canvas');
    await map.click();
    await saveScreenshot(page, 'import-mend-map');
    await page.click('text=Utiliser ce point');
    await page.waitForSelector('[data-testid="mend-status"]:has-text("Ligne 2 relue")');
    assert.match(await page.textContent('[data-testid="import-issues"]'), /Ligne corrigée .*latitude_partenaire « -?\d/);
    assert.equal(await page.locator('[data-testid="import-issues"] tr.warning', { hasText: 'Ziguinchorrr' }).count(), 0);
    assert.deepEqual(requests.filter((url) => !url.startsWith(app.origin) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('asks which sheet to read in a workbook of several sheets', async () => {
    const cell = (value) => ({ value });
    const sheet = (name, rows) => ({ sheet: name, data: rows.map((row) => row.map(cell)) });
    const workbook = await writeXlsxFile([
      sheet('Notes', [['Lisez-moi'], ['Ce classeur a deux feuilles.']]),
      sheet('Inventaire 2024', [
        ['collectivite_code', 'pays_partenaire', 'territoire_partenaire'],
        ['35238', 'Sénégal', 'Saint-Louis'],
        ['69123', 'Burkina Faso', 'Ouagadougou'],
        ['33063', 'Maroc', 'Casablanca'],
      ]),
    ]).toBuffer();
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/`);
    await waitForMapIdle(page);
    await page.click('[data-testid="import-open"]');
    await page.setInputFiles('[data-testid="import-file"]', {
      name: 'classeur.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(workbook),
    });
    const choice = page.locator('[data-testid="import-panel"] form select');
    await choice.waitFor();
    assert.deepEqual(await choice.locator('option').allTextContents(), ['Notes', 'Inventaire 2024']);
    await choice.selectOption('Inventaire 2024');
    await page.click('[data-testid="import-panel"] form button[type="submit"]');
    await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
    assert.equal(await page.getAttribute('[data-testid="import-report"]', 'data-imported'), '3');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});
