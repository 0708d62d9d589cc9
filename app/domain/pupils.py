"""Pupils, their legal representatives, register entries, absences and the card's chronology."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SEXES = ("M", "F")


@dataclass(frozen=True)
class PupilDraft:
    """What a user enters for a pupil. Birth date and sex may be left out: the IIN gives them."""

    iin: str
    surname: str
    name: str
    class_name: str
    patronymic: str = ""
    birth_date: date | None = None
    sex: str | None = None  # 'M' | 'F'
    address: str = ""


@dataclass(frozen=True)
class Pupil:
    id: int
    iin: str
    surname: str
    name: str
    patronymic: str
    class_name: str
    birth_date: date
    sex: str
    address: str
    created_at: str
    updated_at: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.name, self.patronymic) if part)


@dataclass(frozen=True)
class PupilListItem:
    """One row of the pupil list: light enough to page through 50,000 of them."""

    id: int
    iin: str
    surname: str
    name: str
    patronymic: str
    class_name: str
    birth_date: date
    register_categories: tuple[str, ...]  # categories of the open register entries, sorted

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.name, self.patronymic) if part)


@dataclass(frozen=True)
class PupilFilter:
    """The filters of the pupil list, shared by ``list_pupils`` and ``count_pupils``.

    ``register_category`` keeps pupils with an open entry of that category; ``on_register``
    True keeps pupils with any open entry, False those with none, None does not filter.
    """

    query: str = ""
    class_name: str | None = None
    register_category: str | None = None
    on_register: bool | None = None


@dataclass(frozen=True)
class PupilExportRow:
    """A pupil as exported, with the name and phone of the first representative."""

    iin: str
    surname: str
    name: str
    patronymic: str
    class_name: str
    birth_date: date
    sex: str
    address: str
    representative: str
    phone: str


@dataclass(frozen=True)
class PupilRef:
    """Who a record is about, for lists that span pupils (reviews due, absences to act on)."""

    id: int
    surname: str
    name: str
    patronymic: str
    class_name: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.name, self.patronymic) if part)


@dataclass(frozen=True)
class RepresentativeDraft:
    full_name: str
    relation: str = ""  # 'mother' | 'father' | 'guardian' | 'grandmother' | free text
    phone: str = ""
    address: str = ""
    consent_processing: bool = False
    consent_support: bool = False
    consent_date: date | None = None


@dataclass(frozen=True)
class Representative:
    id: int
    pupil_id: int
    full_name: str
    relation: str
    phone: str
    address: str
    consent_processing: bool
    consent_support: bool
    consent_date: date | None


@dataclass(frozen=True)
class RegisterEntry:
    """Постановка на учёт. A closed entry keeps its row; reviews live in ``RegisterReview``."""

    id: int
    pupil_id: int
    category: str
    basis: str
    opened_on: date
    opened_by: int
    review_due: date | None
    closed_on: date | None
    close_reason: str | None
    closed_by: int | None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class RegisterReview:
    id: int
    entry_id: int
    reviewed_on: date
    reviewed_by: int
    note: str
    next_review: date | None


@dataclass(frozen=True)
class RegisterDue:
    """An open register entry whose review is due soon (or overdue), with its pupil."""

    entry: RegisterEntry
    pupil: PupilRef


@dataclass(frozen=True)
class Absence:
    id: int
    pupil_id: int
    date_from: date
    date_to: date
    days: int
    excused: bool
    reason: str
    work_done: str
    resolved: bool
    created_by: int
    created_at: str


@dataclass(frozen=True)
class AbsenceDue:
    """An unexcused, unresolved absence with its pupil."""

    absence: Absence
    pupil: PupilRef


@dataclass(frozen=True)
class ChronologyEvent:
    """One line of the pupil card's chronology.

    ``at`` is an ISO date or UTC instant (strings sort correctly). ``title`` is a short code or
    title and ``detail`` a longer text; what they hold per ``kind`` is listed in
    ``app.storage.chronology``.
    """

    kind: str
    id: int
    at: str
    title: str
    detail: str
