import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtCooperations, collectivityKey, openPage, saveScreenshot, servedApp, waitForMapIdle } from './browser.mjs';

const features = await builtCooperations();
const FILTERS = 'theme=eau-assainissement&country=SN';
const kept = features.filter((c) => c.partnerCountry === 'SN' && c.themes.includes('eau-assainissement'));
/** The demo collectivity with the most partner countries: its citizen map spans the widest box. */
const widest = (() => {
  const countries = new Map();
  for (const c of features) countries.set(collectivityKey(c), (countries.get(collectivityKey(c)) ?? new Set()).add(c.partnerCountry));
  return [...countries].sort((a, b) => b[1].size - a[1].size)[0][0];
})();

const app = servedApp();

/** Web Mercator as MapLibre draws it (512-pixel tiles): a point's pixel position in the world at a zoom. */
function project([lon, lat], zoom) {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** The given places a map of that size shows from the camera it reports (`data-camera`, "lon,lat,zoom"). */
function placesInView(camera, { width, height }, places) {
  const [lon, lat, zoom] = camera.split(',').map(Number);
  const [cx, cy] = project([lon, lat], zoom);
  return places.filter((place) => {
    const [x, y] = project(place, zoom);
    return Math.abs(x - cx) <= width / 2 && Math.abs(y - cy) <= height / 2;
  });
}

const ends = (records) => records.flatMap((c) => [[c.ctLon, c.ctLat], [c.partnerLon, c.partnerLat]]);

/** Resizes an iframe of the host page, then waits until its map has moved (or `timeout` passes) and is idle. */
async function resizeFrame(page, frame, id, { width, height }, timeout = 20_000) {
  const map = frame.locator('[data-testid="map"]');
  const before = await map.getAttribute('data-camera');
  await page.evaluate(({ id, width, height }) => Object.assign(document.getElementById(id), { width, height }), { id, width, height });
  await frame
    .locator(`[data-testid="map"]:not([data-camera="${before}"])`)
    .waitFor({ timeout })
    .catch(() => {});
  await waitForMapIdle(frame);
  return { camera: await map.getAttribute('data-camera'), size: await map.evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight })) };
}

