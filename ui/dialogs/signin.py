"""Sign-in, recovery with the recovery key, and the new-passphrase fields they share.

Argon2 takes about 400 ms and a failed attempt makes the next one wait, so every unlock runs
on a worker thread; the window shows a live countdown instead of freezing.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongPassphrase
from app.passphrase_policy import assess
from app.vault import MIN_PASSPHRASE, Vault, list_logins, open_vault, recover_account
from ui.background.workers import Report, Task, rebind_to_current_thread, run_task
from ui.errors import message_for
from ui.formatting import duration
from ui.last_login import last_login, remember_login
from ui.passphrase_feedback import feedback_text
from ui.style import Tone, set_heading, set_tone
from ui.widgets.form_rows import add_row, set_label

Sleep = Callable[[float], None]


def strength(passphrase: str) -> int:
    """0 too short, else zxcvbn's score: 0-2 refused, 3 good, 4 strong (app/passphrase_policy)."""
    rated = assess(passphrase)
    return 0 if rated.too_short else rated.score


def unlocker(
    data_dir: Path, login: str, passphrase: str, waited: float, sleep: Sleep = time.sleep
) -> Callable[[Report], Vault]:
    """Work for a worker: open the vault; the delay already waited on screen is not repeated."""

    def work(report: Report) -> Vault:
        def wait(seconds: float) -> None:
            remaining = seconds - waited
            if remaining > 0:
                report(remaining)
                sleep(remaining)

        vault = open_vault(data_dir, login, passphrase, sleep=wait)
        vault.db.close()  # the connection belongs to this thread; the GUI opens its own
        return vault

    return work


class NewPassphraseFields(QWidget):
    """A new passphrase, its confirmation and a strength hint.

    Signals:
        changed(): either field changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.meter = QProgressBar(maximum=4, textVisible=False)
        self.meter.setMaximumHeight(8)
        self.hint = QLabel(wordWrap=True)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        add_row(self._form, self.passphrase)
        add_row(self._form, self.confirm)
        add_row(self._form, self.meter)
        add_row(self._form, self.hint)
        self.passphrase.textChanged.connect(self._on_text)
        self.confirm.textChanged.connect(self._on_text)
        # The account's own words (login, name, school), which count as easy guesses as in
        # the core's check; set by the form that knows them.
        self.user_inputs: tuple[str, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        set_label(self._form, self.passphrase, self.tr("&Passphrase:"))
        set_label(self._form, self.confirm, self.tr("&Repeat it:"))
        self.passphrase.setPlaceholderText(self.tr("at least 8 characters"))
        self._on_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def problem(self) -> str:
        """Why the fields cannot be accepted yet, or '' when they can."""
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least 8 characters.")
        rated = assess(self.passphrase.text(), self.user_inputs)
        if not rated.acceptable:
            return " ".join(
                (self.tr("The passphrase is easy to guess."), feedback_text(rated))
            ).strip()
        if self.passphrase.text() != self.confirm.text():
            return self.tr("The two passphrases differ.")
        return ""

    def is_acceptable(self) -> bool:
        return not self.problem()

    def set_user_inputs(self, *words: str) -> None:
        """The account's login, name or school: a passphrase made of them is easy to guess."""
        self.user_inputs = tuple(words)
        self._on_text()

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()

    def _on_text(self) -> None:
        rated = assess(self.passphrase.text(), self.user_inputs)
        self.meter.setValue(0 if rated.too_short else rated.score)
        if rated.acceptable:
            hint = self.tr("Strong.") if rated.score == 4 else self.tr("Good.")
        else:
            # zxcvbn's warning and suggestions, in the user's language (ui/passphrase_feedback).
            hint = feedback_text(rated)
            if not rated.too_short:
                hint = self.tr("Weak: easy to guess.") + " " + hint
            hint += " " + self.tr(
                "Tip: four or more unrelated words are easy to remember and hard to guess."
            )
        if self.confirm.text() and self.confirm.text() != self.passphrase.text():
            hint += " " + self.tr("The two passphrases differ.")
        self.hint.setText(hint)
        self.changed.emit()


