import { describe, expect, it } from 'vitest';
import { questionsOf, validateCatalogue } from '../../shared/catalogue/validate-catalogue';
import { readFileSync } from 'node:fs';
import { CATALOGUE_FILES, rawCatalogue } from '../helpers/catalogues';

const ALL_TYPES = ['number', 'percent', 'currency', 'yesPartlyNo', 'singleChoice', 'multipleChoice', 'shortText', 'longText', 'date'];

describe('shipped catalogues', () => {
  it.each(Object.keys(CATALOGUE_FILES) as (keyof typeof CATALOGUE_FILES)[])('%s is valid, with at least 8 questions per field and every question type', (which) => {
    const result = validateCatalogue(rawCatalogue(which));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { catalogue } = result;
    for (const field of catalogue.fields) {
      const count = catalogue.questionnaire.sections.filter((section) => section.fieldId === field.id).flatMap((section) => section.questions).length;
      expect(count, field.name).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(questionsOf(catalogue).map((question) => question.type))).toEqual(new Set(ALL_TYPES));
  });

  it('the audit catalogue has the six Handlungsfelder, its modules and the phases of the domain', () => {
    const result = validateCatalogue(rawCatalogue('audit'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.catalogue.fields.map((field) => field.code)).toEqual(['HF1', 'HF2', 'HF3', 'HF4', 'HF5', 'HF6']);
    expect(result.catalogue.modules.length).toBeGreaterThanOrEqual(4);
    expect(result.catalogue.phases.map((phase) => phase.key)).toEqual([
      'start-mandat', 'ist-analyse', 'analyse-strategie', 'beteiligung', 'ziele-massnahmen', 'ratsbeschluss', 'zertifizierung', 'umsetzung', 're-audit',
    ]);
  });

  it.each(Object.keys(CATALOGUE_FILES) as (keyof typeof CATALOGUE_FILES)[])('%s links its resolution and report phases, the population and project lead questions, and every computed check', (which) => {
    const result = validateCatalogue(rawCatalogue(which));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { catalogue } = result;
    expect(catalogue.milestones?.reportsPhase).toBe('umsetzung');
    expect(questionsOf(catalogue).flatMap((question) => (question.caseField ? [question.caseField] : [])).sort()).toEqual(['population', 'projectLead']);
    expect(catalogue.certification.criteria.flatMap((criterion) => criterion.checks ?? []).sort()).toEqual(
      ['beschluss-dokument', 'beteiligung-buerger', 'felder-abgedeckt', 'fragebogen-vollstaendig', 'fristen', 'massnahmen-vollstaendig', 'ratsbeschluss', 'staerken-schwaechen', 'ziele-mit-massnahmen'],
    );
  });

  it('the Baden-Württemberg catalogue has its five themes and its own phases', () => {
    const result = validateCatalogue(rawCatalogue('bw'));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.catalogue.fields).toHaveLength(5);
    expect(result.catalogue.phases.map((phase) => phase.name).join(' | ')).toMatch(/Bilanzwerkstatt.*Zukunftswerkstatt.*Strategiewerkstätten.*Handlungskonzept.*Qualitätssiegel/);
  });
});

