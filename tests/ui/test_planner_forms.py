"""Every field of the planner's forms has a visible label with a keyboard buddy."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from journal_app.ui.planner.deadline_dialog import DeadlineDialog
from journal_app.ui.planner.document_dialog import DocumentDialog


def labels_of(form: QFormLayout) -> list[QLabel | None]:
    found = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is None:
            continue
        widget = item.widget() if item is not None else None
        found.append(widget if isinstance(widget, QLabel) else None)
    return found


def test_deadline_and_document_forms_have_labels(qtbot, vault) -> None:
    for dialog in (DeadlineDialog(vault.planner()), DocumentDialog(vault.planner(), vault.attachments())):
        qtbot.addWidget(dialog)
        labels = labels_of(dialog.form)
        assert labels and all(label is not None and label.text().strip() for label in labels)
