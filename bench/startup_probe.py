"""Child process for bench_startup.py: start, print when the first window paints, quit.

``--mode bare``: QApplication + one QLabel (the floor). ``--mode station``: the real program start
(``station.app.start``) on the database in ``--home``.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QEvent, QObject, QTimer


def _in_main_window(obj) -> bool:  # type: ignore[no-untyped-def]
    window = obj.window() if hasattr(obj, "window") else None
    return window is not None and type(window).__name__ in ("MainWindow", "QLabel")


class FirstPaint(QObject):
    def __init__(self, app, quit_after: bool = True) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._app = app
        self._quit_after = quit_after
        self._seen = False

    def eventFilter(self, _obj, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint and not self._seen and _in_main_window(_obj):
            self._seen = True
            print("PAINTED", flush=True)
            if self._quit_after:
                QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["bare", "station"], required=True)
    parser.add_argument("--home")
    args = parser.parse_args()
    if args.mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication(sys.argv)
        probe = FirstPaint(app)
        label = QLabel("村站")
        label.installEventFilter(probe)
        label.show()
        return app.exec()
    from PySide6.QtWidgets import QApplication

    from station.app import Options, start

    qt_app = QApplication(sys.argv)  # start() reuses it; the filter sees the very first paint
    probe = FirstPaint(qt_app, quit_after=False)
    qt_app.installEventFilter(probe)
    app, station, code = start(Options(home=args.home))

    def check_ready() -> None:  # the login page is filled and painted: ready for the operator
        if station.window_ready:
            app.processEvents()
            print("READY", flush=True)
            app.quit()
        else:
            QTimer.singleShot(2, check_ready)

    QTimer.singleShot(0, check_ready)
    code = app.exec()
    station.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
