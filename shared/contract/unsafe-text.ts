import { isXmlSafe } from '../domain/xml-safe-text';

/**
 * The path of the first string anywhere in `input` that holds a character XML cannot store, or
 * null. Checked once for every method's input, so no form, import or command can store text
 * that would make the workbooks, reports and charts unreadable.
 */
export function findXmlUnsafeText(input: unknown): string | null {
  const stack: [unknown, string][] = [[input, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isXmlSafe(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}
