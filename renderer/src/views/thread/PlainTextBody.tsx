/** A plain-text body: as written (line breaks kept), addresses linked, quoted lines quieter. */
import { Fragment, useMemo } from 'react';
import { linkify, quoteBlocks } from './linkify';

function Linked({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        part.kind === 'text' ? (
          <Fragment key={i}>{part.text}</Fragment>
        ) : (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

export function PlainTextBody({ text }: { text: string }) {
  const blocks = useMemo(() => quoteBlocks(text.trimEnd()), [text]);
  return (
    <div className="mail-text" data-testid="mail-text">
      {blocks.map((block, i) =>
        block.quoted ? (
          <blockquote key={i} className="mail-quote">
            <Linked text={block.text} />
          </blockquote>
        ) : (
          <div key={i}>
            <Linked text={block.text} />
          </div>
        ),
      )}
    </div>
  );
}
