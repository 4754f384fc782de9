import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reader worker is a plain CommonJS file beside this module in the sources, and copied
 * beside the bundled main process by the build (the bundler rewrites import.meta.url there).
 */
export const WORKBOOK_READER_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'workbook-reader.worker.cjs');
