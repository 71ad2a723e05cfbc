import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { builtCooperations, collectivityKey, DIST, openPage, OUTPUT, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const features = await builtCooperations();
const countryNameFr = new Map(JSON.parse(await readFile(new URL('geo/countries.json', DIST), 'utf8')).map((c) => [c.iso2, c.nameFr]));
const currentYear = new Date().getFullYear();
const inProgress = (c) => c.endYear === null || c.endYear >= currentYear;

/** The first demo collectivity with a population, a few partners and at least two budgets in progress. */
function pickCollectivity() {
  const byCode = new Map();
  for (const c of features) byCode.set(collectivityKey(c), [...(byCode.get(collectivityKey(c)) ?? []), c]);
  for (const records of byCode.values()) {
    const budgets = records.filter((c) => inProgress(c) && c.annualBudgetEur !== null);
    if (records[0].ctPopulation > 0 && records.length >= 3 && budgets.length >= 2) {
      const eurPerInhabitant = budgets.reduce((sum, c) => sum + c.annualBudgetEur, 0) / records[0].ctPopulation;
      return { code: collectivityKey(records[0]), name: records[0].ctName, records, eurPerInhabitant };
    }
  }
  throw new Error('no demo collectivity with a population and budgets');
}
const chosen = pickCollectivity();

/** Size bands as src/domain/population-bands.ts draws them. */
const BAND_MINIMA = [0, 2_000, 10_000, 50_000, 100_000, 500_000];
const bandOf = (population) => (population === null ? null : BAND_MINIMA.filter((min) => population >= min).length);

/** The median cost per inhabitant of the other collectivities of the chosen one's kind and band, computed here from the data. */
function peerMedian() {
  const costs = new Map();
  for (const c of features) {
    const key = collectivityKey(c);
    if (key === chosen.code || c.ctKind !== chosen.records[0].ctKind || bandOf(c.ctPopulation) !== bandOf(chosen.records[0].ctPopulation)) continue;
    if (!inProgress(c) || c.annualBudgetEur === null || !(c.ctPopulation > 0)) continue;
    costs.set(key, (costs.get(key) ?? 0) + c.annualBudgetEur / c.ctPopulation);
  }
  const sorted = [...costs.values()].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return { count: sorted.length, median: sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2 };
}

/** A demo collectivity working with the Sénégal, Madagascar and one more country. */
const senegalAndMadagascar = (() => {
  const countries = new Map();
  for (const c of features) countries.set(collectivityKey(c), (countries.get(collectivityKey(c)) ?? new Set()).add(c.partnerCountry));
  return [...countries].find(([, set]) => set.has('SN') && set.has('MG'))?.[0];
})();
const busiest = features.reduce((counts, c) => counts.set(collectivityKey(c), (counts.get(collectivityKey(c)) ?? 0) + 1), new Map());
const busiestCode = [...busiest].sort((a, b) => b[1] - a[1])[0][0];

/** Intl puts narrow and non-breaking spaces in numbers; compare texts with plain spaces. */
const plainSpaces = (text) => text.replace(/\s+/g, ' ').trim();

const app = servedApp();
const pages = [];
after(() => {
  for (const { consoleErrors, requests } of pages) {
    assert.deepEqual(consoleErrors, []);
    const foreign = requests.filter((url) => !url.startsWith(app.origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'every request stays on the page’s origin');
  }
});

/** The page of a collectivity, its map drawn; `viewport` as an iframe would size it from the start. */
async function openCitizenPage(query, { code = chosen.code, viewport = null } = {}) {
  const opened = await openPage(app.browser, `${app.origin}/?ct=${code}&page=collectivite${query}`);
  pages.push(opened);
  if (viewport) {
    await opened.page.setViewportSize(viewport);
    await opened.page.reload();
  }
  await waitForMapIdle(opened.page);
  return opened.page;
}

/** Counts the pages of a PDF: its page objects, not the page tree nodes ("/Type /Pages"). */
const pdfPageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe(`the citizen page of ${chosen.name} (${chosen.code}), in Chromium`, () => {
  it('tells citizens in plain French what the cooperation costs per inhabitant, as the data says', async () => {
    const page = await openCitizenPage('');
    await saveScreenshot(page, 'citizen-page');
    await page.screenshot({ path: join(OUTPUT, 'citizen-page-full.png'), fullPage: true });

    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.textContent('h1'), chosen.name);
    for (const landmark of ['header', 'main', 'footer']) assert.equal(await page.locator(landmark).count(), 1, landmark);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');

    const figure = page.locator('[data-testid="per-inhabitant"]');
    const shown = Number(await figure.getAttribute('data-per-inhabitant'));
    assert.ok(Math.abs(shown - chosen.eurPerInhabitant) < 1e-9, `${shown} € per inhabitant shown, ${chosen.eurPerInhabitant} in the data`);
    const expected = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(chosen.eurPerInhabitant);
    assert.equal(plainSpaces(await figure.textContent()), plainSpaces(`${expected} par habitant et par an`));

    const partners = plainSpaces(await page.textContent('[data-testid="citizen-where"]'));
    for (const c of chosen.records) {
      const shownName = c.partnerPrecision === 'pays' ? countryNameFr.get(c.partnerCountry) : c.partnerName;
      assert.ok(partners.includes(shownName), `${shownName} is listed beside the map`);
    }
    const text = await page.textContent('body');
    assert.doesNotMatch(text, /undefined|null|NaN/);
    assert.ok(await page.locator('[data-testid="fictitious-banner"]').isVisible());
    const attribution = await page.textContent('[data-testid="attribution"]');
    for (const source of ['INSEE', 'Licence Ouverte 2.0', 'GeoNames', 'CC BY 4.0', 'Natural Earth']) assert.match(attribution, new RegExp(source));
    await page.close();
  });

  it('sets its cost per inhabitant beside the median of collectivities of the same kind and size', async () => {
    const page = await openCitizenPage('');
    const expected = peerMedian();
    assert.ok(expected.count > 0, 'the demo data has comparable collectivities');
    const line = page.locator('[data-testid="peer-median"]');
    assert.equal(Number(await line.getAttribute('data-count')), expected.count);
    assert.ok(Math.abs(Number(await line.getAttribute('data-value')) - expected.median) < 1e-9);
    assert.match(plainSpaces(await line.textContent()), new RegExp(`médiane des ${expected.count.toLocaleString('fr-FR').replace(/\s/g, ' ')} autres collectivités`));
    await page.close();
  });

  it('writes countries once and with their French article', async () => {
    assert.ok(senegalAndMadagascar, 'a demo collectivity works in the Sénégal and Madagascar');
    const page = await openCitizenPage('', { code: senegalAndMadagascar });
    const where = plainSpaces(await page.textContent('[data-testid="citizen-where"]'));
    assert.match(where, /au Sénégal/);
    assert.match(where, /à Madagascar/);
    const text = plainSpaces(await page.textContent('main'));
    assert.doesNotMatch(text, /(\p{Lu}[\p{L}-]+) \(\1\)/u, 'no « Algérie (Algérie) »');
    assert.doesNotMatch(text, /\b(avec|à|en) (Sénégal|Maroc|Mali|Burkina Faso|Cameroun|Bénin|Niger|Togo)\b/, 'no « avec Sénégal »');
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const page = await openCitizenPage('');
    // The page's Content Security Policy forbids injected script tags; evaluation from the test is not a script tag.
    await page.evaluate(await readFile(AXE, 'utf8'));
    const { violations } = await page.evaluate(() => window.axe.run());
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await page.close();
  });

  it('prints on at most two A4 pages, map included, without its buttons, even for the busiest collectivity', async () => {
    for (const code of [chosen.code, busiestCode]) {
      const page = await openCitizenPage('', { code });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(OUTPUT, `citizen-print-${code}.png`), fullPage: true });
      assert.equal(await page.locator('.citizen-share').isVisible(), false);
      assert.ok(await page.locator('[data-testid="map"] canvas').isVisible());
      assert.equal(await page.locator('[data-testid="page-address"] a').textContent(), `${app.origin}/?v=1&data=demo&ct=${code}&page=collectivite`);
      const printedLink = await page.evaluate(() => {
        const link = document.querySelector('[data-testid="peers"] a');
        return link && getComputedStyle(link, '::after').content;
      });
      if (printedLink !== null) assert.match(printedLink, new RegExp(`<${app.origin}/\\?v=1&`), 'a printed link shows its address');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await writeFile(join(OUTPUT, `citizen-print-${code}.pdf`), pdf);
      const count = pdfPageCount(pdf);
      assert.ok(count >= 1 && count <= 2, `${code}: ${count} pages`);
      await page.close();
    }
  });

  it('downloads the map as a PNG with its legend and attribution, and copies its link', async () => {
    const page = await openCitizenPage('');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-png"]')]);
    assert.match(download.suggestedFilename(), /\.png$/);
    const path = join(OUTPUT, 'citizen-map.png');
    await download.saveAs(path);
    const png = PNG.sync.read(await readFile(path));
    const map = await page.locator('[data-testid="map"]').boundingBox();
    assert.ok(png.height > map.height + 60, 'room for the title, the legend and the attribution');
    let saturated = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) - Math.min(png.data[i], png.data[i + 1], png.data[i + 2]) > 90) saturated++;
    }
    assert.ok(saturated > 200, `the arcs are in the image (${saturated} saturated pixels)`);
    let notice = 0;
    for (let i = 0; i < png.width * 120 * 4; i += 4) if (png.data[i] === 255 && png.data[i + 1] === 244 && png.data[i + 2] === 214) notice++;
    assert.ok(notice > 5_000, `the fictitious notice is drawn under the title (${notice} pixels of its colour)`);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await page.click('[data-testid="copy-link"]');
    // Copying is asynchronous: wait for its confirmation rather than read the status at once.
    await page.waitForSelector('[data-testid="share-status"]:text-is("Lien copié.")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.origin}/?v=1&data=demo&ct=${chosen.code}&page=collectivite`);
    await page.close();
  });

  it('embeds without header or navigation, map and text included', async () => {
    const page = await openCitizenPage('&embed=1', { viewport: { width: 720, height: 760 } });
    await saveScreenshot(page, 'citizen-embed');
    assert.equal(await page.locator('header, nav, [role="banner"], [role="navigation"]').count(), 0);
    assert.equal(await page.locator('button:not(.maplibregl-ctrl button)').count(), 0);
    assert.ok(await page.locator('[data-testid="map"] canvas').isVisible());
    assert.equal(await page.textContent('h1'), chosen.name);
    await page.close();
  });

  it('speaks English when the address asks for it', async () => {
    const page = await openCitizenPage('&lang=en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(plainSpaces(await page.textContent('[data-testid="per-inhabitant"]')), /^€\d+\.\d\d per inhabitant per year$/);
    await saveScreenshot(page, 'citizen-page-en');

    await page.click('button.language');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await page.textContent('#citizen-cost-title'), 'Ce que cela coûte');
    assert.match(page.url(), /lang=fr/);
    assert.equal(await page.evaluate(() => localStorage.getItem('coopatlas.language')), 'fr', 'the choice is remembered');
    await page.close();
  });

  it('is reached from the collectivity’s card in the atlas', async () => {
    const opened = await openPage(app.browser, `${app.origin}/?ct=${chosen.code}`);
    pages.push(opened);
    const link = opened.page.locator('[data-testid="citizen-page-link"]');
    await link.waitFor();
    await Promise.all([opened.page.waitForURL(/page=collectivite/), link.click()]);
    await opened.page.waitForSelector('h1');
    assert.equal(await opened.page.textContent('h1'), chosen.name);
    await opened.page.close();
  });
});
