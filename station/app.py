"""Composition root: the only module that wires storage, services and the UI together."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from station.domain.errors import DomainError
from station.paths import StationPaths, resolve_paths, resource_path
from station.services.base import ServiceContext, SystemClock
from station.services.bundle import Services
from station.services.parcels import ParcelPorts
from station.services.print_queue import PrintQueue
from station.services.purchases import PurchaseWaybillMatcher
from station.services.sms import SmsRoute
from station.settings import DAILY_BACKUP, DEVICES, FONT_POINT_SIZE, LANGUAGE, Settings
from station.ui import i18n_build
from station.ui.context import Session, UiContext
from station.ui.device_bridge import DeviceBridge
from station.ui.long_lived import thaw
from station.ui.main_window import MainWindow
from station.ui.messages import message_for
from station.ui.scan_wedge import WedgeFilter
from station.ui.tasks import TaskRunner
from station.ui.translation import Translations

log = logging.getLogger("station")
# Device workers hand events to the GUI thread; with Python's default 5 ms GIL switch interval a scan
# could wait that long for the GUI thread to run. 0.5 ms keeps scan-to-screen under a millisecond.
SWITCH_INTERVAL_S = 0.0005


@dataclass
class Options:
    home: str | None = None
    portable: bool = False
    language: str | None = None
    training: bool = False


def setup_logging(paths: StationPaths) -> None:
    handler = logging.handlers.RotatingFileHandler(paths.logs / "station.log", maxBytes=2_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def apply_look(app: QApplication, settings: Settings) -> None:
    """Bundle the CJK font so Chinese renders on machines without one; big type for the counter."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(families[0]) if families else app.font()
    font.setPointSize(settings.get(FONT_POINT_SIZE))
    app.setFont(font)
    app.setStyleSheet(resource_path("styles", "station.qss").read_text(encoding="utf-8"))


TRAINING_PIN = "1357"


def fill_training_database(services: Services, db_path) -> None:  # type: ignore[no-untyped-def]
    """A new practice database gets a station, a trainer login and a village of demo people.

    The same generator fills the five-year benchmark database, here at one year and a few hundred people.
    """
    if services.setup.is_set_up():
        return
    from station.storage.demo_data import connect_bulk, generate_ledger, generate_people

    operator, _ = services.setup.create_station(name="培训服务站", code="PX-001", shopkeeper_name="培训员",
                                                pin=TRAINING_PIN, paper_width_mm=58)
    conn = connect_bulk(db_path)
    try:
        people = generate_people(conn, 300, seed=11, years=1)
        generate_ledger(conn, 400, operator.id, people, seed=12, years=1)
    finally:
        conn.close()


class TrainingBench:
    """``SimulatorControl`` over the training mode's simulators and the printing interpreter."""

    def __init__(self, bench, devices=None) -> None:  # type: ignore[no-untyped-def]
        self._bench = bench
        self._devices = devices

    def scan(self, code: str) -> None:
        self._bench.get("scanner").scan(code)

    def put_on_scale(self, grams: int) -> None:
        self._bench.get("scale/stgs").set_weight(grams, wobble=8)

    def set_paper_out(self, out: bool) -> None:
        self._bench.get("printer/escpos").set_state(paper_out=out)

    def set_sim_card(self, present: bool) -> None:
        self._bench.get("modem").set_mode("ok" if present else "no_sim")

    def receipt_preview(self) -> bytes:
        """The last job the virtual receipt printer got, drawn at its paper width."""
        from station.printing.interpreter import interpret, split_jobs
        from station.printing.preview import render_receipt

        jobs = [job for job in split_jobs(bytes(self._bench.get("printer/escpos").printed)) if job.strip()]
        dots = int(self._profile("receipt_printer").get("dots_per_line", 384))
        return _png(render_receipt(interpret(jobs[-1]), dots)) if jobs else b""

    def label_preview(self) -> bytes:
        from station.printing.preview import render_label
        from station.printing.tspl import interpret_tspl, split_labels

        jobs = [job for job in split_labels(bytes(self._bench.get("printer/tspl").printed)) if job.strip()]
        return _png(render_label(interpret_tspl(jobs[-1]))) if jobs else b""

    def _profile(self, role: str) -> dict:
        return self._devices.profile_of(role) if self._devices else {}

    def sent_sms(self) -> list[tuple[str, str]]:
        return list(self._bench.get("modem").sent)

    def clear_printers(self) -> None:
        self._bench.get("printer/escpos").printed.clear()
        self._bench.get("printer/tspl").printed.clear()


def _png(image) -> bytes:  # type: ignore[no-untyped-def]
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class _PdfOnDemand:
    """The PDF renderer, made the first time a PDF is asked for: reportlab takes a quarter of a second
    to import, and nobody needs a PDF before the login screen is up."""

    def __getattr__(self, name: str) -> Any:
        from station.printing.pdf import PdfRenderer

        return getattr(self.__dict__.setdefault("_renderer", PdfRenderer()), name)


