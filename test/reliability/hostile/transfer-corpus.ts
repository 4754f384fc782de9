import { gzipSync } from 'node:zlib';
import { transferChecksum, type TransferFile } from '../../../electron/backend/transfer/transfer-file';

type Row = Record<string, unknown>;

/** Ids of the case that stays on the receiving laptop, for files that try to reach into it. */
export interface Bystander {
  caseId: string;
  reportId: string;
  measureId: string;
  goalId: string;
  itemId: string;
}

interface HostileTransfer {
  name: string;
  /** The bytes of the file as it arrives. */
  bytes: () => Buffer;
  /** Harmless variants that may be accepted; every other entry must be refused. */
  mayBeAccepted?: boolean;
}

const pack = (file: unknown) => gzipSync(JSON.stringify(file));

function rows(file: TransferFile, table: string): Row[] {
  const list = file.tables[table];
  if (!list || list.length === 0) throw new Error(`corpus: the source case has no ${table}`);
  return list;
}

/** A change to a valid file whose checksum is then recomputed, as a forger would. */
function forged(source: TransferFile, change: (file: TransferFile) => void): () => Buffer {
  return () => {
    const file = structuredClone(source);
    change(file);
    file.sha256 = transferChecksum(file);
    return pack(file);
  };
}

/** Replaces an id everywhere in the file, so that only its form is wrong. */
function replaceId(file: TransferFile, from: string, to: string): void {
  const swap = (value: unknown): unknown => (value === from ? to : value);
  for (const list of Object.values(file.tables)) for (const row of list) for (const key of Object.keys(row)) row[key] = swap(row[key]);
  if (file.caseId === from) file.caseId = to;
  for (const entry of file.history) entry.case_id = swap(entry.case_id);
}

