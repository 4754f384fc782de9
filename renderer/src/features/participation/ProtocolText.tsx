import { protocolBlocks } from '../../../../shared/participation/protocol-blocks';

/** A protocol as typed: paragraphs and lists, every character as text (never as markup). */
export function ProtocolText({ text, testId }: { text: string; testId?: string }) {
  const blocks = protocolBlocks(text);
  if (blocks.length === 0) return <p className="muted">Kein Protokoll erfasst.</p>;
  return (
    <div className="protocol" data-testid={testId}>
      {blocks.map((block, index) => {
        if (block.kind === 'paragraph') return <p key={index}>{block.lines.join(' ')}</p>;
        const items = block.items.map((item, itemIndex) => <li key={itemIndex}>{item}</li>);
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      })}
    </div>
  );
}