describe('embeds', () => {
  it('embed=1 on the map view: the map, legend, count and filters of the address, no panels, a link to the atlas', async () => {
    assert.ok(kept.length > 0, 'the demo has water cooperations in Senegal');
    const atlas = await openPage(app.browser, `${app.origin}/?${FILTERS}`);
    await atlas.page.waitForSelector('[data-testid="result-count"]');
    const atlasCount = await atlas.page.getAttribute('[data-testid="result-count"]', 'data-count');
    assert.equal(Number(atlasCount), kept.length);
    await atlas.page.close();

    const { page, consoleErrors } = await openPage(app.browser, `${app.origin}/?${FILTERS}&embed=1`);
    await page.setViewportSize({ width: 600, height: 400 });
    await waitForMapIdle(page);
    await saveScreenshot(page, 'embed-map-600x400');
    assert.equal(await page.getAttribute('[data-testid="result-count"]', 'data-count'), atlasCount);
    assert.equal(await page.textContent('[data-testid="embed-filters"]'), 'Eau et assainissement · Sénégal');
    for (const chrome of ['#filters-panel', '[role="tablist"]', '[role="search"], input[type="search"]', '[data-testid="import-open"]', '[data-testid="embed-open"]']) {
      assert.equal(await page.locator(chrome).count(), 0, `no ${chrome} in an embed`);
    }
    assert.ok(Number(await page.getAttribute('[data-testid="map"]', 'data-arcs')) > 0);
    assert.ok(await page.locator('[data-testid="map-settings"] summary').isVisible(), 'the legend is there, foldable');
    assert.ok(await page.locator('[data-testid="fictitious-banner"]').isVisible());
    assert.ok(await page.locator('[data-testid="attribution"]').isVisible());
    assert.match(page.url(), /[?&]embed=1/, 'the address it writes keeps embed=1');

    const link = page.locator('[data-testid="atlas-link"]');
    assert.equal(await link.textContent(), 'Voir dans l’atlas');
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = new URL(await link.getAttribute('href'), page.url());
    assert.equal(href.searchParams.get('embed'), null);
    assert.equal(href.searchParams.get('country'), 'SN');
    assert.equal(href.searchParams.get('theme'), 'eau-assainissement');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('gives the iframe code of the current view from "Intégrer"', async () => {
    const { page } = await openPage(app.browser, `${app.origin}/?${FILTERS}&color=theme&lang=en`);
    await page.click('[data-testid="embed-open"]');
    await page.selectOption('[data-testid="embed-width"]', '600');
    await page.selectOption('[data-testid="embed-height"]', '400');
    const code = await page.inputValue('[data-testid="embed-code"]');
    const src = new URL(code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(src.origin, app.origin);
    assert.deepEqual(Object.fromEntries(['data', 'theme', 'country', 'color', 'embed', 'lang'].map((name) => [name, src.searchParams.get(name)])), {
      data: 'demo', theme: 'eau-assainissement', country: 'SN', color: 'theme', embed: '1', lang: 'en',
    });
    assert.match(code, /width="600" height="400"/);
    assert.equal(await page.locator('[data-testid="embed-imported"]').count(), 0, 'a built-in dataset needs no warning');
    await saveScreenshot(page, 'embed-dialog');
    await page.close();
  });

  it('keeps an iframe framed when it is resized, atlas and citizen page alike, unless the user moved the map', async () => {
    const { page } = await openPage(app.browser, `${app.origin}/embed-host`);
    await page.setContent(`<iframe id="atlas" src="/?data=demo&${FILTERS}&embed=1" width="600" height="400" style="border:0"></iframe>
      <iframe id="citizen" src="/?data=demo&ct=${widest}&page=collectivite&embed=1" width="600" height="700" style="border:0"></iframe>`);
    const atlas = await (await page.$('#atlas')).contentFrame();
    const citizen = await (await page.$('#citizen')).contentFrame();
    await waitForMapIdle(atlas);
    await waitForMapIdle(citizen);

    const narrow = { width: 260, height: 400 };
    const places = ends(kept);
    const framed = await atlas.locator('[data-testid="map"]').getAttribute('data-camera');
    const mapSize = (frame) => frame.locator('[data-testid="map"]').evaluate((element) => ({ width: element.clientWidth, height: element.clientHeight }));
    const narrowMap = { ...(await mapSize(atlas)), width: narrow.width };
    assert.ok(placesInView(framed, narrowMap, places).length < places.length, 'the first framing would not show every place in the narrow frame');
    const resized = await resizeFrame(page, atlas, 'atlas', narrow);
    assert.notEqual(resized.camera, framed, 'the atlas embed refits');
    assert.equal(placesInView(resized.camera, resized.size, places).length, places.length, 'every kept place stays in view');
    await saveScreenshot(page, 'embed-resized');

    const citizenPlaces = ends(features.filter((c) => collectivityKey(c) === widest));
    const citizenFramed = await citizen.locator('[data-testid="map"]').getAttribute('data-camera');
    const citizenResized = await resizeFrame(page, citizen, 'citizen', { width: 300, height: 700 });
    assert.notEqual(citizenResized.camera, citizenFramed, 'the citizen embed refits');
    assert.equal(placesInView(citizenResized.camera, citizenResized.size, citizenPlaces).length, citizenPlaces.length, 'every partner stays in view');

    // A map the user has moved stays where the user left it.
    const box = await atlas.locator('[data-testid="map"] canvas').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 5 });
    await page.mouse.up();
    await atlas.locator(`[data-testid="map"]:not([data-camera="${resized.camera}"])`).waitFor();
    const moved = await atlas.locator('[data-testid="map"]').getAttribute('data-camera');
    const after = await resizeFrame(page, atlas, 'atlas', { width: 600, height: 400 }, 3_000);
    assert.equal(after.camera.split(',')[2], moved.split(',')[2], 'same zoom: no refit after the user moved the map');
    await page.close();
  });
});