/** Every way a transfer file can be broken or hostile that this suite knows of. */
export function hostileTransfers(source: TransferFile, bystander: Bystander): HostileTransfer[] {
  const firstOf = (file: TransferFile, table: string) => rows(file, table)[0]!;
  const entries: [string, (file: TransferFile) => void, boolean?][] = [
    ['Bundesland 99', (file) => (firstOf(file, 'cases').bundesland = '99')],
    ['AGS passt nicht zum Bundesland', (file) => (firstOf(file, 'cases').bundesland = '09')],
    ['Erstellzeit „garbage“', (file) => (firstOf(file, 'cases').created_at = 'garbage')],
    ['Kennung des Falls keine UUID', (file) => replaceId(file, file.caseId, 'fall-1')],
    ['Kennung einer Maßnahme keine UUID', (file) => replaceId(file, String(firstOf(file, 'measures').id), '42')],
    ['Katalog nicht installiert', (file) => (firstOf(file, 'cases').catalogue_id = 'unbekannter-katalog')],
    ['Katalogversion passt nicht', (file) => (firstOf(file, 'cases').catalogue_version = 7)],
    ['Katalog kein JSON', (file) => (file.catalogue.content = '{kaputt')],
    ['Katalog ungültig', (file) => (file.catalogue.content = JSON.stringify({ formatVersion: 1, id: file.catalogue.id }))],
    ['Katalog mit anderem Inhalt unter derselben Version', (file) => {
      const catalogue = JSON.parse(file.catalogue.content) as { name: string };
      catalogue.name = 'Gefälschter Katalog';
      file.catalogue.content = JSON.stringify(catalogue);
    }],
    ['Antwort kein JSON', (file) => (firstOf(file, 'answers').value = '{kein json')],
    ['Antwort vom falschen Typ', (file) => (firstOf(file, 'answers').value = JSON.stringify({ böse: true }))],
    ['Antwort passt nicht zur Frage', (file) => (firstOf(file, 'answers').value = JSON.stringify(['keine', 'option']))],
    ['Antwort auf unbekannte Frage', (file) => (firstOf(file, 'answers').question_id = 'gibt-es-nicht')],
    ['Antwort auf Frage „__proto__“', (file) => (firstOf(file, 'answers').question_id = '__proto__')],
    ['Stärke im Feld „constructor“', (file) => (firstOf(file, 'field_items').field_id = 'constructor')],
    ['Bewertung außerhalb der Skala', (file) => (firstOf(file, 'criterion_ratings').value = 99)],
    ['Negative Einwohnerzahl', (file) => (firstOf(file, 'cases').population = -5)],
    ['Steuerzeichen U+0001 im Namen', (file) => (firstOf(file, 'cases').municipality_name = 'Böse\u0001stadt')],
    ['U+FFFE in einer Notiz', (file) => (firstOf(file, 'cases').notes = 'Text \uFFFE')],
    ['U+FFFF in einer Antwort', (file) => {
      const text = rows(file, 'answers').find((row) => row.value === JSON.stringify('Freitext der Rathaus-Antwort'));
      if (!text) throw new Error('corpus: no text answer');
      text.value = JSON.stringify('Antwort \uFFFF');
    }],
    ['Stand einer Maßnahme im Jahresbericht eines anderen Falls', (file) => rows(file, 'report_entries').push({ report_id: bystander.reportId, measure_id: firstOf(file, 'measures').id, status: 'umgesetzt', comment: '' })],
    ['Stand einer fremden Maßnahme im eigenen Bericht', (file) => rows(file, 'report_entries').push({ report_id: firstOf(file, 'implementation_reports').id, measure_id: bystander.measureId, status: 'umgesetzt', comment: '' })],
    ['Maßnahme unter dem Ziel eines anderen Falls', (file) => (firstOf(file, 'measures').goal_id = bystander.goalId)],
    ['Maßnahme verweist auf fremde Schwäche', (file) => (firstOf(file, 'measures').linked_item_id = bystander.itemId)],
    ['Zeile eines anderen Falls', (file) => (firstOf(file, 'answers').case_id = bystander.caseId)],
    ['Maßnahme mit der Kennung einer fremden Maßnahme', (file) => replaceId(file, String(firstOf(file, 'measures').id), bystander.measureId)],
    ['Doppelte Zeile', (file) => rows(file, 'answers').push({ ...firstOf(file, 'answers') })],
    ['Kein Fall in der Datei', (file) => (file.tables.cases = [])],
    ['Zwei Fälle in der Datei', (file) => rows(file, 'cases').push({ ...firstOf(file, 'cases'), id: bystander.caseId })],
    ['Unbekannte Tabelle', (file) => (file.tables.evil = [{ case_id: file.caseId }])],
    ['Tabelle app_meta', (file) => (file.tables.app_meta = [{ key: 'change_log_user', value: 'Eindringling' }])],
    ['Datei-Inhalt kein Base64', (file) => (firstOf(file, 'questionnaire_imports').file_content = { $bytes: '!!!' })],
    ['Prüfsumme der Datei falsch', (file) => (firstOf(file, 'questionnaire_imports').file_sha256 = '0'.repeat(64))],
    ['Ende vor Beginn', (file) => Object.assign(firstOf(file, 'measures'), { start_month: '2027-05', end_month: '2026-01' })],
    ['Monat 13', (file) => (firstOf(file, 'measures').start_month = '2026-13')],
    ['Berichtsjahr 7', (file) => (firstOf(file, 'implementation_reports').year = 7)],
    ['Unbekannter Stand', (file) => (firstOf(file, 'report_entries').status = 'erledigt')],
    ['Auflagen kein JSON', (file) => (firstOf(file, 'certification_decisions').conditions = 'Auflage 1')],
    ['Protokolleintrag ohne JSON-Werte', (file) => (file.history[0]!.new_values = 'kaputt')],
    ['Protokolleintrag aus dem Jahr 2099', (file) => (file.history[0]!.changed_at = '2099-01-01T00:00:00.000Z')],
    ['Protokolleintrag aus dem Jahr 1970', (file) => (file.history[0]!.changed_at = '1970-01-01T00:00:00.000Z')],
    ['Protokolleintrag ohne Benutzer', (file) => (file.history[0]!.user_profile = '')],
    ['Protokolleintrag eines anderen Falls', (file) => (file.history[0]!.case_id = bystander.caseId)],
    ['Protokolleintrag zu unbekannter Tabelle', (file) => (file.history[0]!.table_name = 'app_meta')],
    ['Protokolleintrag mit unbekanntem Vorgang', (file) => (file.history[0]!.operation = 'drop')],
    ['Fremde Spalte in einer Zeile (wird ignoriert)', (file) => (firstOf(file, 'answers').evil = 'x'), true],
  ];
  const forgedFiles: HostileTransfer[] = entries.map(([name, change, mayBeAccepted]) => ({ name, bytes: forged(source, change), ...(mayBeAccepted ? { mayBeAccepted } : {}) }));
  const header = `{"format":"familienaudit-auditfall","formatVersion":1,"appVersion":"0","schemaVersion":8,"exportedAt":"2026-01-01T00:00:00.000Z","caseId":"${source.caseId}","municipalityName":"x","catalogue":{"id":"x","version":1,"content":"{}"},"tables":{"cases":[]},`;
  return [
    ...forgedFiles,
    { name: 'Prüfsumme nicht neu berechnet', bytes: () => pack({ ...source, municipalityName: 'Anders' }) },
    { name: 'Kein gzip', bytes: () => Buffer.from('Hallo Welt') },
    { name: 'gzip ohne JSON', bytes: () => gzipSync('kein json') },
    { name: 'JSON, aber keine Fallübergabe', bytes: () => gzipSync('{"hallo":"welt"}') },
    { name: 'Bombe: 1,5 Mio. winzige Protokolleinträge', bytes: () => gzipSync(`${header}"history":[${'{},'.repeat(1_500_000)}{}],"sha256":"${'0'.repeat(64)}"}`) },
    { name: 'Bombe: 250.000 winzige Zeilen', bytes: () => gzipSync(`${header.replace('"tables":{"cases":[]}', `"tables":{"answers":[${'{},'.repeat(250_000)}{}]}`)}"history":[],"sha256":"${'0'.repeat(64)}"}`) },
    { name: 'Bombe: 100.000 Ebenen tief', bytes: () => gzipSync(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
    { name: 'Bombe: entpackt über 200 MB', bytes: () => gzipSync(Buffer.alloc(210 * 1024 * 1024, 0x20)) },
  ];
}