class StationApp:
    """Owns the database, the services and the window for one run of the program."""

    def __init__(self, qt_app: QApplication, paths: StationPaths, settings: Settings, training: bool) -> None:
        self.qt_app = qt_app
        self.paths = paths
        self.settings = settings
        self.training = training
        self.translations = Translations(qt_app, resource_path("i18n"))
        self.translations.install(settings.get(LANGUAGE))
        self.window: MainWindow | None = None
        self.window_ready = False

    def open_storage(self) -> None:
        """Open (and if needed migrate) the database and build the services on it.

        Storage is imported here, not at the top: SQLAlchemy takes longer to import than Qt takes to
        show a window, and the window should appear first.
        """
        from station.storage.backup import SqliteBackups
        from station.storage.db import WalCheckpointer, open_database
        from station.storage.unit_of_work import SqlUnitOfWorkFactory

        paths, training = self.paths, self.training
        db_path = paths.training_database if training else paths.database
        backup_dir = paths.training_database.parent / "backups" if training else paths.backups
        self.engine = open_database(db_path, backup_dir)
        self.checkpointer = WalCheckpointer(db_path).start()  # no commit at the counter pays for one
        if training:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("INSERT OR REPLACE INTO sync_state(key, value) VALUES ('training', '1')")
        ctx = ServiceContext(SqlUnitOfWorkFactory(self.engine, after_commit=self.checkpointer.wrote), SystemClock())
        self.open_devices()
        from station.printing.encoder import PrinterEncoder  # pulls in Pillow and qrcode: after first paint

        self.print_queue = PrintQueue(ctx, PrinterEncoder(), self.devices)
        self.pdf = _PdfOnDemand()
        self.sync = None
        if not training:  # practice data never leaves the PC
            from station import __version__
            from station.sync.control import HubSync

            self.sync = HubSync(db_path, __version__)
        self.sms = SmsRoute(self.devices, self.sync.send_sms if self.sync else None,
                            (lambda: bool(self.sync.status()["enrolled"])) if self.sync else None)
        ports = ParcelPorts(scale=self.bridge, printer=self.print_queue, sender=self.sms,
                            matchers=(PurchaseWaybillMatcher(),))
        self.services = Services.build(ctx, SqliteBackups(self.engine, backup_dir), ports)
        if training:
            fill_training_database(self.services, db_path)
        self.runner = TaskRunner()
        # arrival notices a crash left uncomposed between an intake's commit and the next pass
        self.runner.run(self.services.parcels.notices.compose_due, None,
                        lambda exc: log.warning("arrival notices not composed at start: %s", exc))
        self.session = Session()
        self._printing = False
        self.print_timer = QTimer()
        self.print_timer.timeout.connect(self.work_print_queue)
        self.print_timer.start(2000)
        self.notice_timer = QTimer()
        self.notice_timer.timeout.connect(self.send_notices)
        self.notice_timer.start(60_000)

    def send_notices(self) -> None:
        """Every minute while someone is logged in: queue due reminders and send queued SMS, in their name."""
        operator = self.session.operator
        if operator is None or not self.sms.available():
            return
        notices = self.services.parcels.notices

        def work() -> object:
            _count, changes = notices.queue_reminders(operator)
            notices.send_queued(operator)
            return changes

        self.runner.run(work, None, lambda exc: log.info("automatic notices: %s", exc))

    def work_print_queue(self) -> None:
        """Every two seconds: send waiting print jobs, one batch at a time, off the GUI thread."""
        if self._printing:
            return
        self._printing = True

        def finished(_result: object = None) -> None:
            self._printing = False

        self.runner.run(self.print_queue.process_waiting, finished,
                        lambda exc: (log.warning("print queue: %s", exc), finished()))

    def open_devices(self) -> None:
        """Start the configured devices (simulated ones in training mode) and the wedge-scanner filter."""
        from station.devices import sim
        from station.devices.control import ManagedDevices

        sim.register()
        self.bridge = DeviceBridge()
        if self.training:
            from station.devices.sim.bench import SimBench

            self.sim_bench = SimBench("training")
            configs = [
                {"role": "scanner", "profile_id": "scanner.honeywell_serial", "url": self.sim_bench.url("scanner")},
                {"role": "scale", "profile_id": "scale.generic_stgs",
                 "url": self.sim_bench.url("scale/stgs", weight="0.000")},
                {"role": "receipt_printer", "profile_id": "printer.xprinter_58",
                 "url": self.sim_bench.url("printer/escpos")},
                {"role": "label_printer", "profile_id": "printer.gprinter_label",
                 "url": self.sim_bench.url("printer/tspl")},
                {"role": "modem", "profile_id": "modem.generic_gsm", "url": self.sim_bench.url("modem")},
            ]
            save = lambda _configs: None  # noqa: E731 - training never changes the real device set-up
        else:
            configs = self.settings.get(DEVICES)
            save = lambda configs: self.settings.set(DEVICES, configs)  # noqa: E731
        self.devices = ManagedDevices(self.bridge, configs, save)
        self.simulators = TrainingBench(self.sim_bench, self.devices) if self.training else None
        self.wedge_filter = WedgeFilter(self.devices.wedge, self.bridge)
        self.wedge_filter.attach(self.qt_app)

    def ui_context(self) -> UiContext:
        return UiContext(self.services, self.runner, self.settings, self.session, self.training,
                         devices=self.devices, bridge=self.bridge, print_queue=self.print_queue,
                         simulators=self.simulators, sync=self.sync,
                         extras={"exports_dir": str(self.paths.exports), "pdf": self.pdf,
                                 **({"training_pin": TRAINING_PIN} if self.training else {})})

    def show_opening_window(self) -> MainWindow:
        """The first thing on screen: the main window saying it is opening the database."""
        self.window = MainWindow(None, training=self.training)
        self.window.resize(1280, 800)
        self.window.show()
        self.qt_app.processEvents()  # paint now, before the database work starts
        return self.window

    def attach_window(self) -> MainWindow:
        assert self.window is not None
        self.window.attach(self.ui_context())
        self.window.language_chosen.connect(self.switch_language)
        self.window.training_reset_requested.connect(self.reset_training)
        self.window.start()
        return self.window

    def show_window(self) -> MainWindow:
        """(Re)build the window; used after a language switch (keeping the session) and by tests."""
        old = self.window
        geometry = old.saveGeometry() if old else None
        self.window = MainWindow(self.ui_context())
        self.window.language_chosen.connect(self.switch_language)
        self.window.training_reset_requested.connect(self.reset_training)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(1280, 800)
        self.window.start()
        self.window.show()
        if old is not None:
            old.close()
            old.deleteLater()
            thaw()  # the old window was frozen out of the collector's walks: let its cycles be freed
        return self.window

    def reset_training(self) -> None:
        """One click: throw the practice database away and start again from fresh demo data."""
        if not self.training:
            return
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.paths.training_database}{suffix}").unlink(missing_ok=True)
        self.open_storage()
        self.show_window()

    def switch_language(self, language: str) -> None:
        self.translations.install(language)
        page = self.window.workspace.current_key() if self.window else ""
        window = self.show_window()
        if page and self.session.operator is not None:
            window.workspace.show_page(page)

    def take_daily_backup(self) -> None:
        if self.settings.get(DAILY_BACKUP):
            self.runner.run(self.services.backups.take_daily_if_due, None,
                            lambda exc: log.warning("daily backup failed: %s", exc))

    def close(self) -> None:
        if hasattr(self, "notice_timer"):
            self.notice_timer.stop()
        if getattr(self, "sync", None) is not None:
            self.sync.close()
        if hasattr(self, "print_timer"):
            self.print_timer.stop()
        if hasattr(self, "wedge_filter"):
            self.wedge_filter.detach(self.qt_app)
            del self.wedge_filter  # closing twice (a window's close, then the program's) detaches once
        if hasattr(self, "devices"):
            self.devices.close()
        if hasattr(self, "sim_bench"):
            self.sim_bench.close()
        if hasattr(self, "runner"):
            self.runner.wait()
        if hasattr(self, "checkpointer"):
            self.checkpointer.stop()
        if hasattr(self, "engine"):
            self.engine.dispose()


