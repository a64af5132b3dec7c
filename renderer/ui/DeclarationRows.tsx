/**
 * The table both lists of declarations use (those made at a meeting, and the member's own on the
 * interests page): a heading cell for each row with a short line under it, the row's cells, and its
 * buttons last, in a column named for screen readers only.
 */
import type { ReactNode } from 'react';
import './declarations.css';

export function DeclarationsGrid({ caption, columns, buttonsLabel, children }: { caption: string; columns: readonly string[]; buttonsLabel: string; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table className="declarations">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{buttonsLabel}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const NOTE_CLASS = { mine: 'declarations__mine', unchecked: 'declarations__unchecked', plain: 'declarations__withdrew' } as const;

/** A line under a cell's text: `mine` for "corrected by you", `unchecked` for "not checked", else a plain note (a committee, "left the room"). */
export function CellNote({ tone = 'plain', children }: { tone?: keyof typeof NOTE_CLASS; children: ReactNode }) {
  return <span className={NOTE_CLASS[tone]}>{children}</span>;
}

export function DeclarationRow({ heading, cells, buttons }: { heading: ReactNode; cells: readonly ReactNode[]; buttons: ReactNode }) {
  return (
    <tr>
      <th scope="row">{heading}</th>
      {cells.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
      <td className="declarations__buttons">{buttons}</td>
    </tr>
  );
}
