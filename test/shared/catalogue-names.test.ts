import { describe, expect, it } from 'vitest';
import { shortCatalogueName } from '../../shared/catalogue/catalogue-names';

describe('shortCatalogueName', () => {
  it.each([
    ['a short name stays', 'Audit familiengerechte Kommune', 'Audit familiengerechte Kommune'],
    ['a subtitle in German quotes goes', 'Integriertes Managementverfahren „Familienfreundliche, bürgeraktive und demografiesensible Kommune“', 'Integriertes Managementverfahren'],
    ['a subtitle in brackets goes', 'Kinderfreundliche Kommune Sachsen (Fassung für Landkreise und kreisfreie Städte)', 'Kinderfreundliche Kommune Sachsen'],
    ['a subtitle after a colon goes', 'Familienaudit Nord: Verfahren für Ämter, Gemeinden und Kreise im Land', 'Familienaudit Nord'],
    ['a long name without subtitle is cut at a word', 'Verfahren zur Zertifizierung familienfreundlicher und generationengerechter Gemeinden', 'Verfahren zur Zertifizierung…'],
  ])('%s', (_name, full, short) => {
    expect(shortCatalogueName(full)).toBe(short);
    expect(shortCatalogueName(full).length).toBeLessThanOrEqual(40);
  });
});
