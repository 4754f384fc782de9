import { describe, expect, it } from 'vitest';
import { questionSchema, type Question } from '../../shared/catalogue/catalogue-schema';
import { checkAnswerValue } from '../../shared/questionnaire/answer-value';
import { textToAnswer, type TypedQuestion } from '../../shared/questionnaire/answer-text';

const q = (raw: Record<string, unknown>): Question => questionSchema.parse({ id: 'q', text: 'Frage', ...raw });

const places = q({ type: 'number', unit: 'Plätze', min: 0 });
const rate = q({ type: 'percent', decimals: 1 });
const budget = q({ type: 'currency', min: 0 });
const ynp = q({ type: 'yesPartlyNo' });
const single = q({ type: 'singleChoice', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] });
const withNone = q({ type: 'multipleChoice', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'keine', label: 'Keine', exclusive: true }] });
const multi = q({ type: 'multipleChoice', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }], maxSelected: 2 });
const short = q({ type: 'shortText', maxLength: 10 });
const date = q({ type: 'date', min: '2000-01-01' });
const anyDate = q({ type: 'date' });

describe('checkAnswerValue', () => {
  it.each<[string, Question, unknown, unknown]>([
    ['a whole number', places, 42, 42],
    ['no answer', places, null, null],
    ['a percentage with one decimal', rate, 45.5, 45.5],
    ['euros with cents', budget, 1234.56, 1234.56],
    ['Teilweise', ynp, 'teilweise', 'teilweise'],
    ['an option', single, 'b', 'b'],
    ['options in catalogue order', multi, ['b', 'a'], ['a', 'b']],
    ['an empty selection as no answer', multi, [], null],
    ['an exclusive option alone', withNone, ['keine'], ['keine']],
    ['several ordinary options beside an exclusive one', withNone, ['a', 'b'], ['a', 'b']],
    ['trimmed text', short, '  Kita  ', 'Kita'],
    ['empty text as no answer', short, '   ', null],
    ['a date', date, '2025-03-15', '2025-03-15'],
    ['the earliest date spreadsheets show right', anyDate, '1900-03-01', '1900-03-01'],
  ])('accepts %s', (_label, question, value, expected) => {
    expect(checkAnswerValue(question, value)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, Question, unknown, string]>([
    ['text in a number', places, 'viele', 'Bitte eine ganze Zahl eingeben, z. B. 1.234.'],
    ['text in a number with decimals', rate, 'viele', 'Bitte eine Zahl eingeben, z. B. 1.234,5.'],
    ['a fraction where whole numbers are asked', places, 2.5, '2,5 hat zu viele Nachkommastellen. Bitte eine ganze Zahl eingeben.'],
    ['a negative count', places, -1, '-1 liegt unter dem Mindestwert 0.'],
    ['a percentage over 100', rate, 120, '120 liegt über dem Höchstwert 100.'],
    ['a share typed as a fraction', rate, 0.224, '0,224 hat zu viele Nachkommastellen. Erlaubt ist höchstens 1 Nachkommastelle. Anteile bitte in Prozent angeben: 0,224 entspricht 22,4 %.'],
    ['too many decimals', rate, 45.55, '45,55 hat zu viele Nachkommastellen. Erlaubt ist höchstens 1 Nachkommastelle.'],
    ['fractions of a cent', budget, 1.234, '1,234 hat zu viele Nachkommastellen. Erlaubt sind höchstens 2 Nachkommastellen.'],
    ['an unknown yes/no value', ynp, 'vielleicht', 'Bitte Ja, Teilweise oder Nein wählen.'],
    ['an unknown option', single, 'z', 'Bitte eine der Optionen wählen.'],
    ['too many options', multi, ['a', 'b', 'c'], 'Bitte höchstens 2 Optionen wählen.'],
    ['an option that is not offered', multi, ['a', 'x'], '„x“ ist keine Option dieser Frage.'],
    ['an exclusive option with another', withNone, ['a', 'keine'], '„Keine“ lässt sich nicht mit anderen Optionen verbinden.'],
    ['too long a text', short, 'Familienzentrum', 'Höchstens 10 Zeichen (jetzt 15).'],
    ['a date before the limit', date, '1999-12-31', 'Das Datum darf nicht vor dem 01.01.2000 liegen.'],
    ['an impossible date', date, '2025-02-30', 'Bitte ein gültiges Datum eingeben.'],
    ['a date before 01.03.1900, which spreadsheets show a day off', anyDate, '1900-02-28', 'Daten vor dem 01.03.1900 sind nicht möglich.'],
    ['the spreadsheets\' leap day that never was', anyDate, '1900-02-29', 'Bitte ein gültiges Datum eingeben.'],
  ])('refuses %s', (_label, question, value, message) => {
    expect(checkAnswerValue(question, value)).toEqual({ ok: false, message });
  });
});

describe('textToAnswer reads what a German user types', () => {
  it.each<[TypedQuestion, string, unknown]>([
    [places as TypedQuestion, '1.234', 1234],
    [rate as TypedQuestion, '45,5 %', 45.5],
    [budget as TypedQuestion, '12.500,00 €', 12500],
    [date as TypedQuestion, '15.03.2025', '2025-03-15'],
    [places as TypedQuestion, '', null],
  ])('%#: %s', (question, text, expected) => {
    expect(textToAnswer(question, text)).toEqual({ ok: true, value: expected });
  });

  it.each<[TypedQuestion, string, string]>([
    [places as TypedQuestion, 'zwölf', 'Bitte eine ganze Zahl eingeben, z. B. 1.234.'],
    [rate as TypedQuestion, '101', '101 liegt über dem Höchstwert 100.'],
    [date as TypedQuestion, '31.02.2025', 'Den 31.02.2025 gibt es nicht im Kalender.'],
  ])('%#: refuses %s', (question, text, message) => {
    expect(textToAnswer(question, text)).toEqual({ ok: false, message });
  });
});
