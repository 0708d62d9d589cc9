"""Showing a ``ValidationError`` on the field it names, without losing what was typed.

A form registers its fields with :class:`FieldErrors`; when a service raises
``ValidationError(field, reason)`` the form hands it over and the field gets a red frame, a
sentence right under it, and the keyboard focus. Nothing in the form is cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorgauError, ValidationError
from ui.errors import message_for
from ui.style import Tone, invalid_frame_css, set_tone
from ui.widgets.unsaved import ask_discard, form_snapshot


def reason_sentence(reason: str) -> str:
    """A sentence for a validation reason code (English source, translated via tr)."""

    sentences = {
        "required": QCoreApplication.translate("FieldErrors", "This field is required."),
        "empty": QCoreApplication.translate("FieldErrors", "This field is required."),
        "length": QCoreApplication.translate("FieldErrors", "An IIN has exactly 12 digits."),
        "digits": QCoreApplication.translate("FieldErrors", "An IIN contains digits only."),
        "century": QCoreApplication.translate(
            "FieldErrors", "The seventh digit of this IIN is not a valid century and sex digit."
        ),
        "date": QCoreApplication.translate(
            "FieldErrors", "This IIN does not start with a valid birth date."
        ),
        "checksum": QCoreApplication.translate(
            "FieldErrors", "The check digit of this IIN does not match. Check for a typo."
        ),
        "iin_mismatch": QCoreApplication.translate("FieldErrors", "This does not match the IIN."),
        "duplicate": QCoreApplication.translate(
            "FieldErrors", "A record with this value already exists."
        ),
        "conflict": QCoreApplication.translate(
            "FieldErrors", "A record with this value already exists."
        ),
        "taken": QCoreApplication.translate(
            "FieldErrors", "A record with this value already exists."
        ),
        "format": QCoreApplication.translate("FieldErrors", "This value has the wrong format."),
        "invalid": QCoreApplication.translate("FieldErrors", "This value is not valid."),
        "unknown": QCoreApplication.translate("FieldErrors", "Choose a value from the list."),
        "too_long": QCoreApplication.translate("FieldErrors", "This text is too long."),
        "too_short": QCoreApplication.translate("FieldErrors", "This text is too short."),
        "range": QCoreApplication.translate("FieldErrors", "This value is out of range."),
        "positive": QCoreApplication.translate("FieldErrors", "Enter a number greater than zero."),
        "future": QCoreApplication.translate("FieldErrors", "This date cannot be in the future."),
        "order": QCoreApplication.translate(
            "FieldErrors", "The end date cannot be before the start date."
        ),
        "past": QCoreApplication.translate("FieldErrors", "This date cannot be in the past."),
        "closed": QCoreApplication.translate("FieldErrors", "This record is already closed."),
        "before_start": QCoreApplication.translate(
            "FieldErrors", "The end date cannot be before the start date."
        ),
        "before_opened": QCoreApplication.translate(
            "FieldErrors", "This date cannot be before the register entry was opened."
        ),
        "not_after_review": QCoreApplication.translate(
            "FieldErrors", "The next review must come after this one."
        ),
        "naive": QCoreApplication.translate("FieldErrors", "Enter a valid date and time."),
        "absence_span": QCoreApplication.translate(
            "FieldErrors",
            "An absence is recorded for at most three months (92 days). Record a longer "
            "absence as several periods, each with the work done about it.",
        ),
        "date_format": QCoreApplication.translate(
            "FieldErrors", "Enter the date as DD.MM.YYYY, for example 10.12.2026."
        ),
        "too_large": QCoreApplication.translate("FieldErrors", "The file is too large."),
        "role": QCoreApplication.translate("FieldErrors", "Choose a role for each pupil."),
        "unknown_pupil": QCoreApplication.translate(
            "FieldErrors", "One of the pupils no longer exists. Remove it and add it again."
        ),
        "exists": QCoreApplication.translate(
            "FieldErrors", "A record with this value already exists."
        ),
        "mismatch": QCoreApplication.translate(
            "FieldErrors", "This does not match the rest of the record."
        ),
    }
    return sentences.get(
        reason, QCoreApplication.translate("FieldErrors", "This value is not valid.")
    )


# Conflicts that concern one field of a form.
_CONFLICT_FIELDS = {"iin_exists": "iin", "register_open_exists": "category"}


def grow_to_fit(widget: QWidget) -> None:
    """Make ``widget``'s window tall enough for its layout at the current width.

    A message row shown after the dialog opened wraps to two lines in Kazakh or Russian; the
    window keeps its height unless asked, and the sentence would be cut in half.
    """
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    if window.height() < needed:
        window.resize(window.width(), needed)


@dataclass
class _Field:
    widget: QWidget
    message: QLabel
    label: str
    style: str


class FieldErrors(QObject):
    """Maps field names to widgets and shows errors next to them.

    Fields are added to a ``QFormLayout`` through :meth:`add_row`, which also adds a hidden
    message row beneath the field.
    """

    def __init__(self, banner: QLabel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        self._aliases: dict[str, str] = {}
        self._layouts: dict[str, QFormLayout] = {}
        self._banner = banner
        if banner is not None:
            set_tone(banner, Tone.LATE)
            banner.setWordWrap(True)
            banner.hide()

    def add_row(
        self,
        layout: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        *,
        aliases: tuple[str, ...] = (),
    ) -> None:
        layout.addRow(label, widget)
        widget.setProperty("qorgau_field", name)  # a date field names itself in its errors
        message = QLabel()
        set_tone(message, Tone.LATE)
        message.setWordWrap(True)
        # Expanding, so that the sentence takes the row's full width instead of wrapping at
        # the width of a narrow field (a date, a combo box) and being cut off.
        message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        message.setObjectName(f"error_{name}")
        layout.addRow("", message)
        layout.setRowVisible(message, False)
        self._fields[name] = _Field(widget, message, label.rstrip(":"), widget.styleSheet())
        for alias in aliases:
            self._aliases[alias] = name
        self._layouts[name] = layout

    def bind(self, name: str, widget: QWidget, message: QLabel, label: str) -> None:
        """Register a field laid out by the form itself (message label placed by the caller)."""
        set_tone(message, Tone.LATE)
        message.setWordWrap(True)
        message.hide()
        self._fields[name] = _Field(widget, message, label.rstrip(":"), widget.styleSheet())

    def widget(self, name: str) -> QWidget | None:
        field = self._fields.get(self._aliases.get(name, name))
        return field.widget if field else None

    def message_text(self, name: str) -> str:
        field = self._fields.get(self._aliases.get(name, name))
        return field.message.text() if field and self._message_shown(name) else ""

    def _message_shown(self, name: str) -> bool:
        field = self._fields[self._aliases.get(name, name)]
        return not field.message.isHidden() and bool(field.message.text())

    def _set_message(self, name: str, text: str) -> None:
        field = self._fields[name]
        field.message.setText(text)
        layout = self._layouts.get(name)
        if layout is not None:
            layout.setRowVisible(field.message, bool(text))
        else:
            field.message.setVisible(bool(text))
        field.widget.setStyleSheet(field.style + (invalid_frame_css() if text else ""))
        field.widget.setToolTip(text)
        if text:
            grow_to_fit(field.message)

    def show_field_error(self, name: str, sentence: str, *, live: bool = False) -> bool:
        """Show ``sentence`` on field ``name``; False when the form has no such field.

        ``live`` checks (while typing) neither move the focus nor fill the banner.
        """
        name = self._aliases.get(name, name)
        if name not in self._fields:
            return False
        self._set_message(name, sentence)
        field = self._fields[name]
        if live:
            return True
        if self._banner is not None:
            self._banner.setText(
                self.tr("Check the field “{field}”: {reason}").format(
                    field=field.label, reason=sentence
                )
            )
            self._banner.show()
        field.widget.setFocus()
        return True

    def show_error(self, error: QorgauError) -> None:
        """Show any core error: on its field when it names one, otherwise in the banner."""
        if isinstance(error, ValidationError) and self.show_field_error(
            error.field, reason_sentence(error.reason)
        ):
            return
        field = _CONFLICT_FIELDS.get(error.code)
        if field is not None and self.show_field_error(field, error_sentence(error)):
            return
        if self._banner is not None:
            self._banner.setText(error_sentence(error))
            self._banner.show()

    def clear(self, name: str | None = None) -> None:
        names = [self._aliases.get(name, name)] if name else list(self._fields)
        for each in names:
            if each in self._fields:
                self._set_message(each, "")
        if name is None and self._banner is not None:
            self._banner.clear()
            self._banner.hide()


def error_sentence(error: BaseException) -> str:
    """A sentence for any error: validation reasons here, the rest from ``ui.errors``."""
    if isinstance(error, ValidationError):
        return reason_sentence(error.reason)
    if isinstance(error, QorgauError) and error.code == "iin_exists":
        return QCoreApplication.translate(
            "FieldErrors", "A pupil with this IIN is already in the vault."
        )
    if isinstance(error, QorgauError) and error.code in ("register_open_exists",):
        return QCoreApplication.translate(
            "FieldErrors", "The pupil already has an open register entry of this category."
        )
    if isinstance(error, QorgauError) and error.code == "register_closed":
        return QCoreApplication.translate("FieldErrors", "This register entry is already closed.")
    return message_for(error)


class FormDialog(QDialog):
    """A dialog with a form, a message banner and Save/Cancel.

    Subclasses fill ``self.form`` (registering fields with ``self.errors.add_row``) and
    implement :meth:`save`, which calls a service and returns what it created. A core error
    is shown on its field and the dialog stays open with everything the user typed; Enter
    saves, Escape cancels. Closing a form in which something was entered (window button,
    Escape, Cancel) first asks "Discard the changes?"; an untouched form closes silently.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.errors = FieldErrors(self.banner, self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self.form_page = QWidget()
        self.form_page.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.banner)
        self.body.addWidget(self.form_page, 1)
        self.body.addWidget(self.buttons)
        self._pristine: tuple[Any, ...] | None = None  # input as first shown
        self.discard_question: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pristine is None:  # the first time: defaults and context are filled in
            self._pristine = form_snapshot(self.form_page)

    def has_unsaved_input(self) -> bool:
        """True when the user entered or changed something since the form was shown."""
        return self._pristine is not None and form_snapshot(self.form_page) != self._pristine

    def reject(self) -> None:
        """Window button, Escape and Cancel: ask before throwing entered input away."""
        if not self.has_unsaved_input():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return
        self.discard_question = ask_discard(self, self.discard)

    def discard(self) -> None:
        """Close without saving and without asking (the user chose Discard)."""
        self._pristine = None
        QDialog.reject(self)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> Any:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def on_save(self) -> None:
        self.errors.clear()
        try:
            self.result_value = self.save()
        except QorgauError as exc:
            self.errors.show_error(exc)
            return
        self.saved()

    def saved(self) -> None:
        """After a successful save; closes the dialog unless a form wants to show more."""
        self.accept()
