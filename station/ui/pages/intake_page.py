"""收件入库 at the counter: scan, (recipient), Enter. In batch mode every scan is one parcel, no keys."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import PEOPLE, Changes
from station.domain.errors import DomainError
from station.domain.ids import new_id
from station.domain.operators import Operator
from station.domain.parcels import Parcel
from station.domain.people import Person
from station.domain.phones import mask_phone
from station.domain.weights import format_grams
from station.services.parcels.common import NOTICES, PARCELS
from station.services.parcels.intake import IntakeRequest, IntakeResult, IntakeService
from station.ui.context import UiContext
from station.ui.dialogs.person_dialog import PersonDialog
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import (
    BigCode,
    FiguresHeader,
    ScanField,
    TextLine,
    carrier_label,
    dialog_open,
    with_changes,
)
from station.ui.widgets.common import MessageLine, PageTitle
from station.ui.widgets.scan_list import ScanList

log = logging.getLogger(__name__)


def _cleaned(waybill: str) -> str:
    try:
        return IntakeService.clean_waybill(waybill)
    except DomainError:
        return ""


NO_RECIPIENT: dict[str, str | None] = {"recipient_phone": "", "recipient_name": "", "person_id": None}


def _has_recipient(request: IntakeRequest) -> bool:
    return bool(request.recipient_phone or request.recipient_name or request.person_id)


# The rest of the page after a scan's row: once the parcel is on disk, or a 60 Hz frame after the row if
# that comes first (only a commit slower than a frame then has it beside it: painted beside the commit,
# it holds up the commit's end; scan-to-screen.md).
REST_SHOWN_AFTER_MS = 15
REST_AFTER_COMMIT_MS = 1  # the row's paint pass, already due, goes first
SESSION_ROWS = 200  # parcels of this session listed on the page (undo and carrier fixes work on these)


class IntakePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._lane_lock = threading.Lock()
        self._lane: tuple[Operator, IntakeRequest, str] | None = None  # None: scans go the GUI's way
        # A scan took the typed recipient (on either way): no other scan takes it; the fields are
        # emptied a frame after that scan is shown, or it is given back if the scan is refused.
        self._recipient_taken = False
        self._window_blocked = False  # a modal dialog is open
        self._watched_window: QWidget | None = None
        self._pending = ""  # a scanned waybill waiting for its recipient (not in batch mode)
        self._confirm_seen = ""  # a waybill seen before, scanned again to confirm
        self._matches: list[Person] = []
        self._taken: list[Parcel] = []  # newest first, the rows of the table (at most SESSION_ROWS)
        self._taken_count = 0
        self._carrier_ranking: list[str] | None = None  # what the carrier list shows, best guess first
        self._batch_id = new_id()
        self.dialog: PersonDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Parcel intake")))
        self.figures = FiguresHeader()
        top.addWidget(self.figures, 1)
        layout.addLayout(top)

        form = QGridLayout()
        self.scan = ScanField()
        self.scan.setPlaceholderText(self.tr("Scan the waybill (or type it and press Enter)"))
        self.scan.returnPressed.connect(self._on_scan_entered)
        form.addWidget(QLabel(self.tr("Waybill")), 0, 0)
        form.addWidget(self.scan, 0, 1, 1, 3)
        self.batch = QCheckBox(self.tr("Batch: each scan is taken in at once (Ctrl+B)"))
        form.addWidget(self.batch, 1, 1, 1, 3)
        self.carrier = QComboBox()
        self.carrier.setMinimumWidth(180)
        form.addWidget(QLabel(self.tr("Carrier")), 2, 0)
        form.addWidget(self.carrier, 2, 1)
        self.carrier_hint = QLabel(self.tr("F11: next guess"))
        self.carrier_hint.setStyleSheet("color: #57606a; font-size: 12pt;")
        form.addWidget(self.carrier_hint, 2, 2)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Last 4 digits, 138****5678 or the full number"))
        self.phone.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.phone.textEdited.connect(self._refresh_matches)
        self.phone.returnPressed.connect(self.take_in)
        self.phone.installEventFilter(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name on the waybill (optional)"))
        self.name.textEdited.connect(self._refresh_matches)
        self.name.returnPressed.connect(self.take_in)
        form.addWidget(QLabel(self.tr("Recipient")), 3, 0)
        form.addWidget(self.phone, 3, 1)
        form.addWidget(self.name, 3, 2)
        self.new_person_button = QPushButton(self.tr("New person (Ctrl+N)"))
        self.new_person_button.clicked.connect(self.open_new_person)
        form.addWidget(self.new_person_button, 3, 3)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(84)
        self.matches.setVisible(False)  # only while there are people to choose from
        form.addWidget(self.matches, 4, 1, 1, 3)
        self.sticker = QCheckBox(self.tr("Print a shelf sticker"))
        form.addWidget(self.sticker, 5, 1, 1, 3)
        form.setColumnStretch(1, 2)
        form.setColumnStretch(2, 2)
        layout.addLayout(form)

        self.big_code = BigCode()
        layout.addWidget(self.big_code)
        self.details = TextLine(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.details)
        self.message = MessageLine()
        layout.addWidget(self.message)

        self.table = ScanList([self.tr("Code"), self.tr("Waybill"), self.tr("Carrier"), self.tr("Recipient"),
                               self.tr("Weight")], weights=[2, 3, 2, 3, 1], max_rows=SESSION_ROWS)
        self.table.setPlaceholderText(self.tr("The parcels taken in this session are listed here, newest first."))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.count_label = TextLine()
        buttons.addWidget(self.count_label, 1)
        self.undo_button = QPushButton(self.tr("Undo selected intake (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+B"), self, self.batch.toggle)
        QShortcut(QKeySequence("F11"), self, self.next_carrier_guess)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_new_person)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo_selected)
        ctx.runner.changed.connect(self._on_changed)
        # what a scan changes besides its code and row, shown a frame later (_show_rest)
        self._rest: tuple[IntakeResult, str] | None = None
        self._recipient_shown: tuple[str, str] | None = None  # (phone, name) a shown parcel took
        self._rest_due = QTimer(self)
        self._rest_due.setSingleShot(True)
        self._rest_due.setInterval(REST_SHOWN_AFTER_MS)
        self._rest_due.timeout.connect(self._show_rest)
        # The scan lane: in batch mode a serial scan is handed to the worker on the port thread itself,
        # from a copy of the form kept here by the GUI thread (docs/decisions/scan-to-screen.md).
        for changed in (self.batch.toggled, self.sticker.toggled, self.phone.textChanged, self.name.textChanged,
                        self.matches.currentRowChanged, ctx.session.operator_changed):
            changed.connect(self._refresh_lane)
        if ctx.bridge is not None:
            ctx.bridge.set_scan_lane(self._take_scan_on_port_thread)

    # scanning ---------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched_window:  # modal dialogs block the window: no lane meanwhile
            window.installEventFilter(self)
            self._watched_window = window
        self.scan.setFocus()
        self.refresh_figures()
        self._refresh_lane()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._refresh_lane()

    def _refresh_lane(self, *_args: object) -> None:
        """What a scan taken on the port thread will use, from the page as it is now (GUI thread)."""
        operator = self._ctx.session.operator
        lane = None
        if self.isVisible() and self.batch.isChecked() and not self._window_blocked and operator is not None:
            form = IntakeRequest(waybill="", batch_id=self._batch_id, print_sticker=self.sticker.isChecked(),
                                 **self._typed_recipient())
            lane = (operator, form, self._confirm_seen)
        with self._lane_lock:
            self._lane = lane

    def _take_scan_on_port_thread(self, code: str) -> bool:
        """The scan lane (called on the port thread): False if the page cannot take a scan this way now."""
        with self._lane_lock:
            lane = self._lane
            if lane is None:
                return False
            operator, form, confirm_seen = lane
            if _has_recipient(form):  # for this scan only
                self._recipient_taken = True
                self._lane = (operator, replace(form, **NO_RECIPIENT), confirm_seen)
        seen_again = bool(confirm_seen) and _cleaned(code) == confirm_seen
        self._submit(replace(form, waybill=code.strip(), allow_seen_before=seen_again), operator)
        return True

    def _typed_recipient(self) -> dict[str, str | None]:
        """The recipient fields as a request's, unless a lane scan has taken them (it has them: not twice)."""
        if self._recipient_taken:
            return dict(NO_RECIPIENT)
        person = self.chosen_person()
        return {"recipient_phone": self.phone.text(), "recipient_name": self.name.text(),
                "person_id": person.id if person else None}

    def _give_recipient_back(self) -> None:
        """A lane scan that took the recipient was refused: the next scan takes it, as the fields show."""
        self._recipient_taken = False
        self._refresh_lane()

    def on_scan(self, code: str) -> None:
        """A scan from a serial scanner (the lead connects device events here)."""
        if dialog_open():
            self.message.show_error(self.tr("Close the open window first; the scan “{code}” was not used.")
                                    .format(code=code[:40]))
            return
        if self.batch.isChecked():
            # the fast lane of a burst: straight to the worker, no widget touched until the parcel is
            # in (painting the page while the intake commits would only slow both down)
            self._submit_scan(code)
            return
        self.scan.setText(code)
        self._on_scan_entered()

    def _on_scan_entered(self) -> None:
        self._show_rest()
        text = self.scan.text()
        if not text.strip():
            return
        if self.batch.isChecked() or self.phone.text().strip():
            self._submit_scan(text)
            return
        try:
            check = self._desk.intake.check_scan(text)
        except DomainError as exc:
            self._show_error(exc)
            return
        self._fill_carriers([str(g.carrier) for g in check.guesses])
        self._pending = check.waybill
        self.message.clear_message()
        self.details.setText(self.tr("{waybill} — type the recipient's phone, then Enter").format(
            waybill=check.waybill))
        self.phone.setFocus()

    def _submit_scan(self, text: str) -> None:
        """Straight to the worker: ``take_in`` cleans the number and checks for duplicates itself, and a
        scan it refuses comes back as an error with the scan put back in the field (``_show_error``)."""
        self._pending = text.strip()
        self.take_in(best_guess=True)

    def _fill_carriers(self, ranked: list[str]) -> None:
        from station.domain.carriers import Carrier

        self.carrier.blockSignals(True)
        if self._carrier_ranking != ranked:  # else the list shown is this one (a burst of one carrier)
            self._carrier_ranking = list(ranked)
            self.carrier.clear()
            for code in [*ranked, *(str(c) for c in Carrier if str(c) not in ranked)]:
                self.carrier.addItem(carrier_label(code), code)
        self.carrier.setCurrentIndex(0)
        self.carrier.blockSignals(False)

    def next_carrier_guess(self) -> None:
        """One key to move to the next candidate; applies to the parcel just taken in if none is pending."""
        self._show_rest()
        if self.carrier.count() == 0:
            return
        self.carrier.setCurrentIndex((self.carrier.currentIndex() + 1) % self.carrier.count())
        if not self._pending and self._taken:
            last = self._taken[0]
            code = self.carrier.currentData()
            desk, actor = self._desk, self._ctx.session.actor()
            self._ctx.runner.run(lambda: desk.intake.set_carrier(actor, last.id, code),
                                 lambda _r: self._carrier_changed(last.id, code), self._show_error)

    def _carrier_changed(self, parcel_id: str, code: str) -> None:
        self._show_rest()
        for row, parcel in enumerate(self._taken):
            if parcel.id == parcel_id:
                self.table.set_text(row, 2, carrier_label(code))
        self.message.show_info(self.tr("Carrier changed to {carrier}.").format(carrier=carrier_label(code)))

    # recipient --------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() in (QEvent.Type.WindowBlocked,
                                                                 QEvent.Type.WindowUnblocked):
            self._window_blocked = event.type() == QEvent.Type.WindowBlocked
            self._refresh_lane()
        if watched is self.phone and event.type() == QEvent.Type.KeyPress and self.matches.count():
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, self.matches.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)

    def _refresh_matches(self) -> None:
        self._matches = self._desk.intake.match_recipient(self.phone.text(), self.name.text())
        self.matches.clear()
        for person in self._matches:
            phones = " ".join(mask_phone(p) for p in person.phones)
            self.matches.addItem(QListWidgetItem(f"{person.name}  {phones}  {person.village}"))
        self.matches.setVisible(bool(self._matches))
        if len(self._matches) == 1:
            self.matches.setCurrentRow(0)  # one fit: taken; several: the operator picks with ↑/↓

    def chosen_person(self) -> Person | None:
        row = self.matches.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def open_new_person(self) -> None:
        self.dialog = PersonDialog(self._ctx, None, self)
        digits = self.phone.text().strip()
        if len(digits) == 11 and digits.isdigit():
            self.dialog.phone1.setText(digits)
        if self.name.text().strip():
            self.dialog.name.setText(self.name.text().strip())
        self.dialog.saved.connect(self._on_person_created)
        self.dialog.open()

    def _on_person_created(self, person: Person) -> None:
        self._matches = [person]
        self.matches.clear()
        self.matches.addItem(QListWidgetItem(person.name))
        self.matches.setVisible(True)
        self.matches.setCurrentRow(0)
        self.phone.setFocus()

    # taking in --------------------------------------------------------------------------------------
    def take_in(self, best_guess: bool = False) -> None:
        """``best_guess``: a fresh scan whose carrier list was not shown yet, so take the top guess."""
        waybill = self._pending or self.scan.text()
        if not waybill.strip():
            self.scan.setFocus()
            return
        request = IntakeRequest(
            waybill=waybill, carrier="" if best_guess else self.carrier.currentData() or "",
            batch_id=self._batch_id, allow_seen_before=self._confirms_seen(waybill),
            print_sticker=self.sticker.isChecked(), **self._typed_recipient())
        if _has_recipient(request):
            self._recipient_taken = True
            self._refresh_lane()
        self._submit(request, self._ctx.session.actor())

    def _submit(self, request: IntakeRequest, actor: Operator) -> None:
        """The intake to the worker; on the GUI thread, or on the port thread for the scan lane (the
        callbacks run on the GUI thread either way)."""
        desk = self._desk
        shown: list[Parcel] = []

        def on_shown(result: IntakeResult) -> None:
            shown.append(result.parcel)
            self._on_taken_in(result, request)

        def on_error(exc: Exception) -> None:
            if shown:  # written and shown, then the commit failed: take it back, give the typing back
                self._withdraw(shown[0], request)
            elif self._recipient_taken and _has_recipient(request):
                self._give_recipient_back()  # this scan had taken it
            if not self._pending:  # a lane scan: the page has not seen it yet
                self._pending = request.waybill
            self._show_error(exc)

        # the parcel is shown as soon as it is written, while its commit goes to disk (see take_in)
        self._ctx.runner.run_reporting(lambda report: with_changes(desk.intake.take_in(actor, request, report)),
                                       on_shown, self._committed, on_error)

    def _committed(self, _result: object) -> None:
        """The parcel is on disk: the rest of the page need not wait for the frame any longer, and its
        arrival notice is composed once that is shown (``take_in`` left it due)."""
        if self._rest_due.isActive():
            self._rest_due.start(REST_AFTER_COMMIT_MS)
        QTimer.singleShot(REST_AFTER_COMMIT_MS, self._compose_notices)

    def _compose_notices(self) -> None:
        """The arrival notices ``take_in`` left due, composed after the commit and the paint, not beside
        them (a job of its own: a failure here is not the intake's, and the next pass composes them)."""
        notices = self._desk.notices
        self._ctx.runner.run(lambda: Changes.of(NOTICES) if notices.compose_due() else None, None,
                             lambda exc: log.warning("arrival notices not composed yet: %s", exc))

    def _confirms_seen(self, waybill: str) -> bool:
        """The waybill the page asked about ("seen before: scan it again") scanned again."""
        return bool(self._confirm_seen) and _cleaned(waybill) == self._confirm_seen

    def _on_taken_in(self, result: IntakeResult, request: IntakeRequest) -> None:
        """The parcel is written (its commit is on its way to disk): its row, which starts with its code,
        goes on screen in the next paint; the rest of the page (the big code, the details, the emptied
        recipient fields) follows once the commit is done, or a frame later (``_show_rest``), because
        every widget changed with the row costs 0.3-0.5 ms, and that work would run beside the commit
        it slows and hold up its end (docs/decisions/scan-to-screen.md). Until then the recipient is
        marked taken, so no other scan takes it."""
        self._show_rest()  # what an earlier scan left for its next frame comes first
        parcel = result.parcel
        self._pending = ""
        if self._confirm_seen:
            self._confirm_seen = ""
            self._refresh_lane()
        self._taken.insert(0, parcel)
        self._taken_count += 1
        who = parcel.recipient_name or (mask_phone(parcel.recipient_phone) if parcel.recipient_phone else "")
        recipient = who if not parcel.needs_completion else self.tr("recipient to be completed {who}").format(
            who=who).strip()
        self.table.insert_row((parcel.pickup_code, parcel.waybill, carrier_label(parcel.carrier), recipient,
                               format_grams(parcel.weight_g) if parcel.weight_g is not None else "—"))
        if len(self._taken) > SESSION_ROWS:  # a long day: the list keeps the latest, the count keeps all
            del self._taken[SESSION_ROWS:]
        if self.scan.text():  # typed or from a keyboard scanner: empty before the next one comes
            self.scan.clear()
        if _has_recipient(request):
            self._recipient_shown = (request.recipient_phone, request.recipient_name)
        self._rest = (result, recipient)
        self._rest_due.start()

    def _show_rest(self) -> None:
        """The big code, the details line, the session count, the carrier list for F11 and the emptied
        recipient: once the commit is done or a frame after the row, or at once when anything else is
        about to change the page."""
        self._rest_due.stop()
        pending = self._rest is not None or self._recipient_shown is not None
        if self._rest is not None:
            result, recipient = self._rest
            self._rest = None
            parcel = result.parcel
            self.big_code.setText(parcel.pickup_code)
            self._fill_carriers([str(g.carrier) for g in result.guesses])  # F11 now corrects this parcel
            self.carrier.setCurrentIndex(max(0, self.carrier.findData(parcel.carrier)))
            weight = format_grams(parcel.weight_g) if parcel.weight_g is not None else self.tr("no stable weight")
            extra = self.tr(" · purchase order {order} arrived").format(order=result.match.get("order_no", "")) \
                if result.match else ""
            self.details.setText(f"{carrier_label(parcel.carrier)} {parcel.waybill} · {recipient} · {weight}{extra}")
            self._show_count()
            if self.message.text():  # the big code and the new row say it was taken in; an old error goes
                self.message.clear_message()
        if self._recipient_shown is not None:
            phone, name = self._recipient_shown
            self._recipient_shown = None
            if (self.phone.text(), self.name.text()) == (phone, name):  # unless the next one is being typed
                self._empty_recipient()
            if self._recipient_taken:  # what the fields hold now goes with the next scan
                self._give_recipient_back()
        if pending:
            self.scan.setFocus()

    def _empty_recipient(self) -> None:
        """Ready for the next parcel's recipient (called with the rest of the page, ``_show_rest``)."""
        self.phone.clear()
        self.name.clear()
        if self._matches:
            self.matches.clear()
            self._matches = []
        self.matches.setVisible(False)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{n} taken in this session").format(n=self._taken_count))

    def _withdraw(self, parcel: Parcel, request: IntakeRequest) -> None:
        """A parcel shown at intake whose commit failed is not on the shelf: off the list, code gone, and
        the recipient the operator typed back in its fields (they were emptied when it was shown)."""
        self._show_rest()
        if not self.phone.text() and not self.name.text():  # unless the next one is being typed
            self.phone.setText(request.recipient_phone)
            self.name.setText(request.recipient_name)
            if request.recipient_phone or request.recipient_name:
                self._refresh_matches()
        for row, taken in enumerate(self._taken):
            if taken.id == parcel.id:
                del self._taken[row]
                self.table.remove_row(row)
                self._taken_count -= 1
                break
        if self.big_code.text() == parcel.pickup_code:
            self.big_code.setText("")
            self.details.setText(self.tr("{waybill} was not taken in; scan it again.").format(waybill=parcel.waybill))
        self._show_count()
        self._pending = parcel.waybill  # put back into the scan field by _show_error

    def _show_error(self, exc: Exception) -> None:
        self._show_rest()
        code = getattr(exc, "code", "")
        if code == "parcel.seen_before":
            self._confirm_seen = str(exc.params.get("waybill", ""))  # type: ignore[attr-defined]
            self._refresh_lane()
            self.message.show_error(message_for(exc) + " " + self.tr("Scan it again to take it in anyway."))
        else:
            self.message.show_error(message_for(exc))
        if not self.scan.text() and self._pending:
            self.scan.setText(self._pending)  # a batch scan went straight to the worker: show what failed
        self.scan.setFocus()
        self.scan.selectAll()  # kept, and the next scan replaces it

    # undo -------------------------------------------------------------------------------------------
    def undo_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._taken):
            self.message.show_error(self.tr("Select the parcel to undo in the list."))
            return
        parcel = self._taken[row]
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: desk.intake.undo_intake(actor, parcel.id, "undo at intake"),
                             lambda _r: self._on_undone(row, parcel), self._show_error)

    def _on_undone(self, row: int, parcel: Parcel) -> None:
        self._show_rest()
        self.table.set_text(row, 0, self.tr("undone"))
        self.message.show_info(self.tr("Intake of {waybill} undone; code {code} is free again.").format(
            waybill=parcel.waybill, code=parcel.pickup_code))

    # refresh ----------------------------------------------------------------------------------------
    def refresh_figures(self) -> None:
        # figures are a convenience: an error is shown but never blocks the counter
        self.figures.refresh(self._ctx.runner, self._desk.intake.figures, lambda exc: self.message.show_error(
            message_for(exc)))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(PARCELS) and self.isVisible():
            self.refresh_figures()
        if changes.touches(PEOPLE) and self.phone.text().strip():
            self._refresh_matches()
