import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { builtCooperations, collectivityKey, DIST, openPage, OUTPUT, saveScreenshot, servedApp } from './browser.mjs';

const features = await builtCooperations();
const continentOf = new Map(JSON.parse(await readFile(new URL('geo/countries.json', DIST), 'utf8')).map((c) => [c.iso2, c.continent]));

/** The figures of one région, computed here from the built data, not by the app's code. */
function figuresOf(records) {
  return {
    cooperations: records.length,
    collectivities: new Set(records.map(collectivityKey)).size,
    countries: new Set(records.map((c) => c.partnerCountry)).size,
    'africa-share': records.filter((c) => continentOf.get(c.partnerCountry) === 'afrique').length / records.length,
  };
}
const bretagne = figuresOf(features.filter((c) => c.ctRegion === '53'));
const french = JSON.parse(await readFile(new URL('geo/fr/collectivities.json', DIST), 'utf8'));
const francePopulation = french.communes.reduce((sum, commune) => sum + commune[4], 0);

/** Counts the pages of a PDF: its page objects, not the page tree nodes ("/Type /Pages"). */
const pdfPageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

const app = servedApp();
const opened = [];
after(() => {
  for (const { consoleErrors, requests } of opened) {
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(app.origin) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
  }
});

async function open(query) {
  const page = await openPage(app.browser, `${app.origin}/?data=demo&${query}`);
  opened.push(page);
  return page.page;
}

async function shownFigures(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.stats-headline [data-figure]:not([data-figure="sentence"])')].map((e) => [e.dataset.figure, e.dataset.value])));
}

describe('the regional overview of Bretagne, in Chromium', () => {
  it('names the région, gives its figures as the data has them, in the study’s order, each chart with its table', async () => {
    const page = await open('page=region&region=53');
    await page.waitForSelector('.report h1');
    assert.equal(await page.textContent('h1'), 'Bretagne');
    const shown = await shownFigures(page);
    for (const [id, value] of Object.entries(bretagne)) assert.ok(Math.abs(Number(shown[id]) - value) < 1e-12, `${id}: ${shown[id]} shown, ${value} in the data`);
    const share = Number(shown['africa-share']);
    assert.ok(share > 0 && share < 1, 'africa-share is a ratio');
    const sentence = (await page.textContent('[data-figure="sentence"]')).replace(/\s+/g, ' ');
    assert.match(sentence, new RegExp(`^En Bretagne, ${bretagne.collectivities.toLocaleString('fr-FR').replace(/\s/g, ' ')} collectivités coopèrent avec ${bretagne.countries} pays`));

    const sections = await page.locator('.report-section > h2').allTextContents();
    assert.deepEqual(sections.map((title) => title.slice(0, 2)), ['1.', '2.', '3.', '4.', '5.']);
    const charts = page.locator('.report .stats-chart');
    assert.ok((await charts.count()) >= 7);
    for (let i = 0; i < (await charts.count()); i++) assert.ok(await charts.nth(i).locator('table').isVisible(), `chart ${i} shows its table`);
    assert.ok((await page.locator('.report .stats-study-figure').count()) >= 12, 'the study’s figures beside ours');
    const source = await page.textContent('[data-testid="report-source"]');
    assert.match(source, /Source : données/);
    assert.match(source, /fictives/);
    assert.match(source, /page=region/);
    await saveScreenshot(page, 'region-report');
    await page.screenshot({ path: join(OUTPUT, 'region-report-full.png'), fullPage: true });
  });

  it('prints on at most four A4 pages, for a région, and for all the data in English', async () => {
    for (const [name, query] of [['region-report', 'page=region&region=53'], ['region-report-all-en', 'page=region&lang=en']]) {
      const page = await open(query);
      await page.waitForSelector('.report h1');
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(OUTPUT, `${name}-print.png`), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      await writeFile(join(OUTPUT, `${name}.pdf`), pdf);
      const count = pdfPageCount(pdf);
      assert.ok(count >= 1 && count <= 4, `${query}: ${count} pages`);
      await page.close();
    }
  });

  it('opens from the statistics view, whose headline figures are the same', async () => {
    const page = await open('view=statistiques&region=53');
    await page.waitForSelector('[data-testid="open-report"]');
    const shown = await shownFigures(page);
    for (const [id, value] of Object.entries(bretagne)) assert.ok(Math.abs(Number(shown[id]) - value) < 1e-12, `${id} in the statistics view`);
    assert.equal(await page.locator('[data-testid="small-sample"]').count(), bretagne.collectivities < 30 ? 1 : 0);
    await saveScreenshot(page, 'stats-headline-bretagne');
    await Promise.all([page.waitForURL(/page=region/), page.click('[data-testid="open-report"]')]);
    await page.waitForSelector('.report h1');
    assert.equal(await page.textContent('h1'), 'Bretagne');
  });

  it('names a network in its h1', async () => {
    const page = await open('page=region&network=resacoop');
    await page.waitForSelector('.report h1');
    assert.equal(await page.textContent('h1'), 'Résacoop');
    const shown = await shownFigures(page);
    assert.equal(Number(shown.cooperations), features.filter((c) => c.ctRegion === '84').length);
  });

  it('warns beside the study’s figures when a région has fewer than 30 collectivities', async () => {
    const corse = figuresOf(features.filter((c) => c.ctRegion === '94'));
    assert.ok(corse.collectivities < 30, `${corse.collectivities} collectivities in Corse`);
    const page = await open('page=region&region=94');
    await page.waitForSelector('.report h1');
    assert.equal(await page.textContent('h1'), 'Corse');
    assert.equal(Number((await shownFigures(page)).collectivities), corse.collectivities);
    assert.match(await page.textContent('[data-testid="small-sample"]'), new RegExp(`${corse.collectivities} collectivités seulement`));
    assert.match(await page.textContent('[data-figure="sentence"]'), /^En Corse, /);
    await saveScreenshot(page, 'region-report-corse');
  });
});

