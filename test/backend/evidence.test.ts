import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/backend';
import { sha256Of } from '../../electron/backend/evidence/content-store';
import { testBackend, type TestBackend } from '../helpers/backend';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const base64 = (bytes: Buffer) => bytes.toString('base64');

async function exampleCase(app: TestBackend) {
  return (await app.call('cases.createExample', { catalogueId: 'audit-familiengerechte-kommune', municipalityName: 'Nachweisstadt' })).id;
}

/** What is stored before a step: the worked example brings its own resolution document. */
async function stored(app: TestBackend, caseId: string) {
  const folder = join(app.dataDir, 'nachweise');
  return { documents: (await app.call('evidence.list', { caseId })).documents, files: existsSync(folder) ? readdirSync(folder).sort() : [] };
}

describe('evidence', () => {
  it('stores a document by its content, lists it at its places, and reads back the exact bytes', async () => {
    const app = await testBackend({ user: 'Dr. Maria Muster' });
    const caseId = await exampleCase(app);
    const saved = await app.call('evidence.add', { caseId, fileName: '../../etc/Ratsbeschluss\u202E.pdf', contentBase64: base64(PDF), title: 'Ratsbeschluss Zielvereinbarung', documentDate: '2024-09-04', places: ['case', 'resolution:agreement'] });
    const document = saved.documents.find((candidate) => candidate.id === saved.savedId)!;
    expect(document).toMatchObject({ title: 'Ratsbeschluss Zielvereinbarung', documentDate: '2024-09-04', fileName: 'Ratsbeschluss.pdf', type: 'pdf', size: PDF.length, sha256: sha256Of(PDF), addedBy: 'Dr. Maria Muster' });
    expect(document.places.map((place) => place.place)).toEqual(['case', 'resolution:agreement']);
    expect(existsSync(join(app.dataDir, 'nachweise', sha256Of(PDF)))).toBe(true);
    const read = await app.call('evidence.read', { documentId: document.id });
    expect(read.fileName).toBe('Ratsbeschluss.pdf');
    expect(Buffer.from(read.contentBase64, 'base64').equals(PDF)).toBe(true);
  });

  it('knows a DOCX and an XLSX by their packages, whatever they are called', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const docx = await app.call('concept.export', { caseId });
    const xlsx = await app.call('certification.exportWorkbook', { caseId });
    for (const [file, type] of [[docx, 'docx'], [xlsx, 'xlsx']] as const) {
      const saved = await app.call('evidence.add', { caseId, fileName: 'scan.pdf', contentBase64: file.contentBase64 });
      expect(saved.documents.find((candidate) => candidate.id === saved.savedId)!.type).toBe(type);
    }
  });

  it.each([
    ['a program named .pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'Programm oder Skript'],
    ['a plain zip archive', Buffer.from('UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAYS50eHRQSwECFAAKAAAAAAAAACEAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAYS50eHRQSwUGAAAAAAEAAQAzAAAAIwAAAAAA', 'base64'), 'kein Office-Dokument'],
    ['a truncated PDF', PDF.subarray(0, 20), 'unvollständig'],
  ])('refuses %s in German and stores nothing', async (_case, bytes, message) => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const before = await stored(app, caseId);
    const result = await app.invoke('evidence.add', { caseId, fileName: 'beschluss.pdf', contentBase64: base64(bytes) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toContain(message);
    expect(await stored(app, caseId)).toEqual(before);
  });

  it('refuses a place the case does not have, and a case whose documents would pass 500 MB', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const unknown = await app.invoke('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF), places: ['measure:gibt-es-nicht'] });
    expect(!unknown.ok && unknown.error.message).toBe('Maßnahme „gibt-es-nicht“ gibt es in diesem Auditfall nicht.');
    const report = await app.invoke('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF), places: ['report:9'] });
    expect(!report.ok && report.error.message).toContain('Einen Jahresbericht 9 sieht das Verfahren nicht vor (höchstens 3).');
    await app.call('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF) });
    app.backend.database.sqlite.prepare('UPDATE documents SET size = ? WHERE case_id = ?').run(500 * 1024 * 1024 - 10, caseId);
    const full = await app.invoke('evidence.add', { caseId, fileName: 'b.pdf', contentBase64: base64(PDF) });
    expect(!full.ok && full.error.message).toContain('mehr als 500 MB je Auditfall');
  });

  it('serves no content that does not match its SHA-256, and says when it is missing', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const saved = await app.call('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF), title: 'Protokoll' });
    const path = join(app.dataDir, 'nachweise', sha256Of(PDF));
    writeFileSync(path, Buffer.concat([PDF, Buffer.from('x')]));
    const tampered = await app.invoke('evidence.read', { documentId: saved.savedId });
    expect(!tampered.ok && tampered.error.message).toContain('„Protokoll“ stimmt nicht mehr mit seiner Prüfsumme überein');
    rmSync(path);
    const missing = await app.invoke('evidence.read', { documentId: saved.savedId });
    expect(!missing.ok && missing.error.message).toContain('Der Inhalt des Nachweises „Protokoll“ fehlt im Datenordner.');
  });

  it('records a removal in the change log with title and hash, and keeps content another document still needs', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const before = await stored(app, caseId);
    const first = await app.call('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF), title: 'Erstes' });
    const second = await app.call('evidence.add', { caseId, fileName: 'b.pdf', contentBase64: base64(PDF), title: 'Zweites' });
    const content = join(app.dataDir, 'nachweise', sha256Of(PDF));
    await app.call('evidence.remove', { documentId: first.savedId });
    expect(existsSync(content)).toBe(true);
    await app.call('evidence.remove', { documentId: second.savedId });
    expect(existsSync(content)).toBe(false);
    const log = await app.call('changeLog.caseLog', { caseId, limit: 50 });
    const removed = log.entries.filter((entry) => entry.tableLabel === 'Nachweis' && entry.operation === 'delete');
    expect(removed.map((entry) => entry.subject)).toEqual([`„Zweites“ (SHA-256 ${sha256Of(PDF).slice(0, 12)}…)`, `„Erstes“ (SHA-256 ${sha256Of(PDF).slice(0, 12)}…)`]);
    expect(await stored(app, caseId)).toEqual(before);
  });

  it('at start removes what an interrupted add left behind, once it is settled, and nothing a document needs', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const before = await stored(app, caseId);
    const kept = await app.call('evidence.add', { caseId, fileName: 'a.pdf', contentBase64: base64(PDF) });
    const store = join(app.dataDir, 'nachweise');
    const orphan = join(store, 'b'.repeat(64));
    const partial = join(store, '.unfertig-123');
    const fresh = join(store, 'c'.repeat(64));
    for (const path of [orphan, partial, fresh]) writeFileSync(path, 'x');
    const old = new Date(Date.now() - 60 * 60 * 1000);
    for (const path of [orphan, partial, join(store, sha256Of(PDF))]) utimesSync(path, old, old);
    await app.backend.close();
    const reopened = await createBackend({ dataDir: app.dataDir });
    try {
      expect(readdirSync(store).sort()).toEqual([...before.files, sha256Of(PDF), 'c'.repeat(64)].sort());
      expect(kept.savedId).toBeTruthy();
    } finally {
      await reopened.close();
    }
  });
});

describe('evidence in backups', () => {
  it('keeps each document’s content beside the backups, once, and brings it back with a restore after the document was removed', async () => {
    const app = await testBackend();
    const caseId = await exampleCase(app);
    const saved = await app.call('evidence.add', { caseId, fileName: 'beschluss.pdf', contentBase64: base64(PDF), title: 'Ratsbeschluss' });
    const backup = await app.call('backups.create', {});
    const vaulted = join(app.dataDir, 'backups', 'nachweise', sha256Of(PDF));
    expect(existsSync(vaulted)).toBe(true);
    await app.call('evidence.remove', { documentId: saved.savedId });
    expect(existsSync(join(app.dataDir, 'nachweise', sha256Of(PDF)))).toBe(false);
    // A later backup still keeps it: the earlier one needs it.
    await app.call('backups.create', {});
    expect(existsSync(vaulted)).toBe(true);

    await app.call('backups.restore', { backupId: backup.id });
    const read = await app.call('evidence.read', { documentId: saved.savedId });
    expect(Buffer.from(read.contentBase64, 'base64').equals(PDF)).toBe(true);
  });
});
