import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtCooperations, collectivityKey, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const features = await builtCooperations();
const app = servedApp();

const mapData = async (page, name) => Number(await page.getAttribute('[data-testid="map"]', `data-${name}`));

/** The camera the address holds: [lon, lat, zoom]. */
function cameraOf(url) {
  const at = new URL(url).searchParams.get('at');
  assert.ok(at, `the address keeps the camera (${url})`);
  return at.split(',').map(Number);
}

/** Pixel of a point on a Web Mercator map of the given size looking at the camera (512-pixel world at zoom 0). */
function project([lon, lat], [centreLon, centreLat, zoom], width, height) {
  const scale = (512 * 2 ** zoom) / (2 * Math.PI);
  const x = (l) => scale * ((l * Math.PI) / 180);
  const y = (l) => -scale * Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
  return [width / 2 + x(lon) - x(centreLon), height / 2 + y(lat) - y(centreLat)];
}

async function mapBox(page) {
  return page.locator('[data-testid="map"]').boundingBox();
}

describe('a map that names its places and reads at every zoom', () => {
  it('names countries and the French side at world scale, in the interface’s language', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo`);
    await waitForMapIdle(page);
    const french = await mapData(page, 'labels');
    assert.ok(french >= 20, `${french} labels at world scale`);
    await saveScreenshot(page, 'zoom-world');
    await page.click('button.language');
    await waitForMapIdle(page);
    assert.ok((await mapData(page, 'labels')) >= 20, 'the English map is named too');
    assert.equal(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'aria-label'), 'Zoom in');
    await saveScreenshot(page, 'zoom-world-en');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('names every partner of a small question zoomed into Senegal, with French zoom buttons', async () => {
    const url = `${app.origin}/?data=demo&theme=eau-assainissement&region=53&country=SN&at=-15.5,14.6,6.3`;
    const { page, consoleErrors } = await openPage(app.browser, url);
    await waitForMapIdle(page);
    const kept = features.filter((c) => c.themes.includes('eau-assainissement') && c.ctRegion === '53' && c.partnerCountry === 'SN');
    const places = new Map(kept.map((c) => [c.partnerName, [c.partnerLon, c.partnerLat]]));
    assert.ok(places.size > 1, 'the demo data has several such places');
    // Places a few km apart (Dakar and its quarters) cannot all carry a label without overlap at this
    // zoom: every group of places within 30 km of each other gets at least one.
    const groups = [];
    for (const point of places.values()) if (!groups.some((other) => kmBetween(other, point) < 30)) groups.push(point);
    assert.ok((await mapData(page, 'labels')) >= groups.length, 'each group of partner places is named');
    assert.equal(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'aria-label'), 'Zoomer');
    await saveScreenshot(page, 'zoom-senegal');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('fits the map to what a filter keeps, and "Vue d’ensemble" returns to all of it', async () => {
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&region=53`);
    await waitForMapIdle(page);
    await page.click('[data-facet="country"] summary');
    await page.locator('[data-facet="country"] input[value="SN"]').check();
    await page.waitForURL(/country=SN/);
    await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]') && new URLSearchParams(location.search).get('at')?.split(',')[2] > 3, null, { timeout: 60_000 });
    await waitForMapIdle(page);
    const camera = cameraOf(page.url());
    const { width, height } = await mapBox(page);
    const kept = features.filter((c) => c.ctRegion === '53' && c.partnerCountry === 'SN');
    for (const c of kept) {
      for (const point of [
        [c.ctLon, c.ctLat],
        [c.partnerLon, c.partnerLat],
      ]) {
        const [x, y] = project(point, camera, width, height);
        assert.ok(x >= 0 && x <= width && y >= 0 && y <= height, `${c.ctName} → ${c.partnerName} is in view (${x.toFixed(0)}, ${y.toFixed(0)})`);
      }
    }
    assert.ok(camera[2] > 3, `zoomed in on France and Senegal (zoom ${camera[2]})`);
    await saveScreenshot(page, 'zoom-fitted-senegal');

    await page.click('.maplibregl-ctrl-zoom-in');
    await page.waitForURL((url) => cameraOf(url.href)[2] > camera[2] + 0.5);
    await page.click('[data-testid="overview"]');
    await page.waitForURL((url) => Math.abs(cameraOf(url.href)[2] - camera[2]) < 0.2);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('drills down from a région end at regional zoom, and fits the map to the Bretagne question', async () => {
    const camera = [-1, 47.5, 5.5];
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&mode=flows&at=${camera.join(',')}`);
    await waitForMapIdle(page);
    await saveScreenshot(page, 'zoom-regions');
    const drawn = await mapData(page, 'arcs');
    // Flows leaving the screen go to one group per continent: 79 on the demo, where 400 were drawn and 593 left out before them.
    assert.ok(drawn > 0 && drawn <= 200, `a legible number of région flows (${drawn})`);
    assert.match(await page.textContent('[data-testid="offscreen-groups"]'), /regroupés par continent/, 'the legend says what the groups off screen are');
    // A région's flows leave from the mean point of its collectivities.
    const seen = new Map();
    for (const c of features) if (c.ctRegion === '53') seen.set(collectivityKey(c), [c.ctLon, c.ctLat]);
    const points = [...seen.values()];
    const centre = [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
    const box = await mapBox(page);
    const [x, y] = project(centre, camera, box.width, box.height);
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForURL(/region=53/);
    await page.waitForURL((url) => cameraOf(url.href).join() !== camera.join());
    await waitForMapIdle(page);
    const bretagne = features.filter((c) => c.ctRegion === '53').length;
    assert.equal(Number(await page.getAttribute('[data-testid="result-count"]', 'data-count')), bretagne);
    assert.ok((await mapData(page, 'labels')) > 0);
    await saveScreenshot(page, 'zoom-bretagne');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('at a middle zoom, flows between clusters', () => {
  // The admin-1 unit of Dakar, as Senegal's gazetteer names it in French: where its cluster is drawn.
  const senegal = JSON.parse(readFileSync(new URL('../../public/geo/places/SN.json', import.meta.url), 'utf8'));
  const [, geonamesName, , ...dakar] = senegal.admin1.find(([code]) => code === 'SN.01');
  const unitName = senegal.admin1Names?.['SN.01']?.fr ?? geonamesName;
  const labelNames = (page) => page.$$eval('[data-testid="map-label-list"] li', (items) => items.map((item) => item.textContent));

  it('names a partner admin-1 unit, says how many cooperations end there, and zooms to it when clicked', async () => {
    const camera = [-16.5, 14.6, 6.3];
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&at=${camera.join(',')}`);
    await waitForMapIdle(page);
    const names = await labelNames(page);
    assert.ok(names.includes(unitName), `the cluster of ${unitName} is named`);
    // Natural Earth's French name, not GeoNames' "Thies".
    assert.ok(names.includes('Thiès') && !names.includes('Thies'), `Thiès is named in French (${names.join(', ')})`);
    await saveScreenshot(page, 'zoom-senegal-clusters');
    const box = await mapBox(page);
    const [x, y] = project(dakar, camera, box.width, box.height);
    await page.mouse.move(box.x + x, box.y + y);
    await page.waitForFunction(() => document.querySelector('.deck-tooltip')?.textContent.includes('coopérations'), null, { timeout: 30_000 });
    const tooltip = await page.textContent('.deck-tooltip');
    const count = Number(/([\d\s\u202f]+) coopérations/.exec(tooltip)[1].replace(/\D/g, ''));
    assert.match(tooltip, new RegExp(`^${unitName} \\(Sénégal\\)`), tooltip);
    // Records in Senegal's busiest unit: more than any one place there receives.
    const perPlace = new Map();
    for (const c of features) if (c.partnerCountry === 'SN') perPlace.set(c.partnerName, (perPlace.get(c.partnerName) ?? 0) + 1);
    const busiestPlace = Math.max(...perPlace.values());
    assert.ok(count > busiestPlace, `${count} cooperations end in the unit, ${busiestPlace} at its busiest place`);
    await page.mouse.click(box.x + x, box.y + y);
    await page.waitForURL((url) => cameraOf(url.href)[2] > camera[2] + 0.5, { timeout: 60_000 });
    await waitForMapIdle(page);
    const zoomed = cameraOf(page.url());
    const [dx, dy] = project(dakar, zoomed, box.width, box.height);
    assert.ok(dx > 0 && dx < box.width && dy > 0 && dy < box.height, `${unitName} stays in view (${dx.toFixed(0)}, ${dy.toFixed(0)})`);
    assert.ok((await labelNames(page)).includes('Pikine'), 'zoomed in, the places of the unit are named');
    await saveScreenshot(page, 'zoom-dakar');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('leaves from each département zoomed in on France, named as the basemap names them, one flow per continent leaving the screen', async () => {
    const camera = [-1.5, 48, 6.5];
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&at=${camera.join(',')}`);
    await waitForMapIdle(page);
    const names = await labelNames(page);
    // Mayenne has no collectivity of its own in the demo data: its name comes from the basemap.
    assert.ok(!features.some((c) => c.ctKind === 'departement' && c.ctCode === '53'));
    for (const departement of ['Ille-et-Vilaine', 'Mayenne', 'Sarthe']) assert.ok(names.includes(departement), `${departement} is named (${names.join(', ')})`);

    // Every drawn flow has an end in view: a département with a collectivity in view, or a partner place in view.
    // Those leaving the screen go to one group per continent (7 at most), so at most 7 per such département
    // besides the flows to partners in view (122 on the demo; before the groups: 400 drawn, the most, and 560 left out).
    const box = await mapBox(page);
    const inView = (point) => {
      const [x, y] = project(point, camera, box.width, box.height);
      return x >= 0 && x <= box.width && y >= 0 && y <= box.height;
    };
    const departements = new Set(features.filter((c) => c.ctKind !== 'region' && inView([c.ctLon, c.ctLat])).map((c) => c.ctDepartement));
    const toPartnersInView = new Set(features.filter((c) => inView([c.partnerLon, c.partnerLat])).map((c) => `${c.ctDepartement}>${c.partnerName}`));
    const drawn = await mapData(page, 'arcs');
    assert.ok(drawn >= departements.size, `each of the ${departements.size} départements in view has flows (${drawn})`);
    assert.ok(drawn <= 7 * departements.size + toPartnersInView.size && drawn < 200, `${drawn} flows for ${departements.size} départements in view and ${toPartnersInView.size} pairs to partners in view`);
    assert.match(await page.textContent('[data-testid="offscreen-groups"]'), /regroupés par continent/, 'the legend says what an off-screen group is');
    await saveScreenshot(page, 'zoom-departements');

    // Along the bottom of the map (above the attribution, right of the legend), the flows leaving south:
    // each names its continent, and a click zooms out to it.
    const legend = await page.locator('[data-testid="map-settings"]').boundingBox();
    let tooltip = '';
    let hovered = null;
    for (let x = legend.x + legend.width + 10; x < box.x + box.width - 10 && !/hors de l’écran/.test(tooltip); x += 4) {
      hovered = [x, box.y + box.height - 60];
      await page.mouse.move(...hovered);
      tooltip = (await page.waitForSelector('.deck-tooltip', { state: 'attached', timeout: 2_000 }).catch(() => null)) ? await page.textContent('.deck-tooltip') : '';
    }
    assert.match(tooltip, /→ [^\u00a0→]+\u00a0: \d+ pays hors de l’écran\s*[\d\s\u202f]+ coopérations?$/, tooltip);
    await page.mouse.click(...hovered);
    await page.waitForURL((url) => cameraOf(url.href)[2] < camera[2] - 1, { timeout: 60_000 });
    await waitForMapIdle(page);
    await saveScreenshot(page, 'zoom-departements-out');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('writes no label under the legend, and folds the legend while a card is open', async () => {
    const camera = [-15.5, 14.6, 6.3];
    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?data=demo&at=${camera.join(',')}`);
    await waitForMapIdle(page);
    const box = await mapBox(page);
    const legend = await page.locator('[data-testid="map-settings"]').boundingBox();
    const [x, y] = project(dakar, camera, box.width, box.height);
    assert.ok(box.x + x > legend.x && box.x + x < legend.x + legend.width && box.y + y > legend.y && box.y + y < legend.y + legend.height, 'Dakar lies under the legend');
    assert.ok(!(await labelNames(page)).includes(unitName), 'so it is not named there');
    await page.click('[data-testid="map-settings"] summary');
    await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid="map-label-list"] li')].some((item) => item.textContent === name), unitName);

    const [code] = [...new Set(features.filter((c) => c.ctRegion === '53').map(collectivityKey))];
    await page.goto(`${app.origin}/?data=demo&ct=${code}`);
    await waitForMapIdle(page);
    const map = await mapBox(page);
    const card = await page.locator('[data-testid="selection-card"]').boundingBox();
    const folded = await page.locator('[data-testid="map-settings"]').boundingBox();
    assert.equal(await page.getAttribute('[data-testid="map-settings"]', 'open'), null, 'the legend is folded');
    const covered = card.width * card.height + folded.width * folded.height;
    assert.ok(covered < 0.4 * map.width * map.height, `legend and card cover ${((100 * covered) / (map.width * map.height)).toFixed(0)} % of the map`);
    await saveScreenshot(page, 'zoom-card-legend-folded');
    await page.click('.card-close');
    await page.waitForSelector('[data-testid="map-settings"][open]');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });
});

