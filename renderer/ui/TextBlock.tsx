/**
 * Plain text from the minutes, shown as paragraphs and lists. The parser gives one paragraph per
 * line; blank lines are tolerated too. Runs of bullet lines ("•", "·", "-", "*", "▪") become a list.
 * Text only: React escapes it, so markup in an imported file is shown as characters, never run.
 */
export type TextPiece = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] };

const BULLET = /^[•·▪◦‣∙*–-]\s+/;

export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const raw of lines) {
    const line = raw.replace(/\s+$/u, '').replace(/^\s+/u, '');
    if (line === '') continue;
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      const last = pieces[pieces.length - 1];
      if (last?.kind === 'ul') last.items.push(item);
      else pieces.push({ kind: 'ul', items: [item] });
    } else {
      pieces.push({ kind: 'p', text: line });
    }
  }
  return pieces;
}

export function TextBlock({ text, className }: { text: string; className?: string }) {
  return (
    <div className={['text-block', className].filter(Boolean).join(' ')}>
      {textPieces(text).map((piece, i) =>
        piece.kind === 'p' ? (
          <p key={i}>{piece.text}</p>
        ) : (
          <ul key={i}>
            {piece.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
