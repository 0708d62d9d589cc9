"""Pupils and their legal representatives: create, change, view, list and search.

Every signed-in role may manage pupils' personal data (the administrator usually loads the
class lists). Opening a pupil's card is audited as ``pupil.view``. Audit details name record
ids and changed fields, never their values.
"""

from __future__ import annotations

import re
from datetime import date

from app import clock
from app.domain.pupils import (
    SEXES,
    Pupil,
    PupilDraft,
    PupilFilter,
    PupilListItem,
    Representative,
    RepresentativeDraft,
)
from app.errors import Conflict, NotFound, ValidationError
from app.iin import parse_iin, reconcile
from app.pupil_csv import normalise_class
from app.storage import pupils as repo
from app.vault import Vault

__all__ = [
    "MAX_PAGE",
    "add_representative",
    "classes",
    "clean_text",
    "count_pupils",
    "create_pupil",
    "get_pupil",
    "list_pupils",
    "list_representatives",
    "normalise_class_name",
    "require_pupil",
    "update_pupil",
    "update_representative",
]

MAX_PAGE = 1000
NAME_MAX = 100
TEXT_MAX = 500
_PHONE_RE = re.compile(r"\+?[0-9 ()\-]{5,20}")


def clean_text(field: str, value: str, *, required: bool = False, max_len: int = TEXT_MAX) -> str:
    """Strip a text field; ``ValidationError(field, 'required'|'too_long')``."""
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "required", f"{field} is required")
    if len(value) > max_len:
        raise ValidationError(field, "too_long", f"{field} is longer than {max_len} characters")
    return value


def normalise_class_name(text: str) -> str:
    """``"7 а"`` -> ``"7А"``; ``ValidationError('class_name', ...)`` for anything else."""
    if not text.strip():
        raise ValidationError("class_name", "required", "the class is required")
    try:
        return normalise_class(text)
    except ValidationError as exc:
        raise ValidationError("class_name", exc.reason, exc.message) from None


def require_pupil(vault: Vault, pupil_id: int) -> None:
    if not repo.exists(vault.db, pupil_id):
        raise NotFound(f"no pupil {pupil_id}")


def _values(draft: PupilDraft) -> repo.PupilValues:
    info = parse_iin(draft.iin)
    if draft.sex is not None and draft.sex not in SEXES:
        raise ValidationError("sex", "format", "sex must be 'M' or 'F'")
    reconcile(info, draft.birth_date, draft.sex)
    return repo.PupilValues(
        iin=info.iin,
        surname=clean_text("surname", draft.surname, required=True, max_len=NAME_MAX),
        name=clean_text("name", draft.name, required=True, max_len=NAME_MAX),
        patronymic=clean_text("patronymic", draft.patronymic, max_len=NAME_MAX),
        class_name=normalise_class_name(draft.class_name),
        birth_date=info.birth_date,
        sex=info.sex,
        address=clean_text("address", draft.address),
    )


def create_pupil(vault: Vault, draft: PupilDraft) -> Pupil:
    """Add a pupil. Birth date and sex come from the IIN; a clash with entered ones is an error."""
    values = _values(draft)
    with vault.db.transaction():
        if repo.id_by_iin(vault.db, values.iin) is not None:
            raise Conflict("a pupil with this IIN already exists", code="iin_exists")
        pupil_id = repo.insert(vault.db, values, now=clock.now_iso())
        vault.audit("pupil.create", "pupil", str(pupil_id))
    pupil = repo.by_id(vault.db, pupil_id)
    assert pupil is not None
    return pupil


def update_pupil(vault: Vault, pupil_id: int, draft: PupilDraft) -> Pupil:
    values = _values(draft)
    with vault.db.transaction():
        old = repo.by_id(vault.db, pupil_id)
        if old is None:
            raise NotFound(f"no pupil {pupil_id}")
        other = repo.id_by_iin(vault.db, values.iin)
        if other is not None and other != pupil_id:
            raise Conflict("a pupil with this IIN already exists", code="iin_exists")
        changed = [
            name
            for name in (
                "iin",
                "surname",
                "name",
                "patronymic",
                "class_name",
                "birth_date",
                "sex",
                "address",
            )
            if getattr(old, name) != getattr(values, name)
        ]
        if changed:
            repo.update(vault.db, pupil_id, values, now=clock.now_iso())
            vault.audit("pupil.update", "pupil", str(pupil_id), "fields=" + ",".join(changed))
    pupil = repo.by_id(vault.db, pupil_id)
    assert pupil is not None
    return pupil


def get_pupil(vault: Vault, pupil_id: int, *, audit_view: bool = True) -> Pupil:
    """A pupil's card. Viewing it is audited unless ``audit_view`` is False (internal use)."""
    pupil = repo.by_id(vault.db, pupil_id)
    if pupil is None:
        raise NotFound(f"no pupil {pupil_id}")
    if audit_view:
        with vault.db.transaction():
            vault.audit("pupil.view", "pupil", str(pupil_id))
    return pupil


