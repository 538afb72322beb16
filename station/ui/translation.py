"""Install the program's and Qt's own translators for the chosen language.

The compiled ``.qm`` files are produced from ``i18n/*.ts`` by the program's set-up
(``station.ui.i18n_build``), never committed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # shown in their own language, never translated


class Translations:
    def __init__(self, app: QCoreApplication, qm_dir: Path) -> None:
        self._app = app
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = "zh_CN"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False if the program's own catalogue was missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "zh_CN"
        QLocale.setDefault(QLocale(self.language))
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt)
            self._installed.append(qt)
        ours = QTranslator(self._app)
        found = ours.load(str(self._qm_dir / f"station_{self.language}.qm"))
        if found:
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("translation %s not found in %s", self.language, self._qm_dir)
        return found
