"""Settings → "Confidential notes key": who holds it, who waits, and the explicit hand-over.

The key is never passed on automatically (DESIGN §3): a psychologist who holds it, or whoever
types the recovery key, gives it to one named account with a confirmed click. Every
psychologist sees the holders; a record no holder wrote is flagged, not hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.vault import NotesKeyHolder, Vault, WaitingAccount
from ui.background.workers import Report, Task, run_with_vault
from ui.errors import message_for
from ui.formatting import format_iso


def notes_key_section_visible(vault: Vault) -> bool:
    """Psychologists see it (holders, or waiting); so do those who create accounts."""
    return vault.user.is_psychologist or vault.may_manage_accounts


class NotesKeySection(QGroupBox):
    """Signals:
    granted(str): the notes key was given to this login.
    """

    granted = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._task: Task | None = None
        self._holders: list[NotesKeyHolder] = []
        self._waiting: list[WaitingAccount] = []
        self.confirm: QMessageBox | None = None

        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("notes_key_status")
        self.holders_label = QLabel()
        self.holders = QTableWidget(0, 4)
        self.holders.setObjectName("notes_key_holders")
        self.waiting_label = QLabel()
        self.waiting = QTableWidget(0, 4)
        self.waiting.setObjectName("notes_key_waiting")
        for table in (self.holders, self.waiting):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(90)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("notes_key_recovery")
        self.recovery_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.grant_button = QPushButton()
        self.grant_button.setObjectName("notes_key_grant")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("notes_key_message")

        key_row = QHBoxLayout()
        key_row.addWidget(self.recovery_key, 1)
        key_row.addWidget(self.grant_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.holders_label)
        layout.addWidget(self.holders)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting)
        layout.addLayout(key_row)
        layout.addWidget(self.message)

        self.waiting.itemSelectionChanged.connect(self._update_buttons)
        self.recovery_key.textChanged.connect(self._update_buttons)
        self.grant_button.clicked.connect(self.ask_grant)
        self.retranslate()
        self.refresh()

    # -- text --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confidential notes key"))
        self.holders_label.setText(self.tr("Accounts holding the key:"))
        self.holders.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Given by"), self.tr("When"), self.tr("Check")]
        )
        self.waiting_label.setText(self.tr("Psychologists waiting for the key:"))
        self.waiting.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Created by"), self.tr("Created on"), self.tr("Note")]
        )
        self.grant_button.setText(self.tr("&Give the key…"))
        self._update_status()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_status(self) -> None:
        holds = self.vault.can_read_confidential
        if holds:
            text = self.tr(
                "You hold the key. Give it only to a colleague psychologist in person, "
                "after she has signed in and changed the passphrase she was given."
            )
            self.recovery_key.setPlaceholderText(self.tr("not needed: you hold the key"))
        else:
            text = self.tr(
                "Confidential notes can be read only with this key. Your account does not "
                "hold it: a psychologist who holds it can give it to an account here, or the "
                "recovery key can (type it below)."
            )
            self.recovery_key.setPlaceholderText(self.tr("recovery key"))
        self.status.setText(text)
        self.recovery_key.setVisible(not holds)

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._holders = self.vault.compartment_holders()
        self._waiting = self.vault.compartment_waiting()
        self._update_status()
        self._show()

    def _check_text(self, holder: NotesKeyHolder) -> str:
        if holder.verified is None:
            return self.tr("cannot be checked without the key")
        if holder.verified:
            return self.tr("verified")
        return self.tr("NOT VERIFIED: not given through Qorgau, or the account was changed")

    def _how_text(self, holder: NotesKeyHolder) -> str:
        if holder.how == "created":
            return self.tr("set up the vault")
        if holder.how == "recovery_key":
            return self.tr("{0}, with the recovery key").format(holder.granted_by)
        return holder.granted_by

    def _role_note(self, account: WaitingAccount) -> str:
        if account.created_role != "psychologist":
            return self.tr("Caution: created with another role; the role was changed later")
        return ""

    def _show(self) -> None:
        self.holders.setRowCount(len(self._holders))
        for row, holder in enumerate(self._holders):
            cells = (
                f"{holder.full_name} ({holder.login})",
                self._how_text(holder),
                format_iso(holder.granted_at),
                self._check_text(holder),
            )
            for column, text in enumerate(cells):
                self.holders.setItem(row, column, QTableWidgetItem(text))
        self.waiting.setRowCount(len(self._waiting))
        for row, account in enumerate(self._waiting):
            cells = (
                f"{account.full_name} ({account.login})",
                account.created_by or "?",
                format_iso(account.created_at),
                self._role_note(account),
            )
            for column, text in enumerate(cells):
                self.waiting.setItem(row, column, QTableWidgetItem(text))
        for table in (self.holders, self.waiting):
            table.resizeColumnsToContents()
        self.waiting_label.setVisible(bool(self._waiting))
        self.waiting.setVisible(bool(self._waiting))
        self._update_buttons()

    def selected_waiting(self) -> WaitingAccount | None:
        rows = {index.row() for index in self.waiting.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self._waiting[rows.pop()]

    def _update_buttons(self) -> None:
        can_give = self.vault.can_read_confidential or bool(self.recovery_key.text().strip())
        self.grant_button.setEnabled(
            self._task is None and can_give and self.selected_waiting() is not None
        )
        self.grant_button.setVisible(bool(self._waiting))
        self.recovery_key.setVisible(bool(self._waiting) and not self.vault.can_read_confidential)

    # -- the hand-over -------------------------------------------------------------------------

    def ask_grant(self) -> None:
        account = self.selected_waiting()
        if account is None or self._task is not None:
            return
        text = self.tr(
            "Give the confidential notes key to {name} ({login})?\n\n"
            "The account was created by {by} on {when}.\n"
            "{caution}"
            "Whoever knows this account's passphrase will read every confidential note. Give "
            "the key only to the psychologist herself, after she has changed the passphrase "
            "she was given. The hand-over is recorded in the audit log."
        ).format(
            name=account.full_name,
            login=account.login,
            by=account.created_by or "?",
            when=format_iso(account.created_at),
            caution=(self._role_note(account) + "\n") if self._role_note(account) else "",
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Confidential notes key"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        confirm = box.addButton(self.tr("Give the key"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("notes_key_confirm")
        confirm.clicked.connect(lambda: self.grant(account.login))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm = box
        box.open()

    def grant(self, login: str) -> None:
        if self._task is not None:
            return
        key = None if self.vault.can_read_confidential else self.recovery_key.text().strip()

        def work(view: Vault, _report: Report) -> Vault:
            view.grant_compartment(login, recovery_key=key)
            return view

        self.message.setText(self.tr("Giving the key…"))
        self._task = run_with_vault(self.vault, work)
        self._task.finished.connect(lambda view: self._on_granted(login, view))
        self._task.failed.connect(self._on_failed)
        self._update_buttons()

    def _on_granted(self, login: str, view: Vault) -> None:
        self._task = None
        if login == self.vault.user.login:
            self.vault.adopt_compartment(view)
        self.recovery_key.clear()
        self.message.setText(
            self.tr("The key was given to {0}. It takes effect at their next sign-in.").format(
                login
            )
            if login != self.vault.user.login
            else self.tr("You hold the key now and can write confidential notes.")
        )
        self.refresh()
        self.granted.emit(login)

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.message.setText(message_for(exc))
        self._update_buttons()
