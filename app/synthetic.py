"""Deterministic synthetic data for demos, tests and benchmarks. Never real people.

Everything is driven by a ``random.Random`` seeded by the caller, so the same seed (and the
same ``today``) always gives the same data. Name lists live in ``resources/names``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from app.iin import make_iin

__all__ = [
    "NAMES_DIR",
    "RELATIONS",
    "SyntheticPupil",
    "SyntheticRepresentative",
    "confidential_note",
    "feminine_surname",
    "generate_pupils",
    "incident_description",
    "name_list",
    "patronymic",
    "plan_goal",
    "random_phone",
    "session_summary",
]

NAMES_DIR = Path(__file__).resolve().parent.parent / "resources" / "names"
RELATIONS = ("mother", "father", "guardian", "grandmother")
CLASS_LETTERS = ("А", "Б", "В")
MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")

_PATRONYMIC_EXCEPTIONS: dict[str, tuple[str, str]] = {
    "Лев": ("Львович", "Львовна"),
    "Пётр": ("Петрович", "Петровна"),
    "Павел": ("Павлович", "Павловна"),
    "Илья": ("Ильич", "Ильинична"),
    "Никита": ("Никитич", "Никитична"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Григорий": ("Григорьевич", "Григорьевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Валерий": ("Валерьевич", "Валерьевна"),
    "Арсений": ("Арсеньевич", "Арсеньевна"),
}


@dataclass(frozen=True)
class SyntheticRepresentative:
    full_name: str
    relation: str  # 'mother' | 'father' | 'guardian' | 'grandmother'
    phone: str  # '+7 7xx xxx xx xx'


@dataclass(frozen=True)
class SyntheticPupil:
    iin: str
    surname: str
    name: str
    patronymic: str
    class_name: str
    birth_date: date
    sex: str  # 'M' or 'F'
    address: str
    representative: SyntheticRepresentative


@cache
def name_list(stem: str) -> tuple[str, ...]:
    """One list from ``resources/names/<stem>.txt`` (blank lines and ``#`` comments skipped)."""
    text = (NAMES_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    items = tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
    if not items:
        raise ValueError(f"name list {stem!r} is empty")
    return items


def feminine_surname(surname: str) -> str:
    """Ахметов -> Ахметова, Ильин -> Ильина; other endings stay as they are."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    return surname


def patronymic(father_name: str, sex: str) -> str:
    """Russian-style patronymic from a father's first name: Ерлан -> Ерланович / Ерлановна."""
    female = sex == "F"
    if father_name in _PATRONYMIC_EXCEPTIONS:
        return _PATRONYMIC_EXCEPTIONS[father_name][1 if female else 0]
    if father_name.endswith("й"):
        return father_name[:-1] + ("евна" if female else "евич")
    if father_name.endswith(("а", "я")):
        return father_name[:-1] + ("ична" if female else "ич")
    if father_name.endswith(("ж", "ш", "щ", "ч", "ц")):
        return father_name + ("евна" if female else "евич")
    return father_name + ("овна" if female else "ович")


def random_phone(rng: random.Random) -> str:
    """A synthetic Kazakh mobile number, ``+7 7xx xxx xx xx``."""
    code = rng.choice(MOBILE_CODES)
    return f"+7 {code} {rng.randrange(1000):03d} {rng.randrange(100):02d} {rng.randrange(100):02d}"


def _school_year_start(today: date) -> int:
    return today.year if today.month >= 9 else today.year - 1


def _birth_date(rng: random.Random, grade: int, today: date) -> date:
    # Grade 1 starts at six: on 1 September of the school year a pupil of grade k is 5 + k
    # (a few started a year late).
    age = 5 + grade + (1 if rng.random() < 0.15 else 0)
    sept1 = date(_school_year_start(today), 9, 1)
    latest = sept1.replace(year=sept1.year - age)
    earliest = sept1.replace(year=sept1.year - age - 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def _full_name(surname: str, first: str, middle: str) -> str:
    return f"{surname} {first} {middle}"


def _gendered(surname: str, sex: str) -> str:
    return feminine_surname(surname) if sex == "F" else surname


def generate_pupils(n: int, seed: int = 2026, today: date | None = None) -> list[SyntheticPupil]:
    """``n`` synthetic pupils with unique valid IINs; 60 % Kazakh names, 40 % Russian."""
    if n < 0:
        raise ValueError("n must not be negative")
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    today = today or date.today()
    used: set[str] = set()
    pupils: list[SyntheticPupil] = []
    while len(pupils) < n:
        kind = "kazakh" if rng.random() < 0.6 else "russian"
        males = name_list(f"{kind}_male_first")
        females = name_list(f"{kind}_female_first")
        family = rng.choice(name_list(f"{kind}_surnames"))
        sex = rng.choice(("M", "F"))
        first = rng.choice(males if sex == "M" else females)
        father = rng.choice(males)
        grade = rng.randint(1, 11)
        birth = _birth_date(rng, grade, today)
        iin = make_iin(birth, sex, rng.randrange(10000))
        while iin in used:
            iin = make_iin(birth, sex, rng.randrange(10000))
        used.add(iin)

        relation = rng.choices(RELATIONS, weights=(55, 25, 8, 12))[0]
        if relation == "father":
            rep_name = _full_name(family, father, patronymic(rng.choice(males), "M"))
        elif relation in ("mother", "grandmother"):
            rep_name = _full_name(
                feminine_surname(family), rng.choice(females), patronymic(rng.choice(males), "F")
            )
        else:
            rep_sex = rng.choice(("M", "F"))
            rep_name = _full_name(
                _gendered(rng.choice(name_list(f"{kind}_surnames")), rep_sex),
                rng.choice(males if rep_sex == "M" else females),
                patronymic(rng.choice(males), rep_sex),
            )
        address = (
            f"с. {rng.choice(name_list('villages'))}, ул. {rng.choice(name_list('streets'))}, "
            f"д. {rng.randint(1, 120)}"
        )
        pupils.append(
            SyntheticPupil(
                iin=iin,
                surname=_gendered(family, sex),
                name=first,
                patronymic=patronymic(father, sex),
                class_name=f"{grade}{rng.choice(CLASS_LETTERS)}",
                birth_date=birth,
                sex=sex,
                address=address,
                representative=SyntheticRepresentative(
                    full_name=rep_name, relation=relation, phone=random_phone(rng)
                ),
            )
        )
    return pupils


# --- Free text -----------------------------------------------------------------------------

_PLACES = ("в коридоре", "на перемене", "в столовой", "в спортзале", "у входа в школу", "в классе")
_WHEN = ("после уроков", "во время перемены", "утром перед занятиями", "на уроке физкультуры")

_INCIDENTS: dict[str, tuple[str, ...]] = {
    "offence_by_minor": (
        "Обучающийся {when} повредил школьное имущество {place}.",
        "Со слов классного руководителя, обучающийся забрал чужой телефон {place}.",
    ),
    "offence_against_minor": (
        "Обучающийся сообщил, что у него {when} отобрали деньги незнакомые взрослые.",
        "Родитель сообщил о подозрительном взрослом, заговорившем с ребёнком у школы.",
    ),
    "violence": (
        "{When_cap} {place} произошла драка, у обучающегося ссадины на лице.",
        "Обучающийся пришёл с синяками и сообщил, что его ударил старший ученик.",
    ),
    "cruel_treatment": (
        "Классный руководитель заметил у обучающегося следы побоев; ребёнок избегает разговора о доме.",
        "Обучающийся сообщил, что дома его оставляют без еды в наказание.",
    ),
    "sexual_abuse": (
        "Обучающийся в беседе с психологом рассказал о недопустимых действиях взрослого.",
        "Поступило сообщение от одноклассницы о возможном сексуальном насилии; требуется проверка.",
    ),
    "bullying": (
        "Группа одноклассников систематически высмеивает обучающегося {place}.",
        "В чате класса распространяются оскорбительные сообщения об обучающемся.",
    ),
    "witness_of_violence": (
        "Обучающийся стал свидетелем драки {place} и жалуется на тревогу.",
        "Ребёнок рассказал, что видел насилие дома между взрослыми.",
    ),
    "neglect": (
        "Обучающийся второй день ночует у соседей: родители уехали, не оставив взрослого.",
        "Классный руководитель узнал, что младшие дети в семье неделю остаются одни дома.",
    ),
    "self_harm_risk": (
        "Классный руководитель заметил порезы на руках обучающегося.",
        "Обучающийся написал в сочинении о нежелании жить; нужна срочная беседа.",
    ),
    "unexcused_absence": (
        "Обучающийся не посещает занятия третий день без уважительной причины.",
        "Систематические пропуски первых уроков; родители на звонки не отвечают.",
    ),
    "antisocial_behaviour": (
        "Обучающийся грубит учителям и срывает уроки в течение недели.",
        "Обучающийся замечен {when} в компании подростков, распивающих спиртное.",
    ),
    "running_away": (
        "Обучающийся не вернулся домой после уроков; родители сообщили в школу.",
        "Обучающийся ушёл из школы {when}, не предупредив классного руководителя.",
    ),
    "substance_use": (
        "Обучающийся замечен {place} с электронной сигаретой.",
        "У обучающегося признаки опьянения на уроке.",
    ),
    "conflict": (
        "Конфликт между двумя обучающимися {place} из-за места за партой.",
        "Словесная ссора между обучающимися {when}, без физического насилия.",
    ),
    "other": (
        "Обучающийся обратился с жалобой на плохое самочувствие и подавленное настроение.",
        "Родитель просит консультацию в связи с изменениями в поведении ребёнка.",
    ),
}

_SUMMARIES = (
    "Проведена беседа о взаимоотношениях в классе; обучающийся открыт к контакту.",
    "Обсуждены способы справляться с тревогой перед экзаменами; даны упражнения на дыхание.",
    "Консультация с законным представителем о режиме дня и контроле посещаемости.",
    "Групповое занятие по профилактике буллинга; участники активно обсуждали ситуации.",
    "Диагностика эмоционального состояния; признаков острого кризиса не выявлено.",
    "Повторная встреча: отмечается улучшение настроения, конфликтов не было.",
)

_NOTES = (
    "Ребёнок упомянул напряжённую обстановку дома; уточнить при следующей встрече.",
    "Возможна связь пропусков с конфликтом со старшим братом.",
    "Обучающийся просил не сообщать подробности классному руководителю.",
    "Наблюдается сниженная самооценка; рассмотреть направление в ЦППС.",
    "Со слов ребёнка, отец часто работает вахтой; мать одна с тремя детьми.",
)

_GOALS = (
    "Снизить количество пропусков без уважительной причины до нуля в течение месяца.",
    "Восстановить доброжелательные отношения обучающегося с одноклассниками.",
    "Сформировать навыки бесконфликтного общения.",
    "Обеспечить психологическое сопровождение после пережитого насилия.",
    "Вовлечь обучающегося во внеурочную деятельность (секция, кружок).",
    "Наладить регулярный контакт с законным представителем.",
)


def incident_description(rng: random.Random, category: str) -> str:
    """A short synthetic Russian description of an incident of ``category``."""
    template = rng.choice(_INCIDENTS.get(category, _INCIDENTS["other"]))
    when = rng.choice(_WHEN)
    return template.format(place=rng.choice(_PLACES), when=when, When_cap=when.capitalize())


def session_summary(rng: random.Random) -> str:
    """A synthetic shared summary of a counselling session."""
    return rng.choice(_SUMMARIES)


def confidential_note(rng: random.Random) -> str:
    """A synthetic confidential note."""
    return rng.choice(_NOTES)


def plan_goal(rng: random.Random) -> str:
    """A synthetic follow-up plan goal."""
    return rng.choice(_GOALS)
