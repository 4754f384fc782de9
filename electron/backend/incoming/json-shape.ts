/** How many containers a JSON text holds and how deeply they nest, read without parsing it. */
interface JsonShape {
  containers: number;
  depth: number;
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Counts objects and arrays and their nesting in one pass over the text, skipping strings, and
 * stops as soon as a limit is passed. JSON.parse of a small file that unpacks to millions of
 * tiny objects exhausts the heap, and deep nesting overflows the stack; this finds both first.
 */
export function measureJson(text: string, limits: { maxContainers: number; maxDepth: number }): JsonShape & { exceeded: 'containers' | 'depth' | null } {
  let containers = 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) inString = true;
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      containers++;
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limits.maxDepth) return { containers, depth: deepest, exceeded: 'depth' };
      if (containers > limits.maxContainers) return { containers, depth: deepest, exceeded: 'containers' };
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth--;
  }
  return { containers, depth: deepest, exceeded: null };
}
