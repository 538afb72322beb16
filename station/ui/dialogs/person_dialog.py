"""Create or edit a person. A possible duplicate is shown and must be confirmed; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.people import Person
from station.domain.phones import mask_phone
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine


class PersonDialog(QDialog):
    saved = Signal(object)  # Person

    def __init__(self, ctx: UiContext, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person = person
        self._duplicate_confirmed = False
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.phone1 = QLineEdit()
        self.phone2 = QLineEdit()
        for phone in (self.phone1, self.phone2):
            phone.setPlaceholderText(self.tr("11 digits, or masked like 138****5678"))
        self.village = QLineEdit()
        self.group = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone1)
        form.addRow(self.tr("Second phone"), self.phone2)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Villager group"), self.group)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if person:
            self.name.setText(person.name)
            phones = [*person.phones, "", ""]
            self.phone1.setText(phones[0])
            self.phone2.setText(phones[1])
            self.village.setText(person.village)
            self.group.setText(person.group)
            self.notes.setPlainText(person.notes)
        for field in (self.name, self.phone1, self.phone2, self.village, self.group):
            field.textEdited.connect(self._on_edited)

    def _on_edited(self) -> None:
        self._duplicate_confirmed = False
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))

    def _values(self) -> dict:
        return {"name": self.name.text(), "phones": [self.phone1.text(), self.phone2.text()],
                "village": self.village.text(), "group": self.group.text(),
                "notes": self.notes.toPlainText()}

    def _on_save_clicked(self) -> None:
        people = self._ctx.services.people
        actor = self._ctx.session.actor()
        values = self._values()
        if self._person:
            person_id, household = self._person.id, self._person.household
            call = lambda: people.update(actor, person_id, household=household, **values)  # noqa: E731
        else:
            allow = self._duplicate_confirmed
            call = lambda: people.create(actor, allow_duplicate=allow, **values)  # noqa: E731
        self.buttons.setEnabled(False)
        self._ctx.runner.run(call, self._on_saved, self._on_failed)

    def _on_saved(self, result: object) -> None:
        person, _changes = result  # type: ignore[misc]
        self.buttons.setEnabled(True)
        self.saved.emit(person)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if getattr(error, "code", "") == "person.possible_duplicate":
            matches = error.params.get("matches", [])  # type: ignore[attr-defined]
            listing = "；".join(f"{p.name} {' '.join(mask_phone(x) for x in p.phones)} {p.village}".strip()
                               for p in matches[:5])
            self.message.show_error(
                self.tr("Possible duplicate: {people}. Check the list; press “Create anyway” if this is "
                        "really a different person.").format(people=listing))
            self._duplicate_confirmed = True
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create anyway"))
            return
        self.message.show_error(message_for(error))
