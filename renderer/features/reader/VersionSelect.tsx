/** The version picker in the reader's toolbar: choosing one opens that version at the same page. */
import type { DocumentDetail } from '../../../shared/types/papers';
import { hrefs } from '../../kernel/router';

export function VersionSelect({ detail, currentPage }: { detail: DocumentDetail; currentPage: number }) {
  return (
    <div className="toolbar__group">
      {/* Named "Version" for screen readers; on screen the choice itself reads "Version 2 (latest) · 4 pages". */}
      <label htmlFor="reader-version" className="visually-hidden">
        Version
      </label>
      <select
        id="reader-version"
        className="toolbar__select"
        value={String(detail.version.id)}
        onChange={(e) => {
          window.location.hash = hrefs.document(detail.id, { versionId: Number(e.currentTarget.value), page: currentPage });
        }}
      >
        {detail.versions.map((v) => (
          <option key={v.id} value={String(v.id)}>
            {`Version ${v.version}${v.isCurrent ? ' (latest)' : ''} · ${v.pageCount} pages`}
          </option>
        ))}
      </select>
    </div>
  );
}
