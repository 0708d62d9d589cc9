"""Saving a document (PDF, spreadsheet) in the background after asking where, then saying where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from app.vault import Vault
from ui import documents
from ui.background.workers import Task, run_with_vault
from ui.errors import message_for
from ui.file_dialogs import ask_save_path

Work = Callable[[Vault, Path], Path]


def ask_path(parent: QWidget, title: str, name: str, fmt: str = "pdf") -> Path | None:
    """The Save as… dialog; None when the user cancels."""
    filters = {
        "pdf": QCoreApplication.translate("Documents", "PDF documents (*.pdf)"),
        "csv": QCoreApplication.translate("Documents", "CSV tables (*.csv)"),
    }
    return ask_save_path(parent, title, name, filters[fmt], fmt)


def export_document(vault: Vault, path: Path, work: Work) -> Task:
    """Run ``work(thread_vault, path)`` on a worker; connect to the task's signals."""
    return run_with_vault(vault, lambda view, _report: work(view, path))


def _show_result(parent: QWidget, task: Task) -> None:
    def done(path: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("Documents", "Document saved"),
            QCoreApplication.translate("Documents", "Saved {0}").format(path),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one box per save, not kept
        box.open()

    def failed(exc: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Documents", "The document was not saved"),
            message_for(exc) if isinstance(exc, BaseException) else str(exc),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    task.finished.connect(done)
    task.failed.connect(failed)


def save_certificate(parent: QWidget, vault: Vault, notification_id: str) -> Task | None:
    """Ask where, then write the notification certificate (used by the Notifications page)."""
    path = ask_path(
        parent,
        QCoreApplication.translate("Documents", "Save the notification certificate"),
        f"certificate-{notification_id[:8]}.pdf",
    )
    if path is None:
        return None
    task = export_document(
        vault, path, lambda view, p: documents.export_certificate(view, notification_id, p)
    )
    _show_result(parent, task)
    return task


def save_protocol(parent: QWidget, vault: Vault, meeting_id: int) -> Task | None:
    """Ask where, then write the council protocol (used by the Council page)."""
    path = ask_path(
        parent,
        QCoreApplication.translate("Documents", "Save the council protocol"),
        f"protocol-{meeting_id}.pdf",
    )
    if path is None:
        return None
    task = export_document(
        vault, path, lambda view, p: documents.export_protocol(view, meeting_id, p)
    )
    _show_result(parent, task)
    return task