def start(options: Options) -> tuple[QApplication, StationApp | None, int]:
    """Everything up to the counter's first screen, shared by ``run`` and the start-up benchmark.

    The window is painted before the database is opened; the database is opened on the next turn of
    the event loop and the pages fill in. A database that cannot be opened is explained in the
    window and in a message box, and nothing is changed.
    """
    paths = resolve_paths(options.home, options.portable).ensure()
    setup_logging(paths)
    settings = Settings(paths.settings_file)
    if options.language:
        settings.set(LANGUAGE, options.language)
    try:
        i18n_build.build()
    except (OSError, FileNotFoundError) as exc:  # the program still runs, in English
        log.warning("could not compile translations: %s", exc)
    QCoreApplication.setApplicationName("Village Station")
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    qt_app = QApplication.instance() or QApplication(sys.argv)
    apply_look(qt_app, settings)
    station = StationApp(qt_app, paths, settings, options.training)
    window = station.show_opening_window()

    def open_database() -> None:
        try:
            station.open_storage()
        except DomainError as exc:
            log.error("cannot open the database: %s", exc)
            window.show_failure(message_for(exc))
            QMessageBox.critical(window, QCoreApplication.translate("App", "Village Station"), message_for(exc))
            qt_app.exit(2)
            return
        station.attach_window()
        station.window_ready = True

    QTimer.singleShot(0, open_database)
    return qt_app, station, 0


def run(options: Options) -> int:
    qt_app, station, _ = start(options)
    # hourly check: a station left running overnight still gets its daily backup
    timer = QTimer()
    timer.timeout.connect(station.take_daily_backup)
    timer.start(3_600_000)
    QTimer.singleShot(2000, station.take_daily_backup)  # after the first screen is up, not before
    try:
        return qt_app.exec()
    finally:
        station.close()