describe('the file format', () => {
  it.each([
    ['the audit', 'resources/catalogues/audit-familiengerechte-kommune.v2.json', 'audit-familiengerechte-kommune', { strategie: 'analyse-strategie', zielvereinbarung: 'ziele-massnahmen' }, ['Strategieworkshop', 'Zielvereinbarungsworkshop']],
    ['the Managementverfahren', 'resources/catalogues/bw-managementverfahren.v2.json', 'bw-managementverfahren', { strategie: 'zukunftswerkstatt', zielvereinbarung: 'strategiewerkstatt' }, ['Zukunftswerkstatt', 'Strategiewerkstatt']],
  ] as const)('reads %s in format 1 as format 2: its two workshops in their phases, none required, three yearly reports; it stores the file as it came', (_name, file, id, phases, names) => {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(raw.formatVersion).toBe(1);
    const result = validateCatalogue(raw);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.catalogue.id).toBe(id);
    expect(result.catalogue.formatVersion).toBe(2);
    expect(result.catalogue.implementation).toEqual({ yearlyReports: 3 });
    expect(result.catalogue.participation.formats.map((format) => [format.id, format.name, format.phase, format.required])).toEqual([
      ['strategie', names[0], phases.strategie, false],
      ['zielvereinbarung', names[1], phases.zielvereinbarung, false],
    ]);
    expect((result.stored as { formatVersion: number }).formatVersion).toBe(1);
    expect(result.stored).not.toHaveProperty('participation');
  });

  it('reads an unknown format-1 catalogue’s workshops without a phase', () => {
    const raw = JSON.parse(readFileSync('resources/catalogues/audit-familiengerechte-kommune.v1.json', 'utf8')) as Record<string, unknown>;
    const result = validateCatalogue({ ...raw, id: 'eigener-katalog' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.catalogue.participation.formats.map((format) => format.phase)).toEqual([undefined, undefined]);
  });

  it('the shipped format-2 catalogues declare their formats', () => {
    const formats = (which: 'audit' | 'bw') => {
      const result = validateCatalogue(rawCatalogue(which));
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.catalogue.participation.formats;
    };
    expect(formats('audit').map((format) => format.name)).toEqual(['Strategieworkshop', 'Bürgerbefragung', 'Zukunftswerkstatt', 'Fachforum', 'Stadtteilgespräch', 'Zielvereinbarungsworkshop', 'Netzwerktreffen']);
    expect(formats('bw').map((format) => format.name)).toEqual(['Bilanzwerkstatt', 'Zukunftswerkstatt', 'Strategiewerkstatt', 'Ergebnisveranstaltung']);
    expect(formats('bw').filter((format) => format.citizens).map((format) => format.id)).toEqual(['zukunftswerkstatt', 'ergebnisveranstaltung']);
  });
});

