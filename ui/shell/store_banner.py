"""The calm line above the pages when something about the store needs saying, while
work goes on: the automatic backup could not be made, the engine's notices about the
store just opened (read-only on a full disk, a WAL kept aside), or an audit log
changed outside the program."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class StoreBanner(QLabel):
    """Hidden until there is something to say; `hide()` after a lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupBanner")
        self.setProperty("role", "warning")
        self.setWordWrap(True)
        self.setContentsMargins(16, 8, 16, 8)
        self.hide()

    def show_backup_problem(self, problem: str) -> None:
        """The automatic backup at unlock failed: say so calmly; work goes on."""
        self.setText(self.tr(
            "The automatic backup could not be made this time; your work is saved as "
            "usual. Check that there is free space on the disk.") + " " + problem)
        self.show()

    def show_store_notices(self, notices: list[str]) -> None:
        """What the engine says about the store just opened: shown; work goes on."""
        self.setText("\n".join(notices))
        self.show()

    def show_audit_problem(self, problem: str) -> None:
        """The audit log was changed outside the program (`audit_chain`): say so
        beside any backup warning; work goes on."""
        text = self.tr("The audit log does not match what Samtaleduk wrote.") + " " + problem
        if not self.isHidden() and self.text():
            text = self.text() + "\n\n" + text
        self.setText(text)
        self.show()