describe('on a phone (390 × 844)', () => {
  it('scrolls not sideways, keeps a usable search, opens filters in a drawer and the card as a bottom sheet', async () => {
    const [code] = [...new Set(features.map(collectivityKey))];
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const consoleErrors = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(`${app.origin}/?data=demo`);
    await waitForMapIdle(page);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'no horizontal scroll');
    const search = await page.locator('[data-testid="search"]').boundingBox();
    assert.ok(search.width >= 300 && search.height >= 36, `the search box is usable (${search.width}×${search.height})`);
    assert.ok(!(await page.locator('#filters-panel').isVisible()), 'the filters wait in a drawer');
    const map = await mapBox(page);
    assert.ok(map.height >= 400, `the map takes the screen (${map.height} px)`);
    assert.ok((await mapData(page, 'labels')) > 0);
    await saveScreenshot(page, 'phone-map');

    await page.click('[data-testid="filters-toggle"]');
    assert.ok(await page.locator('#filters-panel').isVisible());
    await saveScreenshot(page, 'phone-filters');
    await page.click('[data-testid="filters-toggle"]');

    await page.goto(`${app.origin}/?data=demo&ct=${code}`);
    await waitForMapIdle(page);
    const card = await page.locator('[data-testid="selection-card"]').boundingBox();
    const shownMap = await mapBox(page);
    assert.ok(card.y > shownMap.y + shownMap.height * 0.4, 'the card is a bottom sheet that leaves the map visible');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
    await saveScreenshot(page, 'phone-card');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('lets the keyboard skip to the map first', async () => {
    const { page } = await openPage(app.browser, `${app.origin}/?data=demo`);
    await waitForMapIdle(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller à la carte');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'map');
    await page.close();
  });
});

/** Great-circle distance in km between two [lon, lat] points. */
function kmBetween([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
