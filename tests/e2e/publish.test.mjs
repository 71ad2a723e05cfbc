import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { collectivityKey, DIST, launchChromium, openPage, saveScreenshot, waitForMapIdle } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const INVENTORY = 'public/templates/exemple-cooperations.csv';
const TITLE = 'Réseau régional de test';

function publish(...args) {
  return spawnSync('node_modules/.bin/tsx', ['src/cli/publish.ts', ...args], { encoding: 'utf8' });
}

const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));

/** The cooperations of a published site's own dataset, expanded from its compact form. */
async function publishedCooperations(folder) {
  const site = await readJson(join(folder, 'site.json'));
  const compact = await readJson(join(folder, site.datasets.find((d) => d.id === site.default).url));
  return compact.collectivity.map((ct, i) => ({
    ...Object.fromEntries(compact.collectivityFields.map((field, f) => [field, compact.collectivities[ct][f]])),
    ...Object.fromEntries(compact.placeFields.map((field, f) => [field, compact.places[compact.place[i]][f]])),
  }));
}

/**
 * Opens a published site's bare address in a browser that once showed the demo of another
 * coopatlas, and checks it shows its own data only, then a citizen page and its embed.
 */
async function checkPublishedSite(browser, folder, { imported, title, source, shots }) {
  const server = await serveStatic(folder);
  try {
    const remembersDemo = () => localStorage.setItem('coopatlas.activeDataset', 'demo');
    const { page, consoleErrors, requests } = await openPage(browser, `${server.origin}/`, { asGiven: true, beforeLoad: remembersDemo });
    await page.waitForSelector('[data-testid="result-count"]', { timeout: 60_000 });
    assert.equal(await page.getAttribute('[data-testid="result-count"]', 'data-count'), String(imported));
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);
    assert.equal(await page.locator('[data-testid="import-open"]').count(), 0, 'a published atlas imports nothing');
    assert.equal(await page.title(), title);
    assert.equal(await page.locator('h1').first().textContent(), title);
    const footer = await page.locator('[data-testid="publication"]').textContent();
    assert.match(footer, new RegExp(`« ${source} » : ${imported} coopérations importées`));
    await waitForMapIdle(page);
    await saveScreenshot(page, shots);

    const cooperations = await publishedCooperations(folder);
    const busiest = cooperations.find((c) => cooperations.filter((o) => collectivityKey(o) === collectivityKey(c)).length > 1) ?? cooperations[0];
    const partners = cooperations.filter((c) => collectivityKey(c) === collectivityKey(busiest)).map((c) => c.partnerName);
    await page.goto(`${server.origin}/?ct=${encodeURIComponent(collectivityKey(busiest))}&page=collectivite`);
    await page.waitForSelector('.citizen h1');
    assert.equal(await page.locator('.citizen h1').textContent(), busiest.ctName);
    assert.match(await page.locator('[data-testid="publication"]').textContent(), new RegExp(source));
    assert.ok((await page.locator('.citizen-brand').textContent()).startsWith(`${title} · `), 'the citizen page is headed by the atlas’s title');
    const text = await page.locator('.citizen-main').textContent();
    for (const partner of partners) assert.ok(text.includes(partner), `the citizen page names ${partner}`);
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);
    assert.equal(await page.locator('[data-testid="share-imported"]').count(), 0, 'its links show its data anywhere');

    await page.goto(`${server.origin}/?ct=${encodeURIComponent(collectivityKey(busiest))}&page=collectivite&embed=1`);
    await page.waitForSelector('.citizen-embedded h1');
    assert.equal(await page.locator('.citizen-embedded h1').textContent(), busiest.ctName);
    await waitForMapIdle(page);
    await saveScreenshot(page, `${shots}-embed`);

    await page.goto(`${server.origin}/?embed=1`);
    await page.waitForSelector('.atlas-embed [data-testid="result-count"]');
    assert.equal(await page.getAttribute('[data-testid="result-count"]', 'data-count'), String(imported), 'the atlas embed shows the site’s own data');
    assert.equal(await page.locator('[data-testid="fictitious-banner"]').count(), 0);
    assert.equal(await page.locator('[data-testid="atlas-link"]').count(), 1);
    await waitForMapIdle(page);
    assert.ok(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs')) > 0, 'the atlas embed draws the arcs');
    await saveScreenshot(page, `${shots}-atlas-embed`);

    assert.deepEqual(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  } finally {
    await server.close();
  }
}

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

