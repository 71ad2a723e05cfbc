import { describe, expect, it } from 'vitest';
import { placeWords } from './texts';

describe('placeWords', () => {
  it('elides and contracts French prepositions before city names', () => {
    expect(placeWords('Ziguinchor')).toEqual({ at: 'à Ziguinchor', of: 'de Ziguinchor', with: 'avec Ziguinchor' });
    expect(placeWords('Agadez').of).toBe("d'Agadez");
    expect(placeWords('Le Mans')).toEqual({ at: 'au Mans', of: 'du Mans', with: 'avec Le Mans' });
    expect(placeWords('Les Ulis').of).toBe('des Ulis');
  });

  it('follows the article of a country name', () => {
    expect(placeWords('Maroc', 'le')).toEqual({ at: 'au Maroc', of: 'du Maroc', with: 'avec le Maroc' });
    expect(placeWords('Tunisie', 'la')).toEqual({ at: 'en Tunisie', of: 'de Tunisie', with: 'avec la Tunisie' });
    expect(placeWords('Arménie', "l'")).toEqual({ at: 'en Arménie', of: "d'Arménie", with: "avec l'Arménie" });
    expect(placeWords('Comores', 'les').at).toBe('aux Comores');
    expect(placeWords('Madagascar', '')).toEqual({ at: 'à Madagascar', of: 'de Madagascar', with: 'avec Madagascar' });
  });
});