class SignInDialog(QDialog):
    """Choose an account and unlock the vault.

    With ``login`` given it is the lock screen: the account is fixed, Escape does not close
    it, and a "Sign out" button offers to leave instead.

    Signals:
        signed_in(object): the opened ``Vault``, bound to the GUI thread.
        sign_out_requested(): the lock screen's user chose to sign out instead.
    """

    signed_in = Signal(object)
    sign_out_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        login: str | None = None,
        sleep: Sleep = time.sleep,
    ) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._sleep = sleep
        self._task: Task | None = None
        self._retry_at = 0.0  # monotonic time when the next attempt may run
        self._failed_at = 0.0
        self._fixed_login = login
        self.vault: Vault | None = None

        self.title = QLabel()
        self.title.setObjectName("title")
        set_heading(self.title, 16)
        self.account = QComboBox()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("message")
        set_tone(self.message, Tone.LATE)
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.message.hide()
        self.countdown.hide()
        self.sign_in_button = QPushButton(default=True, autoDefault=True)
        self.forgot_button = QPushButton(autoDefault=False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.sign_out_button: QPushButton | None = None
        if login is not None:
            self.sign_out_button = QPushButton(autoDefault=False)
            buttons.addButton(self.sign_out_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.sign_out_button.clicked.connect(self.sign_out_requested)
        self._form = QFormLayout()
        add_row(self._form, self.account)
        add_row(self._form, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self._form)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        self._timer = QTimer(self, interval=250)
        self._timer.timeout.connect(self._on_tick)
        self.sign_in_button.clicked.connect(self.attempt)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.passphrase.returnPressed.connect(self.attempt)
        self.reload_accounts()
        self.retranslate()

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qorgau — sign in"))
        self.title.setText(
            self.tr("Sign in to Qorgau")
            if self._fixed_login is None
            else self.tr("Qorgau is locked")
        )
        set_label(self._form, self.account, self.tr("&Account:"))
        set_label(self._form, self.passphrase, self.tr("&Passphrase:"))
        self.sign_in_button.setText(
            self.tr("&Sign in") if self._fixed_login is None else self.tr("&Unlock")
        )
        self.forgot_button.setText(self.tr("&Forgot passphrase?"))
        if self.sign_out_button is not None:
            self.sign_out_button.setText(self.tr("Sign &out"))
        self._on_tick()

    def reject(self) -> None:
        if self._fixed_login is None:  # the lock screen cannot be dismissed
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -------------------------------------------------------------------------

    def reload_accounts(self) -> None:
        self.account.clear()
        if self._fixed_login is not None:
            self.account.addItem(self._fixed_login)
            self.account.setEnabled(False)
        else:
            try:
                self.account.addItems(list_logins(self._data_dir))
            except Exception as exc:
                self.show_message(message_for(exc))
            remembered = self.account.findText(last_login(self._data_dir))
            if remembered >= 0:
                self.account.setCurrentIndex(remembered)
        self.passphrase.setFocus()

    def show_message(self, text: str) -> None:
        # Empty labels are hidden, or they leave a gap between the passphrase and the buttons.
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_countdown(self, text: str) -> None:
        self.countdown.setText(text)
        self.countdown.setVisible(bool(text))

    @property
    def busy(self) -> bool:
        return self._task is not None

    def attempt(self) -> None:
        if self.busy or time.monotonic() < self._retry_at:
            return
        login = self.account.currentText()
        if not login:
            return
        waited = time.monotonic() - self._failed_at if self._failed_at else 0.0
        self.show_message("")
        self._set_busy(True)
        self._task = run_task(
            unlocker(self._data_dir, login, self.passphrase.text(), waited, self._sleep)
        )
        self._task.progress.connect(self._on_core_delay)
        self._task.finished.connect(self._on_opened)
        self._task.failed.connect(self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy and time.monotonic() >= self._retry_at)
        self.passphrase.setReadOnly(busy)
        self.forgot_button.setEnabled(not busy)
        if busy:
            self._set_countdown(self.tr("Checking the passphrase…"))

    def _on_core_delay(self, seconds: object) -> None:
        self._retry_at = time.monotonic() + float(seconds)  # type: ignore[arg-type]
        self._timer.start()
        self._on_tick()

    def _on_opened(self, vault: Vault) -> None:
        self._task = None
        self._timer.stop()
        self.vault = rebind_to_current_thread(vault)
        remember_login(self._data_dir, self.vault.user.login)
        self.passphrase.clear()
        self._failed_at = self._retry_at = 0.0
        self._set_countdown("")
        self._set_busy(False)
        self.signed_in.emit(self.vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.passphrase.selectAll()
        self._retry_at = 0.0
        if isinstance(exc, WrongPassphrase):
            self._failed_at = time.monotonic()
            self._retry_at = self._failed_at + exc.delay_seconds
            # The wait is shown by the live countdown below; saying it here too printed it
            # twice (and this copy never counted down).
            self.show_message(message_for(WrongPassphrase()))
        else:
            self.show_message(message_for(exc))
        self._set_busy(False)
        self._set_countdown("")
        if self._retry_at:
            self._timer.start()
            self._on_tick()
        self.passphrase.setFocus()

    def _on_tick(self) -> None:
        left = self._retry_at - time.monotonic()
        if left <= 0:
            self._timer.stop()
            if not self.busy:
                self._set_countdown("")
                self.sign_in_button.setEnabled(True)
            return
        self.sign_in_button.setEnabled(False)
        self._set_countdown(
            self.tr("Next attempt possible in {0}.").format(duration(math.ceil(left)))
        )

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self._data_dir, self.account.currentText(), self)
        dialog.recovered.connect(self._on_recovered)
        dialog.open()

    def _on_recovered(self, vault: Vault) -> None:
        self.vault = vault
        self.signed_in.emit(vault)


class RecoveryDialog(QDialog):
    """Unlock with the recovery key and set a new passphrase for one account.

    Signals:
        recovered(object): the opened ``Vault``, bound to the GUI thread.
    """

    recovered = Signal(object)

    def __init__(self, data_dir: Path, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._task: Task | None = None
        self.account = QComboBox()
        try:
            self.account.addItems(list_logins(data_dir))
        except Exception:  # noqa: S110 - the sign-in screen already reported it
            pass
        self.account.setCurrentText(login)
        self.key = QLineEdit()
        self.key.setMinimumWidth(360)
        self.fields = NewPassphraseFields()
        self.intro = QLabel(wordWrap=True)
        self.message = QLabel(wordWrap=True)
        set_tone(self.message, Tone.LATE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._form = QFormLayout()
        add_row(self._form, self.account)
        add_row(self._form, self.key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recover access"))
        self.intro.setText(
            self.tr(
                "Type the recovery key you printed or wrote down when the "
                "vault was created, then choose a new passphrase."
            )
        )
        set_label(self._form, self.account, self.tr("&Account:"))
        set_label(self._form, self.key, self.tr("Recovery &key:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Set new passphrase")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def attempt(self) -> None:
        if self._task is not None:
            return
        self.fields.set_user_inputs(self.account.currentText())
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        data_dir, login = self._data_dir, self.account.currentText()
        key, new = self.key.text().strip(), self.fields.text()

        def work(_report: Report) -> Vault:
            vault = recover_account(data_dir, login, key, new)
            vault.db.close()
            return vault

        self.message.setText(self.tr("Checking the recovery key…"))
        self.buttons.setEnabled(False)
        self._task = run_task(work)
        self._task.finished.connect(self._on_done)
        self._task.failed.connect(self._on_failed)

    def _on_done(self, vault: Vault) -> None:
        self._task = None
        self.fields.clear()
        self.key.clear()
        self.recovered.emit(rebind_to_current_thread(vault))
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            self.message.setText(self.tr("This recovery key does not open the vault."))
        else:
            self.message.setText(message_for(exc))
        self.key.setFocus()
