import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Of } from '../../electron/backend/evidence/content-store';
import { testBackend, type TestBackend } from '../helpers/backend';
import { caseOf, CASE_ENTRY, readContainer, resealed, writeContainer } from '../helpers/transfer-container';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const TEXT = Buffer.from('Protokoll der Zukunftswerkstatt\nMit Umlauten: äöüß\n', 'utf8');
const base64 = (bytes: Buffer) => bytes.toString('base64');

async function caseWithDocuments(app: TestBackend) {
  const caseId = (await app.call('cases.createExample', { catalogueId: 'audit-familiengerechte-kommune', municipalityName: 'Nachweisstadt' })).id;
  const agreement = await app.call('goals.get', { caseId });
  const measureId = agreement.fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)))[0]!.id;
  await app.call('evidence.add', { caseId, fileName: 'beschluss.pdf', contentBase64: base64(PDF), title: 'Ratsbeschluss', documentDate: '2024-09-04', places: ['resolution:agreement', `measure:${measureId}`] });
  await app.call('evidence.add', { caseId, fileName: 'protokoll.txt', contentBase64: base64(TEXT), title: 'Protokoll' });
  return { caseId, measureId };
}

const hashes = (evidence: { documents: { sha256: string }[] }) => evidence.documents.map((document) => document.sha256);

