import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '../../domain/app-state';
import { NO_FILTERS } from '../../domain/facets';
import { atlasEmbedSearch, embedSnippet, unembeddedSearch } from './links';

describe('embed links', () => {
  it('writes an iframe of the given size, its address and title escaped', () => {
    expect(embedSnippet('https://example.org/?v=1&embed=1', 'Atlas "coop"', { width: 600, height: 400 })).toBe(
      '<iframe src="https://example.org/?v=1&amp;embed=1" title="Atlas &quot;coop&quot;" width="600" height="400" style="border:0" loading="lazy"></iframe>',
    );
    expect(embedSnippet('https://example.org/', 'Atlas')).toContain('width="100%" height="760"');
  });

  it('embeds the map of the state on screen, in its dataset, naming the language only when not the default', () => {
    const state = { ...EMPTY_STATE, filters: { ...NO_FILTERS, country: ['SN'] }, colorBy: 'theme' as const, view: 'statistiques' as const, camera: { lon: -14.5, lat: 14.4, zoom: 5.2 } };
    expect(atlasEmbedSearch(state, 'jumelages', 'fr')).toBe('?v=1&data=jumelages&country=SN&color=theme&embed=1&at=-14.500,14.400,5.2');
    expect(atlasEmbedSearch(state, 'demo', 'en')).toBe('?v=1&data=demo&country=SN&color=theme&embed=1&lang=en&at=-14.500,14.400,5.2');
  });

  it('leads from an embed to the same view in the atlas', () => {
    const state = { ...EMPTY_STATE, data: 'demo', filters: { ...NO_FILTERS, theme: ['sante'] }, embed: true };
    expect(unembeddedSearch(state)).toBe('?v=1&data=demo&theme=sante');
  });
});
