import type { Question } from '../catalogue/catalogue-schema';

/** How a question's kind is named where people read it; the catalogue's id stays for machines. */
export const QUESTION_TYPE_LABELS: Record<Question['type'], string> = {
  number: 'Zahl',
  percent: 'Prozentwert',
  currency: 'Geldbetrag',
  yesPartlyNo: 'Ja/Teilweise/Nein',
  singleChoice: 'Einfachauswahl',
  multipleChoice: 'Mehrfachauswahl',
  shortText: 'Kurztext',
  longText: 'Langtext',
  date: 'Datum',
};