describe('a cost per inhabitant that counts nobody twice', () => {
  it('divides by no more inhabitants than France has, communes, EPCI, départements and régions together', async () => {
    const page = await open('view=statistiques');
    await page.waitForSelector('[data-testid="per-inhabitant-divisor"]');
    // The gazetteer arrives after the first figures: wait for the divisor drawn commune by commune.
    await page.waitForFunction((limit) => Number(document.querySelector('[data-testid="per-inhabitant-divisor"]').dataset.population) <= limit, francePopulation);
    const divisor = Number(await page.getAttribute('[data-testid="per-inhabitant-divisor"]', 'data-population'));
    const withBudget = new Map(features.filter((c) => c.annualBudgetEur !== null && c.ctPopulation > 0).map((c) => [collectivityKey(c), c.ctPopulation]));
    const naive = [...withBudget.values()].reduce((sum, population) => sum + population, 0);
    assert.ok(naive > francePopulation, `the collectivities' own populations add up to ${naive}, more than France`);
    assert.ok(divisor <= francePopulation && divisor > francePopulation / 2, `${divisor} inhabitants, France ${francePopulation}`);
    assert.match(await page.textContent('[data-testid="per-inhabitant-divisor"]'), /chaque habitant compté une fois/);
  });
});

describe('charts one can take away', () => {
  it('downloads a chart as SVG and PNG and its table as CSV', async () => {
    const page = await open('view=statistiques&region=53');
    const chart = page.locator('.stats-chart').first();
    await chart.waitFor();
    const title = await chart.locator('figcaption').textContent();
    const take = async (kind) => {
      const [download] = await Promise.all([page.waitForEvent('download'), chart.locator(`[data-download="${kind}"]`).click()]);
      const path = join(OUTPUT, `chart.${kind}`);
      await download.saveAs(path);
      assert.match(download.suggestedFilename(), new RegExp(`\\.${kind}$`));
      return readFile(path);
    };
    const svg = (await take('svg')).toString('utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes(title.replace(/'/g, '&apos;')) || svg.includes(title), 'the title is in the SVG');
    assert.match(svg, /style="fill:/, 'styles are written into the file');

    const png = PNG.sync.read(await take('png'));
    assert.ok(png.width > 400 && png.height > 100, `${png.width}×${png.height}`);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200) ink++;
    assert.ok(ink > 500, 'bars and text are drawn');

    const csv = (await take('csv')).toString('utf8');
    const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(rows[0], 'Pays partenaire;Coopérations;Part');
    assert.equal(rows.length, 1 + (await chart.locator('tbody tr').count()));
    assert.match(rows[1], /^[^;]+;\d+;0,\d+$/);
  });
});
