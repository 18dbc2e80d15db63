import type { ReactNode } from 'react';
import { fillTemplate, type TemplateBlock } from '../../../shared/domain/agreement-template';
import type { PlaceholderValues } from '../../../shared/domain/agreement-placeholders';

/**
 * The clauses as the agreement will print them: article titles, paragraphs and bullets. The preview scrolls, so it
 * takes the focus (Tab, then the arrow keys scroll it) and is named by the heading `labelledBy` points to.
 */
export function TemplatePreview({
  blocks,
  values,
  labelledBy,
}: {
  blocks: readonly TemplateBlock[];
  values: PlaceholderValues;
  labelledBy?: string;
}) {
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
  for (const [index, block] of filled.entries()) {
    if (block.type === 'bullet') {
      bullets.push(block.text);
      continue;
    }
    flush(index);
    out.push(block.type === 'heading' ? <h4 key={index}>{block.text}</h4> : <p key={index}>{block.text}</p>);
  }
  flush(filled.length);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region takes the focus so the keyboard can scroll it (axe: scrollable-region-focusable)
    <section className="template-preview" tabIndex={0} aria-labelledby={labelledBy}>
      {out}
    </section>
  );
}
