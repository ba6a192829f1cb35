"""The idle lock (issue 12): after the idle time without a key or mouse input, every window of the app is
covered and the signed-in person's password is asked again.

- Idle is measured by an application event filter (keys, mouse, wheel), so input in any dialog counts.
- Locked: each visible top-level window gets an opaque cover over its whole surface (the main window also hides
  its central widget and menus, so nothing of the data is even painted), and a small application-modal dialog
  asks the password. Application-modal: the windows behind receive no input and no shortcut.
- "Another person…" lets someone else sign in with their own password; the context then switches person, which
  clears the undo history just like "Wie ben ik".
- Only a database opened with a password locks (a plain database has no password to ask: it shows the
  "Versleutelen…" banner instead).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.security.accounts import LOCK_AFTER_MINUTES
from . import settings
from .context import AppContext
from .dialogs.sign_in import SignInDialog
from .operations import on_write_lane

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class _Cover(QWidget):
    """An opaque sheet over a window's whole surface; it follows the window's size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockCover { background: palette(window); }")
        label = QLabel(self.tr("WIsH Desk is locked."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False


class _LockForm(SignInDialog):
    def reject(self) -> None:  # Escape in the embedded form does not lift the lock
        return


class LockDialog(QDialog):
    """The password of the signed-in person (name fixed), or another person's name and password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, by_hand: bool = False) -> None:
        super().__init__(parent)
        from .opening import sign_in_on_lane

        self.setWindowTitle(self.tr("Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        identity = ctx.identity
        team = not ctx.db.location.is_sqlite  # the login is fixed: only this person's password, nobody else

        def signer(target, name, password):  # noqa: ANN001, ANN202 - the shown name means this account (by id)
            if team:
                from ..core.security.team_keys import team_sign_in

                return on_write_lane(lambda: team_sign_in(target, password))
            return sign_in_on_lane(target, identity.staff_id if name == identity.name else name, password)

        self.form = _LockForm(ctx.db, identity.name, fixed_name=True, parent=self, signer=signer)
        self.form.setWindowFlags(Qt.WindowType.Widget)  # the sign-in form, embedded in this dialog
        self.form.buttons.button(self.form.buttons.StandardButton.Cancel).hide()  # no way around the lock
        self.form.recover.setVisible(not team)  # a forgotten password: the recovery sheet's key (a tester missed it)
        self.form.accepted.connect(self._signed_in)
        if by_hand:
            text = self.tr("WIsH Desk is locked. %1, enter your password to continue.")
        else:
            text = self.tr("WIsH Desk was locked after a while without use. %1, enter your password to continue.")
        self.explain = QLabel(text.replace("%1", identity.name))
        self.explain.setObjectName("lockExplain")
        self.explain.setWordWrap(True)
        explain = self.explain
        self.other = QPushButton(self.tr("Another person…"))
        self.other.setAutoDefault(False)  # Enter keeps meaning "Sign in", also after this button was clicked
        self.other.setObjectName("lockOtherPerson")
        self.other.setToolTip(self.tr("Sign in as someone else; the undo history is cleared."))
        self.other.clicked.connect(self.another_person)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.form)
        layout.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        self.other.setVisible(not team)
        self.identity = None
        self.setMinimumWidth(440)

    def another_person(self) -> None:
        self.explain.setText(self.tr("WIsH Desk is locked. Sign in with your own name and password; the undo "
                                     "history is cleared."))
        self.form.error.hide()
        self.form.allow_other_person()
        self.other.setEnabled(False)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API: the cursor in the password field
        super().showEvent(event)
        QTimer.singleShot(0, self.form.focus_first)

    def _signed_in(self) -> None:
        self.identity = self.form.identity
        self.accept()

    def reject(self) -> None:  # Escape does not lift the lock
        return

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API: neither does the close button
        if self.identity is None:
            event.ignore()


class IdleLock(QObject):
    """Watches input for one main window and its context; `lock()` and `locked` for the tests and the menu."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, ctx: AppContext, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialog: LockDialog | None = None
        self._covers: list[_Cover] = []
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_ms(idle_ms if idle_ms is not None else idle_minutes(ctx.database_id) * 60_000)
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._stop)

    def set_idle_ms(self, ms: int) -> None:
        self.timer.setInterval(max(1, int(ms)))
        if not self.locked:
            self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT and not self.locked:
            self.timer.start()  # restarts the count
        return False

    def lock_now(self) -> None:
        """File → Lock now (Ctrl+L): the same lock, and the text says plainly that it is locked."""
        self.lock(by_hand=True)

    def lock(self, by_hand: bool = False) -> None:
        if self.locked or self.ctx.identity is None:
            return
        self.timer.stop()
        for widget in (self.window.centralWidget(), self.window.menuBar(),  # type: ignore[attr-defined]
                       self.window.statusBar()):  # type: ignore[attr-defined]
            if widget is not None and widget.isVisible():
                widget.hide()
                self._hidden.append(widget)
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, LockDialog) and top.isWindow() and top.inherits("QWidget") \
                    and not top.inherits("QMenu"):
                self._covers.append(_Cover(top))
        from .opening import forget_sign_in_password

        forget_sign_in_password(self.ctx.db)  # a laptop copy's server password: taken again at the unlock
        self.dialog = LockDialog(self.ctx, self.window, by_hand=by_hand is True)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.locked_changed.emit(True)

    def _unlock(self) -> None:
        assert self.dialog is not None
        identity = self.dialog.identity
        self.dialog.hide()
        self.dialog.deleteLater()
        self.dialog = None
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        if identity is not None:
            self.ctx.set_person(identity.staff_id, identity)  # someone else: the history is cleared
        self.timer.start()
        self.locked_changed.emit(False)


def idle_minutes(database_id: str) -> int:
    return settings.lock_minutes(database_id, LOCK_AFTER_MINUTES)