describe('npm run publish', () => {
  it('writes a site that shows the inventory, as many cooperations as its import, with its citizen pages and embeds', async () => {
    const out = await mkdtemp(join(tmpdir(), 'coopatlas-publish-'));
    const result = publish(INVENTORY, '--out', out, '--title', TITLE);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /15 lignes, 14 importées, 1 rejetées/);
    const report = await readJson(join(out, 'import-report.json'));
    assert.equal(report.imported, 14);
    const files = await readdir(out, { recursive: true });
    assert.ok(!files.some((path) => path.startsWith('templates') || /cooperations\.|jumelages\./.test(path)), 'no built-in data, no import templates');
    assert.ok(files.length < 60, `${files.length} files: only the places of the data's countries`);
    await checkPublishedSite(browser, out, { imported: report.imported, title: TITLE, source: 'exemple-cooperations.csv', shots: 'publish-cli' });
  });

  it('publishes nothing from an inventory nothing imports from (exit 1, the report only), and refuses a folder that is not empty unless --force', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coopatlas-publish-'));
    const nothing = join(dir, 'rien.csv');
    await writeFile(nothing, 'Ville;Pays\nAtlantis;Sénégal\n');
    const out = join(dir, 'site');
    const failed = publish(nothing, '--out', out, '--map', 'Ville=collectivite_nom');
    assert.equal(failed.status, 1);
    assert.match(failed.stdout, /1 lignes, 0 importées, 1 rejetées/);
    assert.deepEqual((await readdir(out)).sort(), ['import-report.json', 'rejected.csv']);

    await writeFile(join(dir, 'notes.txt'), 'à garder');
    const refused = publish(INVENTORY, '--out', dir);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /n’est pas vide.*--force/);
    assert.deepEqual((await readdir(dir)).sort(), ['notes.txt', 'rien.csv', 'site']);

    const forced = publish(INVENTORY, '--out', dir, '--force', '--with-demo');
    assert.equal(forced.status, 0, forced.stderr);
    const site = await readJson(join(dir, 'site.json'));
    assert.deepEqual(site.datasets.map((d) => d.id), ['exemple-cooperations', 'demo']);
    assert.equal(await readFile(join(dir, 'notes.txt'), 'utf8'), 'à garder');
  });
});

describe('Publier cet atlas, in the browser', () => {
  it('downloads after an import a zip of the same site, made of the files the page was served with, which shows as many cooperations', async () => {
    const server = await serveStatic(DIST.pathname);
    const out = await mkdtemp(join(tmpdir(), 'coopatlas-zip-'));
    const zipFile = join(out, 'site.zip');
    let download;
    let imported;
    try {
      const { page, requests } = await openPage(browser, `${server.origin}/`);
      await page.click('[data-testid="import-open"]');
      await page.setInputFiles('[data-testid="import-file"]', INVENTORY);
      await page.waitForSelector('[data-testid="import-report"]', { timeout: 60_000 });
      imported = Number(await page.getAttribute('[data-testid="import-report"]', 'data-imported'));
      await page.click('[data-testid="import-show"]');
      await page.waitForSelector('[data-testid="dataset-banner"]');
      // The warning of Copier le lien offers it too.
      await page.click('[data-testid="copy-link"]');
      assert.equal(await page.locator('[data-testid="share-imported"] [data-testid="publish-open"]').count(), 1);
      await page.click('header [data-testid="publish-open"]');
      await page.fill('[data-testid="publish-title"]', 'Atlas du navigateur');
      assert.match(await page.textContent('[data-testid="publish-dialog"]'), /clé USB.*serveur local/);
      await saveScreenshot(page, 'publish-dialog');
      const downloaded = page.waitForEvent('download');
      await page.click('[data-testid="publish-download"]');
      download = await downloaded;
      await page.waitForSelector('[data-testid="publish-status"]:has-text("Site téléchargé")');
      await download.saveAs(zipFile);
      assert.deepEqual(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
      await page.close();
    } finally {
      await server.close();
    }
    assert.equal(download.suggestedFilename(), 'atlas-du-navigateur.zip');
    for (const [path, bytes] of Object.entries(unzipSync(await readFile(zipFile)))) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), bytes);
    }
    assert.deepEqual((await readdir(out)).sort(), ['atlas-du-navigateur', 'site.zip']);
    const folder = join(out, 'atlas-du-navigateur');
    assert.ok(!(await readdir(folder, { recursive: true })).some((path) => path.startsWith('templates') || /jumelages\.|cooperations\./.test(path)));
    await checkPublishedSite(browser, folder, { imported, title: 'Atlas du navigateur', source: 'exemple-cooperations.csv', shots: 'publish-zip' });
  });
});
