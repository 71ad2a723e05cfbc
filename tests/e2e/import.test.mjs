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
