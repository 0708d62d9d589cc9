"""Creating and editing a pupil, and a pupil's legal representatives.

Typing a valid IIN fills the birth date and sex. If the user set either by hand and it
differs from what the IIN says, the clash is shown on that field at once (and the service
refuses it on saving as well).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from app.domain.pupils import Pupil, PupilDraft, Representative, RepresentativeDraft
from app.errors import ValidationError
from app.iin import parse_iin
from app.services import pupils as pupil_service
from app.vault import Vault
from ui.formatting import format_date
from ui.widgets.date_field import date_of, make_date_edit
from ui.widgets.validation import FormDialog, reason_sentence


class PupilForm(FormDialog):
    """New pupil, or edit one with ``pupil_id=``."""

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, pupil_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        # Which of birth date / sex were filled from the IIN (and may be refilled from it).
        self._from_iin = {"birth_date": True, "sex": True}
        self._filling = False

        self.iin = QLineEdit()
        self.iin.setMaxLength(14)
        self.iin.setPlaceholderText(self.tr("12 digits"))
        self.iin_hint = QLabel()
        self.iin_hint.setObjectName("iin_hint")
        self.surname = QLineEdit()
        self.name = QLineEdit()
        self.patronymic = QLineEdit()
        self.class_name = QLineEdit()
        self.class_name.setPlaceholderText(self.tr("for example 7А"))
        self.birth_date = make_date_edit(optional=True)
        self.sex = QComboBox()
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("Male"), "M")
        self.sex.addItem(self.tr("Female"), "F")
        self.address = QLineEdit()

        add = self.errors.add_row
        add(self.form, "iin", self.tr("IIN:"), self.iin)
        self.iin_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.iin_hint.setWordWrap(True)
        self.form.addRow("", self.iin_hint)
        self.form.setRowVisible(self.iin_hint, False)
        add(self.form, "surname", self.tr("Surname:"), self.surname)
        add(self.form, "name", self.tr("Name:"), self.name)
        add(self.form, "patronymic", self.tr("Patronymic:"), self.patronymic)
        add(self.form, "class_name", self.tr("Class:"), self.class_name, aliases=("class",))
        add(self.form, "birth_date", self.tr("Birth date:"), self.birth_date)
        add(self.form, "sex", self.tr("Sex:"), self.sex)
        add(self.form, "address", self.tr("Address:"), self.address)

        self.iin.textChanged.connect(self.on_iin_changed)
        self.birth_date.dateChanged.connect(self.on_birth_date_edited)
        self.sex.currentIndexChanged.connect(self.on_sex_edited)

        if self.pupil_id is not None:
            self.setWindowTitle(self.tr("Edit pupil"))
            self._load(pupil_service.get_pupil(vault, self.pupil_id, audit_view=False))
        else:
            self.setWindowTitle(self.tr("New pupil"))
        self.setMinimumWidth(460)

    def _load(self, pupil: Pupil) -> None:
        self._filling = True
        self.iin.setText(pupil.iin)
        self.surname.setText(pupil.surname)
        self.name.setText(pupil.name)
        self.patronymic.setText(pupil.patronymic)
        self.class_name.setText(pupil.class_name)
        self.birth_date.setDate(
            QDate(pupil.birth_date.year, pupil.birth_date.month, pupil.birth_date.day)
        )
        self.sex.setCurrentIndex(self.sex.findData(pupil.sex))
        self.address.setText(pupil.address)
        self._filling = False
        self._set_hint("")

    # -- the IIN fills birth date and sex -------------------------------------------------------

    def on_birth_date_edited(self) -> None:
        if not self._filling:
            self._from_iin["birth_date"] = self.birth_date.parsed() is None
            self._check_iin()

    def on_sex_edited(self) -> None:
        if not self._filling:
            self._from_iin["sex"] = self.sex.currentData() is None
            self._check_iin()

    def on_iin_changed(self, _text: str) -> None:
        self._check_iin()

    def _check_iin(self) -> None:
        text = "".join(self.iin.text().split())
        for name in ("iin", "birth_date", "sex"):
            self.errors.clear(name)
        self._set_hint("")
        if not text:
            return
        if len(text) < 12 and text.isdigit():
            return  # still typing
        try:
            info = parse_iin(text)
        except ValidationError as exc:
            self.errors.show_field_error("iin", reason_sentence(exc.reason), live=True)
            return
        self._filling = True
        try:
            if self._from_iin["birth_date"]:
                b = info.birth_date
                self.birth_date.setDate(QDate(b.year, b.month, b.day))
            if self._from_iin["sex"]:
                self.sex.setCurrentIndex(self.sex.findData(info.sex))
        finally:
            self._filling = False
        entered = self.birth_date.parsed()
        if entered is not None and entered != info.birth_date:
            self.errors.show_field_error(
                "birth_date",
                self.tr("The IIN says the pupil was born on {date}.").format(
                    date=format_date(info.birth_date)
                ),
                live=True,
            )
        elif self.sex.currentData() not in (None, info.sex):
            self.errors.show_field_error(
                "sex",
                self.tr("The IIN says the pupil is male.")
                if info.sex == "M"
                else self.tr("The IIN says the pupil is female."),
                live=True,
            )
        else:
            self._set_hint(self.tr("Birth date and sex are taken from the IIN."))

    def _set_hint(self, text: str) -> None:
        self.iin_hint.setText(text)
        self.form.setRowVisible(self.iin_hint, bool(text))

    # -- saving ------------------------------------------------------------------------------

    def draft(self) -> PupilDraft:
        return PupilDraft(
            iin=self.iin.text(),
            surname=self.surname.text(),
            name=self.name.text(),
            patronymic=self.patronymic.text(),
            class_name=self.class_name.text(),
            birth_date=date_of(self.birth_date),
            sex=self.sex.currentData(),
            address=self.address.text(),
        )

    def on_save(self) -> None:
        super().on_save()
        if self.result_value is None and (
            self.errors.message_text("birth_date") or self.errors.message_text("sex")
        ):
            self._check_iin()  # the specific sentence: what the IIN says instead

    def save(self) -> Pupil:
        draft = self.draft()
        if self.pupil_id is None:
            return pupil_service.create_pupil(self.vault, draft)
        return pupil_service.update_pupil(self.vault, self.pupil_id, draft)


class RepresentativeForm(FormDialog):
    """A legal representative: contacts and consents. ``pupil_id=`` or ``representative=``."""

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        pupil_id: int | None = None,
        representative: Representative | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.pupil_id = pupil_id
        self.existing = representative
        self.full_name = QLineEdit()
        self.relation = QComboBox()
        self.relation.setEditable(True)
        for code, label in (
            ("mother", self.tr("Mother")),
            ("father", self.tr("Father")),
            ("guardian", self.tr("Guardian")),
            ("grandmother", self.tr("Grandmother")),
            ("grandfather", self.tr("Grandfather")),
        ):
            self.relation.addItem(label, code)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+7 7XX XXX XX XX")
        self.address = QLineEdit()
        self.consent_processing = QCheckBox(self.tr("Consents to the processing of personal data"))
        self.consent_support = QCheckBox(self.tr("Consents to psychological support"))
        self.consent_date = make_date_edit(optional=True)
        add = self.errors.add_row
        add(self.form, "full_name", self.tr("Full name:"), self.full_name)
        add(self.form, "relation", self.tr("Relation:"), self.relation)
        add(self.form, "phone", self.tr("Phone:"), self.phone)
        add(self.form, "address", self.tr("Address:"), self.address)
        self.form.addRow("", self.consent_processing)
        self.form.addRow("", self.consent_support)
        add(self.form, "consent_date", self.tr("Consent given on:"), self.consent_date)
        self.consent_processing.toggled.connect(self._default_consent_date)
        self.consent_support.toggled.connect(self._default_consent_date)
        if self.existing is not None:
            self.setWindowTitle(self.tr("Edit legal representative"))
            rep = self.existing
            self.full_name.setText(rep.full_name)
            index = self.relation.findData(rep.relation)
            if index >= 0:
                self.relation.setCurrentIndex(index)
            else:
                self.relation.setEditText(rep.relation)
            self.phone.setText(rep.phone)
            self.address.setText(rep.address)
            self.consent_processing.setChecked(rep.consent_processing)
            self.consent_support.setChecked(rep.consent_support)
            if rep.consent_date is not None:
                d = rep.consent_date
                self.consent_date.setDate(QDate(d.year, d.month, d.day))
        else:
            self.setWindowTitle(self.tr("New legal representative"))
        self.setMinimumWidth(460)

    def _default_consent_date(self, checked: bool) -> None:
        if checked and self.consent_date.parsed() is None:
            self.consent_date.setDate(QDate.currentDate())

    def _relation_code(self) -> str:
        text = self.relation.currentText().strip()
        index = self.relation.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.relation.itemData(index)) if index >= 0 else text

    def draft(self) -> RepresentativeDraft:
        return RepresentativeDraft(
            full_name=self.full_name.text(),
            relation=self._relation_code(),
            phone=self.phone.text(),
            address=self.address.text(),
            consent_processing=self.consent_processing.isChecked(),
            consent_support=self.consent_support.isChecked(),
            consent_date=date_of(self.consent_date),
        )

    def save(self) -> Representative:
        if self.existing is not None:
            return pupil_service.update_representative(self.vault, self.existing.id, self.draft())
        assert self.pupil_id is not None
        return pupil_service.add_representative(self.vault, self.pupil_id, self.draft())