describe('documents in case transfer files', () => {
  it('travel in a zip container, one entry per hash, and arrive byte for byte at their places', async () => {
    const from = await testBackend({ user: 'a.pruefer' });
    const { caseId, measureId } = await caseWithDocuments(from);
    const file = await from.call('transfer.exportCase', { caseId });
    const entries = await readContainer(Buffer.from(file.contentBase64, 'base64'));
    const documents = (await from.call('evidence.list', { caseId })).documents;
    expect(documents.map((document) => document.sha256)).toEqual(expect.arrayContaining([sha256Of(PDF), sha256Of(TEXT)]));
    expect([...entries.keys()].sort()).toEqual([CASE_ENTRY, ...new Set(documents.map((document) => `nachweise/${document.sha256}`))].sort());
    expect(caseOf(entries).formatVersion).toBe(2);

    const to = await testBackend({ user: 'b.kollegin' });
    const preview = await to.call('transfer.previewCase', file);
    expect(preview).toMatchObject({ documentCount: documents.length, documentBytes: documents.reduce((sum, document) => sum + document.size, 0) });
    await to.call('transfer.importCase', { ...file, mode: 'new' });
    const arrived = await to.call('evidence.list', { caseId });
    expect(arrived.documents).toEqual((await from.call('evidence.list', { caseId })).documents);
    for (const document of arrived.documents) {
      const read = await to.call('evidence.read', { documentId: document.id });
      expect(sha256Of(Buffer.from(read.contentBase64, 'base64'))).toBe(document.sha256);
    }

    const copy = await to.call('transfer.importCase', { ...file, mode: 'copy' });
    const copied = await to.call('evidence.list', { caseId: copy.caseId });
    const copiedMeasures = (await to.call('goals.get', { caseId: copy.caseId })).fields.flatMap((field) => field.strategicGoals.flatMap((strategic) => strategic.goals.flatMap((goal) => goal.measures)));
    const linked = copied.documents.find((document) => document.title === 'Ratsbeschluss')!.places.map((place) => place.place);
    expect(linked).toContain(`measure:${copiedMeasures[0]!.id}`);
    expect(linked).not.toContain(`measure:${measureId}`);
    expect(hashes(copied)).toEqual(hashes(arrived));
    // The same content is kept once, however many cases hold it.
    expect(readdirSync(join(to.dataDir, 'nachweise')).sort()).toEqual([...new Set(hashes(arrived))].sort());
  });

  it('a case without documents still travels as format 1, which older versions read', async () => {
    const from = await testBackend();
    const caseId = (await from.call('cases.create', { municipalityName: 'Ohnestadt', ags: '05711000', kind: 'kommune' })).id;
    const file = await from.call('transfer.exportCase', { caseId });
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 2).toString('hex')).toBe('1f8b');
  });

  it('refuses the whole file when a document does not match its hash, is missing, lies about its type or has company, and writes nothing', async () => {
    const from = await testBackend();
    const { caseId } = await caseWithDocuments(from);
    const entries = await readContainer(Buffer.from((await from.call('transfer.exportCase', { caseId })).contentBase64, 'base64'));
    const file = caseOf(entries);
    const pdfEntry = `nachweise/${sha256Of(PDF)}`;
    const textEntry = `nachweise/${sha256Of(TEXT)}`;
    const flipped = Buffer.from(PDF);
    flipped[12] = flipped[12]! ^ 0x01;
    // The worked example's own resolution document travels unchanged in every forgery.
    const others = [...entries].filter(([name]) => name !== CASE_ENTRY && name !== pdfEntry && name !== textEntry);
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(60, 1), Buffer.from('0000000049454e44ae426082', 'hex')]);

    const forgeries: [string, [string, Buffer][], RegExp][] = [
      ['changed byte', [[CASE_ENTRY, entries.get(CASE_ENTRY)!], [pdfEntry, flipped], [textEntry, TEXT], ...others], /stimmt nicht mit seiner Prüfsumme/],
      ['missing document', [[CASE_ENTRY, entries.get(CASE_ENTRY)!], [pdfEntry, PDF], ...others], /Zum Nachweis „Protokoll“ fehlt der Inhalt/],
      ['extra entry', [...entries, ['nachweise/' + sha256Of(png), png]], /Inhalte, die zu keinem Nachweis gehören/],
      ['foreign entry', [...entries, ['anhang/autostart.sh', Buffer.from('rm -rf /')]], /Teil „anhang\/autostart\.sh“, der in keine Fallübergabe gehört/],
      ['type lie', [[CASE_ENTRY, resealed(file, (changed) => {
        const row = changed.tables.documents!.find((candidate) => candidate.title === 'Protokoll')!;
        row.sha256 = sha256Of(png);
        row.size = png.length;
      })], [pdfEntry, PDF], ['nachweise/' + sha256Of(png), png], ...others], /nach seinem Inhalt vom Typ „Bild \(PNG\)“, nicht wie angegeben/],
      ['size lie', [[CASE_ENTRY, resealed(file, (changed) => {
        changed.tables.documents![0]!.size = 5;
      })], [pdfEntry, PDF], [textEntry, TEXT], ...others], /nicht die angegebene Größe/],
      ['no case', [[pdfEntry, PDF], [textEntry, TEXT], ...others], /der Auditfall fehlt darin/],
      ['format 1 inside', [[CASE_ENTRY, resealed(file, (changed) => { changed.formatVersion = 1; })], [pdfEntry, PDF], [textEntry, TEXT], ...others], /keine Familienaudit-Fallübergabe in einem bekannten Format/],
    ];

    const to = await testBackend();
    for (const [name, forged, message] of forgeries) {
      const result = await to.invoke('transfer.importCase', { fileName: 'fall.familienaudit', contentBase64: base64(await writeContainer(forged)), mode: 'new' });
      expect(result.ok, name).toBe(false);
      expect(!result.ok && result.error.message, name).toMatch(message);
    }
    expect((await to.call('cases.list', {})).items).toEqual([]);
    expect(existsSync(join(to.dataDir, 'nachweise'))).toBe(false);
  });

  it('refuses a container whose case unpacks beyond the limit before inflating it', async () => {
    const to = await testBackend();
    const zip = await writeContainer([[CASE_ENTRY, Buffer.alloc(300 * 1024 * 1024, 0x20)]]);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = await to.invoke('transfer.importCase', { fileName: 'bombe.familienaudit', contentBase64: base64(zip), mode: 'new' });
    expect(!result.ok && result.error.message).toMatch(/Der Inhalt ist größer als 200 MB/);
  });
});