def _filter(
    query: str, class_name: str | None, register_category: str | None, on_register: bool | None
) -> PupilFilter:
    if class_name is not None:
        class_name = normalise_class_name(class_name)
    return PupilFilter(
        query=query,
        class_name=class_name,
        register_category=register_category,
        on_register=on_register,
    )


def count_pupils(
    vault: Vault,
    filters: PupilFilter | None = None,
    *,
    query: str = "",
    class_name: str | None = None,
    register_category: str | None = None,
    on_register: bool | None = None,
) -> int:
    """How many pupils the list shows with these filters (``filters`` wins when given)."""
    if filters is None:
        filters = _filter(query, class_name, register_category, on_register)
    elif filters.class_name is not None:
        filters = _filter(
            filters.query, filters.class_name, filters.register_category, filters.on_register
        )
    return repo.count(vault.db, filters)


def list_pupils(
    vault: Vault,
    *,
    query: str = "",
    class_name: str | None = None,
    register_category: str | None = None,
    on_register: bool | None = None,
    offset: int = 0,
    limit: int = 100,
    filters: PupilFilter | None = None,
) -> list[PupilListItem]:
    """One page of the pupil list, ordered by surname, name.

    ``query`` is matched as you type: every whitespace-separated term is a prefix of a word of
    the surname, name, patronymic, IIN or class, and all terms must match (case-insensitive,
    Kazakh letters included). ``filters`` replaces the separate filter arguments when given.
    """
    if offset < 0:
        raise ValidationError("offset", "negative", "offset must not be negative")
    if not 0 < limit <= MAX_PAGE:
        raise ValidationError("limit", "range", f"limit must be 1-{MAX_PAGE}")
    if filters is None:
        filters = _filter(query, class_name, register_category, on_register)
    elif filters.class_name is not None:
        filters = _filter(
            filters.query, filters.class_name, filters.register_category, filters.on_register
        )
    return repo.page(vault.db, filters, offset=offset, limit=limit)


def _class_key(name: str) -> tuple[int, str]:
    digits = len(name) - len(name.lstrip("0123456789"))
    return (int(name[:digits]) if digits else 1000, name[digits:])


def classes(vault: Vault) -> list[str]:
    """The classes that have pupils, in natural order (1А < 2Б < 10А)."""
    return sorted(repo.classes(vault.db), key=_class_key)


# -- legal representatives ------------------------------------------------------------------


def _clean_representative(draft: RepresentativeDraft) -> RepresentativeDraft:
    phone = clean_text("phone", draft.phone, max_len=40)
    if phone and not _PHONE_RE.fullmatch(phone):
        raise ValidationError("phone", "format", "a phone number holds digits, spaces, + ( ) -")
    consent_date = draft.consent_date
    if consent_date is not None and not isinstance(consent_date, date):
        raise ValidationError("consent_date", "format", "consent_date must be a date")
    if (draft.consent_processing or draft.consent_support) and consent_date is None:
        raise ValidationError("consent_date", "required", "a given consent needs its date")
    return RepresentativeDraft(
        full_name=clean_text("full_name", draft.full_name, required=True, max_len=200),
        relation=clean_text("relation", draft.relation, max_len=NAME_MAX),
        phone=phone,
        address=clean_text("address", draft.address),
        consent_processing=bool(draft.consent_processing),
        consent_support=bool(draft.consent_support),
        consent_date=consent_date,
    )


def add_representative(vault: Vault, pupil_id: int, draft: RepresentativeDraft) -> Representative:
    clean = _clean_representative(draft)
    with vault.db.transaction():
        require_pupil(vault, pupil_id)
        rep_id = repo.insert_representative(vault.db, pupil_id, clean)
        vault.audit("representative.create", "representative", str(rep_id), f"pupil={pupil_id}")
    rep = repo.representative_by_id(vault.db, rep_id)
    assert rep is not None
    return rep


def update_representative(
    vault: Vault, representative_id: int, draft: RepresentativeDraft
) -> Representative:
    clean = _clean_representative(draft)
    with vault.db.transaction():
        old = repo.representative_by_id(vault.db, representative_id)
        if old is None:
            raise NotFound(f"no representative {representative_id}")
        repo.update_representative(vault.db, representative_id, clean)
        vault.audit(
            "representative.update",
            "representative",
            str(representative_id),
            f"pupil={old.pupil_id}",
        )
    rep = repo.representative_by_id(vault.db, representative_id)
    assert rep is not None
    return rep


def list_representatives(vault: Vault, pupil_id: int) -> list[Representative]:
    require_pupil(vault, pupil_id)
    return repo.representatives_of(vault.db, pupil_id)
