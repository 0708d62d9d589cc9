-- Version 7: search finds Kazakh letters typed on a Russian keyboard and the other way round
-- ("Кас" finds "Қасымов", "Қас" finds "Касымов"). Each pupil keeps, beside the exact words, the
-- folded spelling of the words that have a Kazakh letter (app/collation.py folded_words), in
-- pupils.search_folded; the search index covers that column too. Exact matches rank first
-- (app/storage/pupils.py).

ALTER TABLE pupils ADD COLUMN search_folded TEXT NOT NULL DEFAULT '';

-- qorgau_folded_words() is registered on every connection by app/storage/db.py.
UPDATE pupils SET search_folded = qorgau_folded_words(surname, name, patronymic, class_name);

DROP TRIGGER pupils_search_ai;
DROP TRIGGER pupils_search_ad;
DROP TRIGGER pupils_search_au;
DROP TABLE pupil_search;

CREATE VIRTUAL TABLE pupil_search USING fts5 (
    surname, name, patronymic, iin, class_name, search_folded,
    content = 'pupils', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
CREATE TRIGGER pupils_search_ai AFTER INSERT ON pupils BEGIN
    INSERT INTO pupil_search (rowid, surname, name, patronymic, iin, class_name, search_folded)
    VALUES (new.id, new.surname, new.name, new.patronymic, new.iin, new.class_name,
            new.search_folded);
END;
CREATE TRIGGER pupils_search_ad AFTER DELETE ON pupils BEGIN
    INSERT INTO pupil_search (pupil_search, rowid, surname, name, patronymic, iin, class_name,
                              search_folded)
    VALUES ('delete', old.id, old.surname, old.name, old.patronymic, old.iin, old.class_name,
            old.search_folded);
END;
CREATE TRIGGER pupils_search_au AFTER UPDATE OF surname, name, patronymic, iin, class_name,
search_folded ON pupils BEGIN
    INSERT INTO pupil_search (pupil_search, rowid, surname, name, patronymic, iin, class_name,
                              search_folded)
    VALUES ('delete', old.id, old.surname, old.name, old.patronymic, old.iin, old.class_name,
            old.search_folded);
    INSERT INTO pupil_search (rowid, surname, name, patronymic, iin, class_name, search_folded)
    VALUES (new.id, new.surname, new.name, new.patronymic, new.iin, new.class_name,
            new.search_folded);
END;

-- Index every pupil already in the vault, with the folded words just filled in.
INSERT INTO pupil_search (pupil_search) VALUES ('rebuild');
