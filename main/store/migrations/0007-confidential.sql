-- 0007: confidential (exempt) papers.
--
-- A paper is confidential when the member (or a purge) marked it, when it is attached to an exempt
-- item (Part B / "not for publication" under Schedule 12A, as the minutes parser detects), or when
-- the first line of its current version's first page says "NOT FOR PUBLICATION". The view is the one place
-- that rule lives; every screen and export asks it.
--
-- Purging a meeting's confidential papers after the meeting removes their page text (and so their
-- search entries), their item maps, reading positions and files; the document and version rows stay
-- as tombstones (purged_at) so the member's own notes and questions on them keep their place and
-- say they are on a purged paper. The quoted passages of those notes are removed with the text.

ALTER TABLE documents ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1));
ALTER TABLE documents ADD COLUMN purged_at TEXT;

CREATE VIEW confidential_documents AS
SELECT d.id AS document_id,
       CASE
         WHEN d.confidential = 1 THEN 'marked'
         WHEN EXISTS (SELECT 1 FROM items i WHERE i.id = d.item_id AND i.exempt = 1) THEN 'exempt-item'
         ELSE 'not-for-publication'
       END AS reason
FROM documents d
WHERE d.confidential = 1
   OR EXISTS (SELECT 1 FROM items i WHERE i.id = d.item_id AND i.exempt = 1)
   OR EXISTS (
        SELECT 1 FROM document_versions v JOIN pages p ON p.version_id = v.id AND p.page_number = 1
        WHERE v.document_id = d.id AND v.is_current = 1
          -- The first line only (at most 80 characters): a front sheet that mentions Part B papers further down stays public.
          AND instr(lower(substr(ltrim(p.text, ' ' || char(9) || char(10) || char(13)), 1, 80)), 'not for publication') > 0
          AND instr(lower(substr(ltrim(p.text, ' ' || char(9) || char(10) || char(13)), 1, 80)) || char(10), 'not for publication')
              < instr(lower(ltrim(p.text, ' ' || char(9) || char(10) || char(13))) || char(10), char(10))
      );
