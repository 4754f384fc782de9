import { describe, expect, it } from 'vitest';
import { formatEuro, formatGermanInteger, parseGermanDecimal, parseGermanInteger } from '../../shared/domain/german-numbers';

describe('parseGermanInteger', () => {
  it.each([
    ['12345', 12345],
    ['12.345', 12345],
    ['1.234.567', 1234567],
    ['12 345', 12345],
    [' 42 ', 42],
    ['0', 0],
    ['', null],
    ['   ', null],
  ])('%j → %j', (raw, expected) => {
    expect(parseGermanInteger(raw)).toBe(expected);
  });

  it.each(['12,5', '1.23', 'abc', '12.34.5', '1e5'])('%j is not a whole number', (raw) => {
    expect(parseGermanInteger(raw)).toBeNaN();
  });
});

describe('formatGermanInteger', () => {
  it('groups thousands with dots', () => {
    expect(formatGermanInteger(1234567)).toBe('1.234.567');
  });
});

describe('parseGermanDecimal', () => {
  it.each([
    ['1.234,5', 1234.5],
    ['1234,5', 1234.5],
    ['0,75', 0.75],
    ['12.5', 12.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['45 %', 45],
    ['45,5%', 45.5],
    ['12.500,00 €', 12500],
    ['300 EUR', 300],
    ['-3,5', -3.5],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(parseGermanDecimal(raw)).toBe(expected);
  });

  it.each(['1,234,5', '12,34.5', 'abc', '€', '1.23.4', '--1'])('%j is not a number', (raw) => {
    expect(parseGermanDecimal(raw)).toBeNaN();
  });
});

describe('formatEuro', () => {
  it.each([
    [4800.5, '4.800,50 €'],
    [0, '0,00 €'],
    [1234567.891, '1.234.567,89 €'],
    [-12.5, '-12,50 €'],
  ])('%d → %s', (value, text) => {
    expect(formatEuro(value)).toBe(text);
  });
});
