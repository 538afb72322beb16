"""Error codes from services, turned into translated sentences for the operator.

Each message is a literal inside ``translate("Errors", ...)`` so lupdate extracts it; placeholders are
filled with ``.format`` after translation.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def _catalogue() -> dict[str, str]:
    return {
        "money.invalid": QCoreApplication.translate("Errors", "“{text}” is not an amount of money. Type it like 12.50."),
        "money.too_large": QCoreApplication.translate("Errors", "The amount “{text}” is too large."),
        "weight.invalid": QCoreApplication.translate("Errors", "“{text}” is not a weight. Type it like 1.25 kg or 800 g."),
        "weight.too_large": QCoreApplication.translate("Errors", "The weight “{text}” is too large."),
        "phone.invalid": QCoreApplication.translate("Errors", "“{text}” is not a phone number. Type 11 digits, a masked number like "
                                     "138****5678, or the last 4 digits."),
        "person.name_empty": QCoreApplication.translate("Errors", "Please type the name."),
        "person.name_too_long": QCoreApplication.translate("Errors", "The name is too long (at most {max} characters)."),
        "person.name_invalid": QCoreApplication.translate("Errors", "The name “{text}” contains digits or symbols."),
        "person.phone_incomplete": QCoreApplication.translate("Errors", "“{text}” is only the last 4 digits. A person needs a full or "
                                               "masked phone number."),
        "person.too_many_phones": QCoreApplication.translate("Errors", "A person can have at most {max} phone numbers."),
        "person.place_too_long": QCoreApplication.translate("Errors", "The village or group name is too long (at most {max} characters)."),
        "person.notes_too_long": QCoreApplication.translate("Errors", "The notes are too long (at most {max} characters)."),
        "person.not_found": QCoreApplication.translate("Errors", "This person was not found. They may have been merged into another "
                                        "record."),
        "person.possible_duplicate": QCoreApplication.translate("Errors", "A person with the same phone or name already exists."),
        "person.household_unknown": QCoreApplication.translate("Errors", "The household this person should join does not exist."),
        "person.merge_same": QCoreApplication.translate("Errors", "Choose two different people to merge."),
        "person.already_merged": QCoreApplication.translate("Errors", "One of these records has already been merged."),
        "operator.not_found": QCoreApplication.translate("Errors", "This operator does not exist or is no longer active."),
        "operator.wrong_pin": QCoreApplication.translate("Errors", "Wrong PIN. {remaining} attempts left before this operator is "
                                          "locked for 5 minutes."),
        "operator.locked": QCoreApplication.translate("Errors", "Too many wrong PINs. This operator is locked; try again in {minutes} "
                                       "minutes."),
        "operator.pin_format": QCoreApplication.translate("Errors", "The PIN must be 4 to 6 digits."),
        "operator.pin_too_simple": QCoreApplication.translate("Errors", "The PIN must not be the same digit repeated."),
        "operator.pin_mismatch": QCoreApplication.translate("Errors", "The two PINs are different. Please type them again."),
        "operator.not_allowed": QCoreApplication.translate("Errors", "Your role does not allow this action."),
        "operator.last_shopkeeper": QCoreApplication.translate("Errors", "The last shopkeeper cannot be deactivated."),
        "station.name_empty": QCoreApplication.translate("Errors", "Please type the station's name."),
        "station.name_too_long": QCoreApplication.translate("Errors", "The station's name is too long (at most {max} characters)."),
        "station.code_invalid": QCoreApplication.translate("Errors", "The station code “{text}” is not valid: use 2 to 20 letters, "
                                            "digits or dashes, like HX-001."),
        "station.paper_width_invalid": QCoreApplication.translate("Errors", "The paper width must be 58 mm or 80 mm."),
        "station.already_set_up": QCoreApplication.translate("Errors", "This station has already been set up."),
        "ledger.amount_not_integer": QCoreApplication.translate("Errors", "The amount is not valid."),
        "ledger.amount_not_positive": QCoreApplication.translate("Errors", "The amount must be more than zero."),
        "ledger.reference_required": QCoreApplication.translate("Errors", "A mobile or bank payment needs its transaction number."),
        "ledger.reference_too_long": QCoreApplication.translate("Errors", "The transaction number is too long (at most {max} "
                                                 "characters)."),
        "ledger.use_reverse": QCoreApplication.translate("Errors", "Corrections are made by reversing the wrong entry."),
        "ledger.reason_required": QCoreApplication.translate("Errors", "Please give the reason for the correction."),
        "ledger.entry_not_found": QCoreApplication.translate("Errors", "This ledger entry does not exist."),
        "ledger.cannot_reverse_correction": QCoreApplication.translate("Errors", "A correction cannot itself be reversed."),
        "ledger.already_reversed": QCoreApplication.translate("Errors", "This entry has already been reversed."),
        "storage.folder_read_only": QCoreApplication.translate("Errors", "The data folder {path} cannot be written to. Check its "
                                                "permissions or start with --home pointing elsewhere."),
        "storage.read_only": QCoreApplication.translate("Errors", "The database {path} is read-only. Nothing was changed. Check the "
                                         "file's permissions."),
        "storage.locked": QCoreApplication.translate("Errors", "The database is in use by another program (perhaps the station program "
                                      "is already open). Close it and start again."),
        "storage.corrupt": QCoreApplication.translate("Errors", "The database {path} is damaged and was not opened. Nothing was "
                                       "changed. Restore a backup from the backups folder."),
        "storage.newer_version": QCoreApplication.translate("Errors", "The database was written by a newer version of this program. "
                                             "Nothing was changed. Please install the newer version."),
        "storage.migration_failed": QCoreApplication.translate("Errors", "Upgrading the database failed; the copy taken before the "
                                                "upgrade was put back. Nothing was lost."),
        "device.not_connected": QCoreApplication.translate("Errors", "The device is not connected. Check its cable and "
                                                                   "power; the program reconnects by itself."),
        "device.write_failed": QCoreApplication.translate("Errors", "Sending to the device failed; it may have been "
                                                                  "unplugged."),
        "device.timeout": QCoreApplication.translate("Errors", "The device did not answer in time."),
        "device.stopped": QCoreApplication.translate("Errors", "The device has been stopped."),
        "device.port_in_use": QCoreApplication.translate("Errors", "{url} is in use by a configured device; remove "
                                                                  "it first to detect the model."),
        "device.port_empty": QCoreApplication.translate("Errors", "Choose or type the port the device is connected to."),
        "device.profile_mismatch": QCoreApplication.translate("Errors", "This model does not fit that device role."),
        "device.profile_unknown": QCoreApplication.translate("Errors", "Unknown device model."),
        "device.unknown_role": QCoreApplication.translate("Errors", "Unknown device role."),
        "device.not_serial": QCoreApplication.translate("Errors", "This model is not connected through a serial port."),
        "device.unsupported": QCoreApplication.translate("Errors", "This device does not support that command."),
        "sms.no_sim": QCoreApplication.translate("Errors", "SMS not sent: there is no SIM card in the modem."),
        "sms.sim_pin": QCoreApplication.translate("Errors", "SMS not sent: the SIM card asks for its PIN."),
        "sms.sim_busy": QCoreApplication.translate("Errors", "SMS not sent: the SIM card is busy; try again."),
        "sms.no_network": QCoreApplication.translate("Errors", "SMS not sent: the modem has no mobile network."),
        "sms.network_timeout": QCoreApplication.translate("Errors", "SMS not sent: the network did not answer in time."),
        "sms.network_busy": QCoreApplication.translate("Errors", "SMS not sent: the network is busy; try again later."),
        "sms.invalid_number": QCoreApplication.translate("Errors", "SMS not sent: the phone number is not valid."),
        "sms.barred": QCoreApplication.translate("Errors", "SMS not sent: sending is barred on this SIM card."),
        "sms.rejected": QCoreApplication.translate("Errors", "SMS not sent: the network rejected the message."),
        "sms.no_smsc": QCoreApplication.translate("Errors", "SMS not sent: the SIM card has no SMS centre number."),
        "sms.not_supported": QCoreApplication.translate("Errors", "SMS not sent: the modem does not support this."),
        "sms.modem_not_answering": QCoreApplication.translate("Errors", "SMS not sent: the modem does not answer."),
        "sms.port_unavailable": QCoreApplication.translate("Errors", "SMS not sent: the modem's port is not available."),
        "sms.empty_text": QCoreApplication.translate("Errors", "SMS not sent: the message is empty."),
        "backup.unreadable": QCoreApplication.translate("Errors", "This backup cannot be read or is not a station database."),
    }


def message_for(error: Exception) -> str:
    """A translated sentence for any error; unknown errors get a generic one and are logged."""
    code = getattr(error, "code", None)
    params = getattr(error, "params", {}) or {}
    if code:
        template = _catalogue().get(code)
        if template:
            try:
                return template.format(**params)
            except (KeyError, IndexError):
                log.warning("message for %s lacks parameters %s", code, params)
                return template
        log.warning("no message for error code %s", code)
        return QCoreApplication.translate("Errors", "Something went wrong ({code}). Nothing was saved.").format(code=code)
    log.error("unexpected error: %r", error)
    return QCoreApplication.translate("Errors", "Something unexpected went wrong. Nothing was saved. Details are in the log.")
