import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../shared/catalogue/catalogue-schema';
import { readCellAnswer, type CellContent } from '../../shared/questionnaire/workbook-cells';

const q = (raw: Record<string, unknown>): Question => questionSchema.parse({ id: 'q', text: 'Frage', ...raw });
const places = q({ type: 'number', min: 0 });
const rate = q({ type: 'percent', decimals: 1 });
const euros = q({ type: 'currency' });
const ynp = q({ type: 'yesPartlyNo' });
const single = q({ type: 'singleChoice', options: [{ id: 'kita', label: 'Kindertagesstätte' }, { id: 'tp', label: 'Tagespflege, privat' }] });
const multi = q({ type: 'multipleChoice', options: [{ id: 'a', label: 'Sport' }, { id: 'b', label: 'Musik' }, { id: 'c', label: 'Kunst, Kultur' }] });
const date = q({ type: 'date' });
const text = q({ type: 'shortText' });

const num = (value: number, percentFormat = false): CellContent => ({ kind: 'number', value, percentFormat });
const txt = (value: string): CellContent => ({ kind: 'text', value });

describe('readCellAnswer reads what a person typed', () => {
  it.each<[string, Question, CellContent, unknown]>([
    ['an empty cell as no answer', places, { kind: 'empty' }, null],
    ['a real number', places, num(1234), 1234],
    ['German thousands as text', places, txt('1.234'), 1234],
    ['German decimals as text', rate, txt('37,5'), 37.5],
    ['a percent sign', rate, txt('37,5 %'), 37.5],
    ['a percent-formatted fraction', rate, num(0.375, true), 37.5],
    ['a plain number in a percent question', rate, num(37.5), 37.5],
    ['euros with a sign', euros, txt('12.500,00 €'), 12500],
    ['Ja', ynp, txt('Ja'), 'ja'],
    ['x as yes', ynp, txt(' X '), 'ja'],
    ['teilweise', ynp, txt('teilw.'), 'teilweise'],
    ['NEIN', ynp, txt('NEIN'), 'nein'],
    ['a boolean cell', ynp, { kind: 'boolean', value: false }, 'nein'],
    ['1 as yes', ynp, num(1), 'ja'],
    ['an option by its label, any case', single, txt('kindertagesstätte'), 'kita'],
    ['an option label with a comma', single, txt('Tagespflege, privat'), 'tp'],
    ['several options separated by semicolons', multi, txt('Musik; Sport'), ['a', 'b']],
    ['several options separated by commas', multi, txt('Sport, Musik'), ['a', 'b']],
    ['an option whose label has a comma', multi, txt('Kunst, Kultur'), ['c']],
    ['options on separate lines', multi, txt('Sport\nKunst, Kultur'), ['a', 'c']],
    ['a real date', date, { kind: 'date', value: '2025-03-15' }, '2025-03-15'],
    ['a date as German text', date, txt('15.03.2025'), '2025-03-15'],
    ['a number in a text question', text, num(12.5), '12,5'],
    ['a formula result', places, num(42), 42],
  ])('%s', (_label, question, cell, expected) => {
    expect(readCellAnswer(question, cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, Question, CellContent, RegExp]>([
    ['text in a number', places, txt('viele'), /„viele“ ist keine Zahl/],
    ['a date in a number', places, { kind: 'date', value: '2025-03-15' }, /Hier steht ein Datum \(15\.03\.2025\), erwartet wird eine Zahl/],
    ['a negative count', places, num(-3), /-3 liegt unter dem Mindestwert 0/],
    ['a percent over 100', rate, txt('140 %'), /140 liegt über dem Höchstwert 100/],
    ['an unknown yes/no word', ynp, txt('vielleicht'), /„vielleicht“ ist keine gültige Antwort\. Erlaubt sind Ja, Teilweise, Nein/],
    ['an unknown option', single, txt('Hort'), /„Hort“ ist keine Option dieser Frage/],
    ['one unknown among several options', multi, txt('Sport; Tanz'), /„Tanz“ ist keine Option/],
    ['an impossible date', date, txt('31.02.2025'), /gibt es nicht im Kalender/],
    ['a formula error', places, { kind: 'error', value: '#DIV/0!' }, /Fehlerwert \(#DIV\/0!\)/],
  ])('refuses %s', (_label, question, cell, message) => {
    const result = readCellAnswer(question, cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
