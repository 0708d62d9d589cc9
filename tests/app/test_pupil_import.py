"""CSV import and export of the pupil list through the vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.domain.pupils import PupilDraft, RepresentativeDraft
from app.errors import ValidationError
from app.iin import make_iin
from app.progress import Progress
from app.pupil_csv import parse_pupil_csv
from app.services import pupil_import as pi
from app.services import pupils as ps
from app.storage import audit
from app.synthetic import generate_pupils
from app.vault import Vault
from tests.conftest import build_vault

IIN1 = make_iin(date(2012, 5, 17), "M", 11)
IIN2 = make_iin(date(2013, 1, 30), "F", 22)
IIN3 = make_iin(date(2009, 12, 1), "M", 33)
HEADER = "ИИН;Фамилия;Имя;Отчество;Класс;Дата рождения;Пол;Адрес;Законный представитель;Телефон"


def csv_bytes(*lines: str, bom: bool = True) -> bytes:
    text = "\r\n".join([HEADER, *lines]) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


GOOD = [
    f"{IIN1};Жұмабаев;Ерасыл;Қайратұлы;7 а;17.05.2012;М;с. Қаскелең;Жұмабаева Әсел;+7 701 000 00 01",
    f"{IIN2};Ким;Алина;;5Б;;Ж;;;",
    f"{IIN3};Петров;Иван;Олегович;11В;2009-12-01;M;;;+7 777 000 00 03",
]


def imports(vault: Vault) -> list[str]:
    return [e.detail for e in audit.entries(vault.db) if e.action == "pupils.import"]


def test_all_valid_rows_are_imported_with_representatives(soc: Vault) -> None:
    report = pi.import_pupils(soc, csv_bytes(*GOOD))
    assert report.ok
    assert (report.imported, report.skipped, report.valid) == (3, 0, 3)
    assert ps.count_pupils(soc) == 3
    first = ps.list_pupils(soc, query="жұмабаев")[0]
    assert (first.class_name, first.birth_date) == ("7А", date(2012, 5, 17))
    reps = ps.list_representatives(soc, first.id)
    assert [(r.full_name, r.phone) for r in reps] == [("Жұмабаева Әсел", "+7 701 000 00 01")]
    kim = ps.list_pupils(soc, query="ким")[0]
    assert ps.list_representatives(soc, kim.id) == []
    petrov = ps.list_pupils(soc, query="петров")[0]
    assert [r.phone for r in ps.list_representatives(soc, petrov.id)] == ["+7 777 000 00 03"]
    assert imports(soc) == ["count=3"]
    assert audit.first_broken_entry(soc.db) is None


def test_one_invalid_row_stops_the_whole_import(soc: Vault) -> None:
    bad = f"{IIN2[:-1]}{(int(IIN2[-1]) + 1) % 10};Ким;Алина;;5Б;;;;;"
    data = csv_bytes(GOOD[0], bad, GOOD[2], f"{IIN3};Петров;;;11В;;;;;")
    report = pi.import_pupils(soc, data)
    assert report.imported == 0
    assert not report.ok
    assert sorted((e.line, e.field, e.reason) for e in report.errors) == [
        (3, "iin", "checksum"),
        (5, "iin", "duplicate"),
        (5, "name", "required"),
    ]
    assert report.skipped == 2
    assert ps.count_pupils(soc) == 0
    assert imports(soc) == []


def test_skip_invalid_imports_the_rest(soc: Vault) -> None:
    bad = f"{IIN2};Ким;Алина;;5Б;01.01.2013;;;;"  # birth date clashes with the IIN
    report = pi.import_pupils(soc, csv_bytes(GOOD[0], bad, GOOD[2]), skip_invalid=True)
    assert (report.imported, report.skipped) == (2, 1)
    assert [(e.line, e.field, e.reason) for e in report.errors] == [
        (3, "birth_date", "iin_mismatch")
    ]
    assert sorted(p.surname for p in ps.list_pupils(soc)) == ["Жұмабаев", "Петров"]
    assert imports(soc) == ["count=2"]


def test_dry_run_imports_nothing(soc: Vault) -> None:
    report = pi.import_pupils(soc, csv_bytes(*GOOD), dry_run=True)
    assert report.ok and report.dry_run
    assert (report.imported, report.valid) == (0, 3)
    assert ps.count_pupils(soc) == 0
    assert imports(soc) == []


def test_iin_already_in_the_vault(soc: Vault) -> None:
    ps.create_pupil(soc, PupilDraft(iin=IIN3, surname="Петров", name="Иван", class_name="11В"))
    report = pi.import_pupils(soc, csv_bytes(*GOOD))
    assert report.imported == 0
    assert report.errors == ()
    assert [(e.line, e.field, e.reason, e.value) for e in report.duplicates_in_vault] == [
        (4, "iin", "exists", IIN3)
    ]
    assert ps.count_pupils(soc) == 1
    report = pi.import_pupils(soc, csv_bytes(*GOOD), skip_invalid=True)
    assert (report.imported, report.skipped) == (2, 1)
    assert ps.count_pupils(soc) == 3


def test_missing_column_imports_nothing_even_when_skipping(soc: Vault) -> None:
    data = f"iin,surname,name\n{IIN1},Ким,Алина\n".encode()
    report = pi.import_pupils(soc, data, skip_invalid=True)
    assert report.imported == 0
    assert [(e.field, e.reason) for e in report.errors] == [("class", "missing_column")]
    assert ps.count_pupils(soc) == 0


def test_too_large_file_is_refused(soc: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pi, "MAX_IMPORT_BYTES", 10)
    with pytest.raises(ValidationError) as info:
        pi.import_pupils(soc, csv_bytes(*GOOD))
    assert info.value.field == "file"


def test_export_then_import_into_a_fresh_vault(psy: Vault, tmp_path: Path) -> None:
    synthetic = generate_pupils(40, seed=7, today=date(2026, 11, 1))
    rows = [
        f"{p.iin};{p.surname};{p.name};{p.patronymic};{p.class_name};;;{p.address};"
        f"{p.representative.full_name};{p.representative.phone}"
        for p in synthetic
    ]
    assert pi.import_pupils(psy, csv_bytes(*rows)).imported == 40
    # A formula-looking cell survives the round trip as text.
    pupil = ps.create_pupil(
        psy, PupilDraft(iin=IIN1, surname="=Сумма", name="+Тест", class_name="1А", address="-1")
    )
    ps.add_representative(
        psy, pupil.id, RepresentativeDraft(full_name="@Мама", phone="+7 700 000 00 00")
    )
    ps.add_representative(psy, pupil.id, RepresentativeDraft(full_name="Второй"))

    exported = pi.export_pupils(psy)
    last = audit.entries(psy.db)[0]
    assert (last.action, last.detail) == ("pupils.export", "count=41")
    assert b"\n=" not in exported and b",=" not in exported
    assert parse_pupil_csv(exported).ok

    fresh = build_vault(tmp_path / "fresh")
    other = fresh.open("soc")
    try:
        report = pi.import_pupils(other, exported)
        assert report.ok and report.imported == 41
        before = ps.list_pupils(psy, limit=1000)
        after = ps.list_pupils(other, limit=1000)
        strip = [
            (p.iin, p.surname, p.name, p.patronymic, p.class_name, p.birth_date) for p in before
        ]
        assert strip == [
            (p.iin, p.surname, p.name, p.patronymic, p.class_name, p.birth_date) for p in after
        ]
        moved = ps.list_pupils(other, query=IIN1)[0]
        assert ps.get_pupil(other, moved.id).address == "-1"
        assert [(r.full_name, r.phone) for r in ps.list_representatives(other, moved.id)] == [
            ("@Мама", "+7 700 000 00 00")
        ]
        assert pi.export_pupils(other) == exported
        assert audit.first_broken_entry(other.db) is None
    finally:
        fresh.close_all()


def synthetic_csv(count: int) -> bytes:
    synthetic = generate_pupils(count, seed=11, today=date(2026, 11, 1))
    return csv_bytes(
        *(
            f"{p.iin};{p.surname};{p.name};{p.patronymic};{p.class_name};;;{p.address};"
            f"{p.representative.full_name};{p.representative.phone}"
            for p in synthetic
        )
    )


def test_import_counts_the_rows_written_up_to_all_of_them(soc: Vault) -> None:
    seen: list[Progress] = []
    report = pi.import_pupils(soc, synthetic_csv(450), progress=seen.append)
    assert report.imported == 450
    assert seen[0] == Progress(0, 450) and seen[-1].done == seen[-1].total == 450
    assert {p.total for p in seen} == {450}
    done = [p.done for p in seen]
    assert done == sorted(done)
    # Nothing counted when nothing is written.
    quiet: list[Progress] = []
    pi.import_pupils(soc, synthetic_csv(5), dry_run=True, progress=quiet.append)
    assert quiet == []


def test_rows_are_written_in_chunks_each_one_counted(soc: Vault) -> None:
    # The storage step itself: every chunk is heard, in order, and all rows land.
    from app.storage import pupils as repo

    values = [
        repo.PupilValues(
            iin=make_iin(date(2012, 1, 1 + n % 28), "F", 500 + n),
            surname="Чанкова",
            name="Айя",
            patronymic="",
            class_name="3А",
            birth_date=date(2012, 1, 1 + n % 28),
            sex="F",
            address="",
        )
        for n in range(450)
    ]
    heard: list[int] = []
    with soc.db.transaction():
        ids = repo.insert_many(soc.db, values, now="2026-11-01T00:00:00Z", done=heard.append)
    assert heard == [200, 400, 450] and len(ids) == 450
    assert ps.count_pupils(soc) == 450
