import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../domain/languages';
import { IMPORT_MESSAGE_TEXTS, renderImportMessage, type ImportMessageId } from './import-messages';

const parameters = (text: string) => [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map(([, name]) => name).sort();

describe('import messages', () => {
  it('take the same parameters in every language', () => {
    for (const [id, text] of Object.entries(IMPORT_MESSAGE_TEXTS.fr)) {
      for (const language of LANGUAGE_IDS) expect([id, parameters(IMPORT_MESSAGE_TEXTS[language][id as ImportMessageId])]).toEqual([id, parameters(text)]);
    }
  });

  it('render lists, names in every language and nested messages the reader’s way', () => {
    const message = {
      code: 'french.single',
      params: { name: 'Paris', since: 2019, kinds: [{ code: 'kind.commune' }, { code: 'kind.departement' }], kept: { fr: 'Paris (ville)', en: 'Paris (city)' } },
    } as const;
    expect(renderImportMessage(message, 'fr')).toBe('« Paris » : une seule collectivité depuis 2019 (commune et département) ; retenue comme Paris (ville).');
    expect(renderImportMessage(message, 'en')).toBe('"Paris": one single local authority since 2019 (commune and department); kept as Paris (city).');
    const didYouMean = { code: 'didYouMean', params: { names: ['A', 'B', 'C'] } } as const;
    expect(renderImportMessage(didYouMean, 'fr')).toBe(' Voulez-vous dire A, B ou C ?');
    expect(renderImportMessage(didYouMean, 'en')).toBe(' Did you mean A, B or C?');
    const others = { code: 'french.otherHomonyms', params: { name: 'X', homonyms: ['A', 'B'] } } as const;
    expect(renderImportMessage(others, 'en')).toBe('No local authority "X"; of this name: A, B.');
    const population = { code: 'partner.cityPopulation', params: { city: 'Dakar', population: 1146053 } } as const;
    expect(renderImportMessage(population, 'fr')).toBe('Dakar, 1\u202f146\u202f053 hab.');
    expect(renderImportMessage(population, 'en')).toBe('Dakar, 1,146,053 inhabitants');
  });
});
