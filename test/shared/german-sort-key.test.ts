import { describe, expect, it } from 'vitest';
import { germanSortKey } from '../../shared/domain/german-sort-key';

const collator = new Intl.Collator('de-DE', { sensitivity: 'base', numeric: true });
const byKey = (a: string, b: string) => (germanSortKey(a) < germanSortKey(b) ? -1 : germanSortKey(a) > germanSortKey(b) ? 1 : 0);

describe('germanSortKey', () => {
  it.each([
    ['umlauts sort as their base letter', ['Zell', 'Ölbronn', 'Oberndorf', 'Aalen', 'Ärzen', 'Affalterbach']],
    ['ß sorts as ss', ['Straubing', 'Strasburg', 'Straßberg', 'Strass']],
    ['case does not matter', ['bad Wildbad', 'Bad Urach', 'BAD Zwischenahn', 'Bad Vilbel']],
    ['numbers by value', ['Stadt 10', 'Stadt 2', 'Stadt 1', 'Stadt 002a', 'Stadt 20']],
    ['accents and other Latin letters', ['Écouen', 'Eberbach', 'Łódź', 'Lörrach', 'Lahr', 'Ødegaard']],
    ['words before longer words', ['Neustadt an der Weinstraße', 'Neustadt', 'Neustadt-Glewe', 'Neustadtl']],
  ])('%s, in the order the German collator gives', (_, names) => {
    expect([...names].sort(byKey)).toEqual([...names].sort((a, b) => collator.compare(a, b)));
  });

  it.each([
    ['Ärzen', 'arzen'],
    ['Großröhrsdorf', 'grossrohrsdorf'],
    ['  Bad Urach ', 'bad urach'],
    ['Stadt 7', 'stadt 000000000007'],
  ])('%s has the key %s', (name, key) => {
    expect(germanSortKey(name)).toBe(key);
  });
});
