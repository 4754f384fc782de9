import { describe, expect, it } from 'vitest';
import { storageFailure } from '../../electron/backend/storage-errors';

const withCode = (code: unknown) => Object.assign(new Error('x'), { code });

describe('storageFailure', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['EFBIG', 'full'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['EROFS', 'read-only'],
    ['EACCES', 'read-only'],
    ['SQLITE_IOERR_WRITE', 'write-error'],
    ['SQLITE_IOERR_FSYNC', 'write-error'],
    ['SQLITE_CANTOPEN', 'write-error'],
    ['EIO', 'write-error'],
  ])('%s is a storage failure of kind %s, explained in German', (code, kind) => {
    const failure = storageFailure(withCode(code));
    expect(failure?.kind).toBe(kind);
    expect(failure?.message).toContain('nicht gespeichert');
  });

  it.each([['SQLITE_CONSTRAINT_FOREIGNKEY'], ['SQLITE_ERROR'], ['SQLITE_BUSY'], ['ENOENT'], [42], [undefined]])('%s is none', (code) => {
    expect(storageFailure(withCode(code))).toBeNull();
  });

  it('ignores values that are no errors', () => {
    expect(storageFailure('SQLITE_FULL')).toBeNull();
    expect(storageFailure(null)).toBeNull();
  });
});
