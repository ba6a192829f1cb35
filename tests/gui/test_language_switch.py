"""Settings → Language switches the whole interface at once and is remembered; the database stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from wishdesk.gui import settings
from wishdesk.gui.app import Controller
from wishdesk.gui.i18n import chosen_language, install_translators


def test_switch_to_english_and_back(qtbot, demo_db) -> None:  # noqa: ANN001
    app = QApplication.instance()
    install_translators(app, "nl")
    controller = Controller(app)
    window = controller.show(demo_db)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Vandaag"
    window.language_actions["en"].trigger()
    english = controller.window
    qtbot.addWidget(english)
    assert english is not window
    assert english.nav.item(0).text() == "Today"
    assert english.ctx.db is demo_db and not demo_db.engine.pool.status().startswith("closed")
    assert chosen_language() == "en"
    english.language_actions["nl"].trigger()
    dutch = controller.window
    qtbot.addWidget(dutch)
    assert dutch.nav.item(0).text() == "Vandaag"
    assert settings.language() == "nl"
