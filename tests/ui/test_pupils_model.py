"""The pupil list model: lazy pages, filters, and Qt's model contract."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.pupils import ChronologyEvent, PupilFilter, PupilListItem
from ui.models.chronology_model import ChronologyModel
from ui.models.pupils_model import PUPIL_ID_ROLE, PupilsModel
from ui.models.simple_list_model import ROW_ROLE, Column, RecordListModel


def make_items(n: int) -> list[PupilListItem]:
    return [
        PupilListItem(
            id=i + 1,
            iin=f"{i:012d}",
            surname=f"Фамилия{i:05d}",
            name="Айгерим" if i % 2 else "Ержан",
            patronymic="",
            class_name=f"{5 + i % 7}А",
            birth_date=date(2012, 1 + i % 12, 1 + i % 28),
            register_categories=("vshu",) if i % 10 == 0 else (),
        )
        for i in range(n)
    ]


class FakeSource:
    """Records each page asked for, so tests can prove nothing is loaded eagerly."""

    def __init__(self, items: Sequence[PupilListItem]) -> None:
        self.items = list(items)
        self.calls: list[tuple[PupilFilter, int, int]] = []

    def matching(self, flt: PupilFilter) -> list[PupilListItem]:
        found = self.items
        if flt.query:
            found = [p for p in found if flt.query.lower() in p.full_name.lower()]
        if flt.class_name:
            found = [p for p in found if p.class_name == flt.class_name]
        if flt.on_register is not None:
            found = [p for p in found if bool(p.register_categories) == flt.on_register]
        return found

    def fetch(self, flt: PupilFilter, offset: int, limit: int) -> list[PupilListItem]:
        self.calls.append((flt, offset, limit))
        return self.matching(flt)[offset : offset + limit]

    def count(self, flt: PupilFilter) -> int:
        return len(self.matching(flt))


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(make_items(1000))


def test_fetches_one_page_at_a_time(source: FakeSource) -> None:
    model = PupilsModel(source.fetch, source.count, page_size=100)
    model.reload()
    assert model.rowCount() == 100
    assert source.calls[-1][1:] == (0, 100)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    assert source.calls[-1][1:] == (100, 100)
    assert model.total() == 1000


def test_stops_at_the_end(source: FakeSource) -> None:
    model = PupilsModel(source.fetch, source.count, page_size=300)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert len(source.calls) == 4  # 300 + 300 + 300 + 100 (short page ends it)


def test_filter_resets_and_refetches(source: FakeSource) -> None:
    model = PupilsModel(source.fetch, source.count, page_size=50)
    model.reload()
    model.set_query("айгерим")
    assert model.filter.query == "айгерим"
    assert all("Айгерим" in model.item(r).full_name for r in range(model.rowCount()))
    model.set_filter(PupilFilter(query="", on_register=True))
    assert model.rowCount() == 50
    assert all(model.item(r).register_categories for r in range(model.rowCount()))


def test_data_roles(source: FakeSource) -> None:
    model = PupilsModel(source.fetch, source.count, category_names={"vshu": "ВШУ"}, page_size=10)
    model.reload()
    first = model.index(0, 0)
    assert model.data(first) == "Фамилия00000 Ержан"
    assert model.data(first, PUPIL_ID_ROLE) == 1
    assert model.data(first, ROW_ROLE) == source.items[0]
    assert model.data(model.index(0, 4)) == "ВШУ"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Pupil"


def test_a_failing_fetch_is_reported_not_raised(qtbot: QtBot) -> None:
    def broken(_flt: PupilFilter, _offset: int, _limit: int) -> list[PupilListItem]:
        raise RuntimeError("disk gone")

    model = PupilsModel(broken)
    with qtbot.waitSignal(model.fetch_failed) as blocker:
        model.reload()
    assert isinstance(blocker.args[0], RuntimeError)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_pupils_model_passes_the_model_tester(
    qtmodeltester: ModelTester, source: FakeSource
) -> None:
    model = PupilsModel(source.fetch, source.count, page_size=100)
    model.reload()
    qtmodeltester.check(model)
    model.set_query("Ержан")
    qtmodeltester.check(model)


def test_empty_pupils_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PupilsModel(FakeSource([]).fetch)
    model.reload()
    qtmodeltester.check(model)


def test_record_list_model(qtmodeltester: ModelTester) -> None:
    model: RecordListModel[PupilListItem] = RecordListModel(
        [Column("Name", lambda p: p.full_name), Column("Born", lambda p: p.birth_date)]
    )
    qtmodeltester.check(model)
    items = make_items(5)
    model.set_rows(items[:3])
    model.append(items[3])
    model.replace(0, items[4])
    model.remove(1)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 1)) == items[4].birth_date.strftime("%d.%m.%Y")
    assert model.record(0) == items[4]


def test_chronology_model_sorts_newest_first(qtmodeltester: ModelTester) -> None:
    model = ChronologyModel()
    model.set_events(
        [
            ChronologyEvent("absence", 1, "2026-09-10", "absence", "3 days"),
            ChronologyEvent("incident", 2, "2026-10-01T08:30:00Z", "violence", "Fight"),
            ChronologyEvent("session", 3, "2026-09-20T10:00:00Z", "individual", "x" * 300),
        ],
        {"violence": "Насилие"},
    )
    qtmodeltester.check(model)
    assert [model.event_at(r).id for r in range(3)] == [2, 3, 1]
    assert model.data(model.index(0, 2)) == "Насилие"
    assert model.data(model.index(0, 1)) == "Incident"
    assert model.data(model.index(1, 3)).endswith("…")
    assert model.data(model.index(2, 0)) == "10.09.2026"
