-- Version 3: alphabetical order that knows the Kazakh letters (app/collation.py), the FTS
-- update trigger limited to the columns it indexes, and two indexes the pupil card needs.

ALTER TABLE pupils ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';

-- Rewritten so that changing other columns (sort_key, address...) does not re-index the row.
DROP TRIGGER pupils_search_au;
CREATE TRIGGER pupils_search_au AFTER UPDATE OF surname, name, patronymic, iin, class_name
ON pupils BEGIN
    INSERT INTO pupil_search (pupil_search, rowid, surname, name, patronymic, iin, class_name)
    VALUES ('delete', old.id, old.surname, old.name, old.patronymic, old.iin, old.class_name);
    INSERT INTO pupil_search (rowid, surname, name, patronymic, iin, class_name)
    VALUES (new.id, new.surname, new.name, new.patronymic, new.iin, new.class_name);
END;

-- qorgau_sort_key() is registered on every connection by app/storage/db.py.
UPDATE pupils SET sort_key = qorgau_sort_key(surname, name, patronymic);

DROP INDEX pupils_sort;
CREATE INDEX pupils_sort ON pupils (sort_key, id);

CREATE INDEX register_reviews_entry ON register_reviews (entry_id);
CREATE INDEX council_decisions_pupil ON council_decisions (pupil_id);
