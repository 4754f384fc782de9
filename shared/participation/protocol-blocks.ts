/** A protocol as typed, read as paragraphs and lists; never as markup. */
type ProtocolBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-*•–]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/**
 * Splits a plain-text protocol into blocks: blank lines end a block, lines beginning with "-",
 * "*", "•" or "–" are a list, lines beginning with "1." or "1)" a numbered list. Everything else
 * stays a paragraph line, character for character.
 */
export function protocolBlocks(text: string): ProtocolBlock[] {
  const blocks: ProtocolBlock[] = [];
  let current: ProtocolBlock | null = null;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet?.[1] ?? numbered?.[1];
    if (item !== undefined) {
      const ordered = numbered !== null;
      if (current?.kind !== 'list' || current.ordered !== ordered) {
        current = { kind: 'list', ordered, items: [] };
        blocks.push(current);
      }
      current.items.push(item);
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line.trim());
    } else if (current?.kind === 'list' && /^\s+\S/.test(raw)) {
      // An indented line continues the list item above it.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else {
      current = { kind: 'paragraph', lines: [line.trim()] };
      blocks.push(current);
    }
  }
  return blocks;
}
