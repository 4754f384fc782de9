// The hostile-file corpus for documents (Nachweise): generated, never committed.
// Run: npx tsx scripts/make-hostile-documents.ts OUTDIR   (writes each file and a manifest.json
// with the name it is uploaded under, which may hold characters no file system allows)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yazl from 'yazl';

export interface HostileDocument {
  name: string;
  /** The name the file is uploaded under. */
  fileName: string;
  bytes: Buffer;
  /** refused: must be refused in German; stored: must be kept, with a safe name and its exact bytes. */
  expect: 'refused' | 'stored';
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const DOCX_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCM_TYPES = DOCX_TYPES.replace('document.main+xml', 'document.macroEnabled.main+xml');

async function zip(entries: readonly [string, Buffer | string][]): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const [name, data] of entries) archive.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function hostileDocuments(limitMb = 25): Promise<HostileDocument[]> {
  const refused = (name: string, fileName: string, bytes: Buffer): HostileDocument => ({ name, fileName, bytes, expect: 'refused' });
  const stored = (name: string, fileName: string): HostileDocument => ({ name, fileName, bytes: PDF, expect: 'stored' });
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
  const windowsProgram = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(120)]);
  const innerZip = await zip([['payload.js', 'WScript.Shell.Run("calc")']]);
  return [
    refused('Windows-Programm als .pdf', 'Ratsbeschluss.pdf', windowsProgram),
    refused('Linux-Programm als .pdf', 'Protokoll.pdf', elf),
    refused('Shell-Skript als .txt', 'notizen.txt', Buffer.from('#!/bin/sh\nrm -rf ~\n')),
    refused('Polyglott: PDF mit angehängtem Zip', 'beschluss.pdf', Buffer.concat([PDF, innerZip])),
    refused('Polyglott: Zip mit PDF-Kopf', 'beschluss.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), innerZip])),
    refused('DOCX-Zip-Bombe', 'familienbericht.docx', await zip([['[Content_Types].xml', DOCX_TYPES], ['word/document.xml', Buffer.alloc(150 * 1024 * 1024, 0x20)]])),
    refused('DOCX mit Makros', 'bericht.docx', await zip([['[Content_Types].xml', DOCM_TYPES], ['word/document.xml', '<w:document/>'], ['word/vbaProject.bin', Buffer.alloc(64)]])),
    refused('abgeschnittenes PDF', 'kita-bedarfsplan.pdf', PDF.subarray(0, Math.floor(PDF.length / 2))),
    refused('SVG mit Skript', 'pinnwand.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
    refused('HTML als .txt', 'seite.txt', Buffer.from('<!DOCTYPE html><html><body onload="alert(1)"></body></html>')),
    refused('leere Datei', 'leer.pdf', Buffer.alloc(0)),
    refused('über der Grenze', 'riesig.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.alloc(limitMb * 1024 * 1024), Buffer.from('\n%%EOF\n', 'latin1')])),
    stored('Pfad im Namen (Unix)', '../../../etc/passwd.pdf'),
    stored('Pfad im Namen (Windows)', 'C:\\Windows\\System32\\beschluss.pdf'),
    // Control characters cannot come from a file system; the contract refuses them in any text.
    { ...stored('NUL im Namen', 'beschluss\u0000.exe.pdf'), expect: 'refused' },
    stored('Rechts-nach-links im Namen', 'Ratsbeschluss\u202Efdp.exe'),
    { ...stored('Steuerzeichen im Namen', 'Proto\u0007koll.pdf'), expect: 'refused' },
    stored('Richtungs-Isolate im Namen', 'Proto\u2066koll\u2069.pdf'),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: tsx scripts/make-hostile-documents.ts OUTDIR');
  mkdirSync(out, { recursive: true });
  const corpus = await hostileDocuments();
  corpus.forEach((entry, index) => writeFileSync(join(out, `${String(index + 1).padStart(2, '0')}.bin`), entry.bytes));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(corpus.map(({ bytes, ...entry }, index) => ({ ...entry, file: `${String(index + 1).padStart(2, '0')}.bin`, size: bytes.length })), null, 2));
  process.stdout.write(`${corpus.length} files in ${out}\n`);
}
