import type { ReactNode } from 'react';
import { fillTemplate, type TemplateBlock } from '../../../shared/domain/agreement-template';
import type { PlaceholderValues } from '../../../shared/domain/agreement-placeholders';

/** The clauses as the agreement will print them: article titles, paragraphs and bullets. */
export function TemplatePreview({ blocks, values }: { blocks: readonly TemplateBlock[]; values: PlaceholderValues }) {
  const filled = fillTemplate(blocks, values, { sim: true });
  const out: ReactNode[] = [];
  let bullets: string[] = [];
  const flush = (key: number) => {
    if (bullets.length === 0) return;
    out.push(
      <ul key={`list-${key}`}>
        {bullets.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>,
    );
    bullets = [];
  };
  filled.forEach((block, index) => {
    if (block.type === 'bullet') return void bullets.push(block.text);
    flush(index);
    out.push(block.type === 'heading' ? <h4 key={index}>{block.text}</h4> : <p key={index}>{block.text}</p>);
  });
  flush(filled.length);
  return <div className="template-preview">{out}</div>;
}
