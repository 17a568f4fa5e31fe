import type { ReactNode } from 'react';
import { useT } from '../app/i18n';
import type { Block, Inline } from './guideMarkdown';

/** Inlines as React text: the guide never reaches the page as HTML. */
function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.kind === 'strong' ? <strong key={i}>{inline.text}</strong> : inline.kind === 'code' ? <kbd key={i}>{inline.text}</kbd> : inline.text,
      )}
    </>
  );
}

/** One guide page's blocks. A picture is named, not shown: it is the very screen the clerk is looking at. */
export function GuideBlocks({ blocks }: { blocks: Block[] }) {
  const { t } = useT();
  return (
    <>
      {blocks.map((block, i): ReactNode => {
        switch (block.kind) {
          case 'heading':
            return block.level === 2 ? <h3 key={i}><Inlines inlines={block.inlines} /></h3> : <h4 key={i}><Inlines inlines={block.inlines} /></h4>;
          case 'paragraph':
            return <p key={i}><Inlines inlines={block.inlines} /></p>;
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}><Inlines inlines={item} /></li>);
            return block.ordered ? <ol key={i} start={block.start}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'figure':
            return <p key={i} className="dd-help-figure" data-shot={block.shot}>{t('help.figure', { caption: block.caption })}</p>;
        }
      })}
    </>
  );
}
