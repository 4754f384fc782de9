// Writes the corpus of broken and hostile workbook files under test/fixtures/xlsx/.
// Run: npx tsx scripts/make-xlsx-fixtures.ts   (the files are committed; this documents how they were made)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'xlsx');

function zip(entries: { name: string; data: Buffer | string }[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = new yazl.ZipFile();
    for (const entry of entries) archive.addBuffer(Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data), entry.name);
    archive.end();
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    archive.outputStream.on('error', reject);
  });
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>';

function ole2(withEncryption: boolean): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  if (withEncryption) Buffer.from('EncryptionInfo', 'utf16le').copy(body, 1024);
  else Buffer.from('Workbook', 'utf16le').copy(body, 1024);
  return Buffer.concat([header, body]);
}

/** Rewrites the declared uncompressed size of one entry, in its local and its central header. */
function lieAboutSize(archive: Buffer, name: string, declared: number): Buffer {
  const patched = Buffer.from(archive);
  for (let offset = 0; offset < patched.length - 46; offset += 1) {
    const signature = patched.readUInt32LE(offset);
    if (signature === 0x04034b50 && patched.toString('utf8', offset + 30, offset + 30 + patched.readUInt16LE(offset + 26)) === name) {
      patched.writeUInt32LE(declared, offset + 22);
    }
    if (signature === 0x02014b50 && patched.toString('utf8', offset + 46, offset + 46 + patched.readUInt16LE(offset + 28)) === name) {
      patched.writeUInt32LE(declared, offset + 24);
    }
  }
  return patched;
}

async function main(): Promise<void> {
  const write = (name: string, data: Buffer | string) => writeFileSync(join(out, name), data);
  write('not-a-workbook.xlsx', 'Dies ist keine Excel-Datei, sondern Text.\n');
  write('empty.xlsx', '');
  write('old-format.xls', ole2(false));
  write('password-protected.xlsx', ole2(true));
  const valid = await zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: WORKBOOK },
  ]);
  write('truncated.xlsx', valid.subarray(0, Math.floor(valid.length / 2)));
  write('zip-without-workbook.xlsx', await zip([{ name: 'readme.txt', data: 'Hallo' }]));
  write(
    'zip-bomb.xlsx',
    await zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(300 * 1024 * 1024, 0x20) },
    ]),
  );
  write(
    'size-lie.xlsx',
    lieAboutSize(
      await zip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'xl/workbook.xml', data: WORKBOOK },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
      ]),
      'xl/worksheets/sheet1.xml',
      2000,
    ),
  );
  const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${'<si><t>Familie</t></si>'.repeat(3_000_000)}</sst>`;
  write(
    'giant-shared-strings.xlsx',
    await zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: WORKBOOK },
      { name: 'xl/sharedStrings.xml', data: strings },
    ]),
  );
}

void main();
