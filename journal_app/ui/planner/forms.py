"""Small helpers shared by the planner's forms and trees."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QTreeWidget, QTreeWidgetItem, QWidget


def set_row_label(form: QFormLayout, row: int, text: str, buddy: QWidget | None = None) -> None:
    """Set the text (and keyboard buddy) of the label a form created for `row`."""
    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    label = item.widget() if item is not None else None
    if not isinstance(label, QLabel):  # addRow("", widget) makes no label: make it here, once
        label = QLabel(form.parentWidget())
        form.setWidget(row, QFormLayout.ItemRole.LabelRole, label)
    label.setText(text)
    if buddy is not None:
        label.setBuddy(buddy)


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i)) is not None]


def second_level(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The rows under each group, in order."""
    return [
        child for group in top_items(tree) for j in range(group.childCount()) if (child := group.child(j)) is not None
    ]