describe('validateCatalogue refuses', () => {
  type Mutation = (catalogue: Record<string, any>) => void;
  it.each<[string, Mutation, RegExp]>([
    ['a file that is not a catalogue', (c) => delete c.questionnaire, /questionnaire/],
    ['an unknown format version', (c) => (c.formatVersion = 3), /formatVersion: Das Dateiformat 3/],
    ['an id with capitals', (c) => (c.id = 'Audit'), /Kennungen bestehen aus Kleinbuchstaben/],
    ['a duplicate question id', (c) => (c.questionnaire.sections[1].questions[0].id = c.questionnaire.sections[0].questions[0].id), /Die Fragen-Kennung „.*“ kommt mehrfach vor/],
    ['a section of an unknown field', (c) => (c.questionnaire.sections[0].fieldId = 'hf9'), /Das Feld „hf9“ gibt es nicht/],
    ['a section of both a field and a module', (c) => (c.questionnaire.sections[0].moduleId = c.modules[0].id), /entweder zu einem Feld/],
    ['a field without questions', (c) => c.fields.push({ id: 'hf7', code: 'HF7', name: 'Neues Feld' }), /Für das Feld „Neues Feld“ gibt es keine Fragen/],
    ['an unknown question type', (c) => (c.questionnaire.sections[0].questions[0].type = 'slider'), /type/],
    ['a choice with one option', (c) => {
      const question = c.questionnaire.sections.flatMap((s: any) => s.questions).find((q: any) => q.type === 'singleChoice');
      question.options = question.options.slice(0, 1);
    }, /options/],
    ['a lower limit above the upper', (c) => {
      const question = c.questionnaire.sections.flatMap((s: any) => s.questions).find((q: any) => q.type === 'percent');
      question.min = 80;
      question.max = 20;
    }, /Die Untergrenze liegt über der Obergrenze/],
    ['an audit span naming an unknown phase', (c) => (c.auditSpan.toPhase = 'nirgendwo'), /Die Phase „nirgendwo“/],
    ['a scale label outside the scale', (c) => c.scoring.scale.labels.push({ value: 9, label: 'super' }), /außerhalb der Skala 0–4/],
    ['scoring for an unknown field', (c) => (c.scoring.fields[0].fieldId = 'hf9'), /scoring.fields\[0\]: Das Feld „hf9“ gibt es nicht/],
    ['an unknown certification category', (c) => (c.certification.criteria[0].category = 'sonstiges'), /category/],
    ['two fields whose sheet names coincide', (c) => Object.assign(c.fields[1], { code: c.fields[0].code, name: c.fields[0].name }), /hieße wie das Blatt von HF1/],
    ['two sheet names differing only in case', (c) => Object.assign(c.fields[1], { code: c.fields[0].code.toLowerCase(), name: c.fields[0].name.toUpperCase() }), /Groß- und Kleinschreibung/],
    ["a sheet name that is the template's list sheet", (c) => Object.assign(c.fields[0], { code: 'Listen', name: '*' }), /wie ein Blatt, das die Vorlage selbst braucht \(„Listen“\)/],
    ['a sheet name that is the metadata sheet, in other case', (c) => Object.assign(c.fields[0], { code: 'METADATEN', name: '?' }), /„Metadaten“/],
    ['a sheet name with a leading apostrophe', (c) => (c.fields[0].code = "'HF1"), /Apostroph/],
    ["a module whose sheet is called like a field's", (c) => Object.assign(c.fields[0], { code: 'M1', name: c.modules[0].name }), /hieße wie das Blatt von M1|hieße wie das Blatt von/],
    ['an option label with a semicolon in a multiple choice', (c) => {
      const question = c.questionnaire.sections.flatMap((s: any) => s.questions).find((q: any) => q.type === 'multipleChoice');
      question.options[0].label = 'Kita; Hort';
    }, /kein Semikolon/],
    ['two option labels differing only in case', (c) => {
      const question = c.questionnaire.sections.flatMap((s: any) => s.questions).find((q: any) => q.type === 'singleChoice');
      question.options[1].label = question.options[0].label.toUpperCase();
    }, /Zwei Antwortoptionen heißen/],
    ['a control character in a field name', (c) => (c.fields[0].name = 'Steuerung\u0001'), /Steuerzeichen/],
    ['a milestone naming an unknown phase', (c) => (c.milestones.reportsPhase = 'nirgendwo'), /milestones: Die Phase „nirgendwo“ \(reportsPhase\) gibt es nicht/],
    ['milestones out of the cycle order', (c) => (c.milestones.resolutionPhase = 'umsetzung'), /„zertifizierung“ \(certificate.phase\) muss nach „umsetzung“/],
    ['an unknown computed check', (c) => (c.certification.criteria.find((entry: { checks?: string[] }) => entry.checks).checks = ['hellsehen']), /checks/],
    ['a computed check on a content criterion', (c) => (c.certification.criteria[0].checks = ['fristen']), /nicht formal/],
    ['one check deciding two criteria', (c) => (c.certification.criteria.find((entry: { id: string }) => entry.id === 'zk.formal.dokumentation').checks = ['fristen']), /„fristen“ gehört schon zum Kriterium „zk.formal.fristen“/],
    ['the population repeated by a text question', (c) => (c.questionnaire.sections[0].questions.find((entry: { type: string }) => entry.type === 'shortText').caseField = 'population'), /passen nicht zu einer Frage vom Typ „shortText“/],
    ['an unknown case field', (c) => (c.questionnaire.sections[0].questions[0].caseField = 'buergermeister'), /caseField/],
    ['an unknown term', (c) => (c.terminology = { buergermeister: 'Schultheiß' }), /terminology/],
    ['an empty term', (c) => (c.terminology = { agreement: ' ' }), /terminology\.agreement/],
    ['format 2 without participation formats', (c) => delete c.participation, /participation: fehlt/],
    ['format 2 without yearly reports', (c) => delete c.implementation, /implementation: fehlt/],
    ['more yearly reports than any procedure has', (c) => (c.implementation.yearlyReports = 11), /implementation\.yearlyReports/],
    ['two formats of one id', (c) => (c.participation.formats[1].id = c.participation.formats[0].id), /Die Format-Kennung „strategie“ kommt mehrfach vor/],
    ['two formats of one name', (c) => (c.participation.formats[1].name = c.participation.formats[0].name.toUpperCase()), /Zwei Formate heißen/],
    ['a format of an unknown phase', (c) => (c.participation.formats[0].phase = 'nirgendwo'), /participation\.formats\[0\] \(strategie\): Die Phase „nirgendwo“ gibt es nicht/],
  ])('%s', (_label, mutate, message) => {
    const catalogue = rawCatalogue('audit');
    mutate(catalogue);
    const result = validateCatalogue(catalogue);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });
});
