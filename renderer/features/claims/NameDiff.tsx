import type { NameDiffPart } from '../../../shared/index';

/**
 * One side of a name comparison: common characters plain, this side's differing characters marked.
 * `side` picks which name is drawn ('nominated' or 'invoiced').
 */
export function NameDiff({
  diff,
  side,
}: {
  diff: readonly NameDiffPart[];
  side: 'nominated' | 'invoiced';
}) {
  return (
    <span className="name-diff">
      {diff.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === side ? (
          <mark key={i} className={`diff-${side}`}>
            {part.text}
          </mark>
        ) : null,
      )}
    </span>
  );
}
