import { describe, expect, it } from 'vitest';
import { sniffDocument, zipDocumentType } from '../../shared/evidence/detect-document-type';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06, ...Array<number>(18).fill(0)];

describe('sniffDocument', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'), { kind: 'type', type: 'pdf' }],
    ['a PNG', bytes(PNG_HEAD, 'IHDR....', PNG_END), { kind: 'type', type: 'png' }],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF', [0xff, 0xd9]), { kind: 'type', type: 'jpeg' }],
    ['plain UTF-8 text with umlauts', bytes(Buffer.from('Protokoll der Zukunftswerkstatt\nÄnderungen: keine\n', 'utf8').toString('latin1')), { kind: 'type', type: 'text' }],
    ['Windows-1252 text („Prüfung“)', bytes([0x50, 0x72, 0xfc, 0x66, 0x75, 0x6e, 0x67]), { kind: 'type', type: 'text' }],
    ['a zip, decided by its parts', bytes([0x50, 0x4b, 0x03, 0x04], 'rest'), { kind: 'zip' }],
  ])('takes %s', (_case, input, expected) => {
    expect(sniffDocument(input)).toEqual(expected);
  });

  it.each([
    ['an empty file', bytes(), 'Die Datei ist leer.'],
    ['a Windows program named .pdf', bytes('MZ', [0x90, 0x00, 0x03]), 'Programm oder Skript'],
    ['a Linux program', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'Programm oder Skript'],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n'), 'Programm oder Skript'],
    ['a PDF with a zip appended (polyglot)', bytes('%PDF-1.7\n%%EOF\n', [0x50, 0x4b, 0x03, 0x04], 'x', ZIP_END), 'Polyglott'],
    ['a truncated PDF', bytes('%PDF-1.7\n1 0 obj\n<<'), 'unvollständig'],
    ['a truncated PNG', bytes(PNG_HEAD, 'IHDR'), 'unvollständig'],
    ['an SVG', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'SVG'],
    ['an HTML page', bytes('<!DOCTYPE html><html><body>x</body></html>'), 'HTML'],
    ['bytes that are neither UTF-8 nor Windows-1252', bytes('Pr', [0x81, 0x8d], 'fung'), 'keine erlaubte Dokumentart'],
    ['binary data with NUL bytes', bytes('abc', [0, 0, 0], 'def'), 'keine erlaubte Dokumentart'],
  ])('refuses %s in German', (_case, input, message) => {
    const result = sniffDocument(input);
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.message).toContain(message);
  });
});

const CONTENT_TYPES = (main: string) => `<?xml version="1.0"?><Types><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;

describe('zipDocumentType', () => {
  it.each([
    ['DOCX', CONTENT_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'), null, { ok: true, type: 'docx' }],
    ['XLSX', CONTENT_TYPES('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'), null, { ok: true, type: 'xlsx' }],
    ['ODT', null, 'application/vnd.oasis.opendocument.text', { ok: true, type: 'odt' }],
    ['ODS', null, 'application/vnd.oasis.opendocument.spreadsheet\n', { ok: true, type: 'ods' }],
  ])('knows %s by its package', (_case, contentTypes, mimetype, expected) => {
    expect(zipDocumentType(contentTypes, mimetype)).toEqual(expected);
  });

  it.each([
    ['a macro-enabled Word file', CONTENT_TYPES('application/vnd.ms-word.document.macroEnabled.main+xml'), null, 'Makros'],
    ['a PowerPoint file', CONTENT_TYPES('application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'), null, 'weder ein Word-Dokument'],
    ['an OpenDocument drawing', null, 'application/vnd.oasis.opendocument.graphics', 'weder Text noch Tabelle'],
    ['a plain zip archive', null, null, 'kein Office-Dokument'],
  ])('refuses %s', (_case, contentTypes, mimetype, message) => {
    const result = zipDocumentType(contentTypes, mimetype);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
