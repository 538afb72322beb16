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
        # parcel desk ---------------------------------------------------------------------------------
        "waybill.empty": QCoreApplication.translate("Errors", "Scan or type the waybill number."),
        "waybill.invalid": QCoreApplication.translate("Errors", "“{text}” is not a waybill number: use 6 to 40 letters and digits. "
                                       "Nothing was saved."),
        "carrier.unknown": QCoreApplication.translate("Errors", "“{text}” is not a known carrier."),
        "intake.pickup_code_scanned": QCoreApplication.translate("Errors", "“{text}” is a pickup code, not a waybill. To hand a parcel "
                                                  "over, use the pickup page (F2)."),
        "parcel.duplicate": QCoreApplication.translate("Errors", "Waybill {waybill} is already on the shelf: code {pickup_code}, slot "
                                        "{slot}, since {since}. Nothing was saved."),
        "parcel.seen_before": QCoreApplication.translate("Errors", "Waybill {waybill} was taken in on {since} and has already left the "
                                          "station."),
        "parcel.not_found": QCoreApplication.translate("Errors", "This parcel was not found."),
        "parcel.not_waiting": QCoreApplication.translate("Errors", "Parcel {pickup_code} is no longer on the shelf. Nothing was saved."),
        "parcel.note_too_long": QCoreApplication.translate("Errors", "The note is too long (at most {max} characters)."),
        "parcel.extend_invalid": QCoreApplication.translate("Errors", "A hold can be extended by 1 to {max} days."),
        "shelf.none_configured": QCoreApplication.translate("Errors", "No shelves are set up. Add shelves in the settings."),
        "shelf.all_full": QCoreApplication.translate("Errors", "Every shelf slot is full ({capacity} places). Hand parcels over, "
                                      "return old ones or add a shelf. Nothing was saved."),
        "shelf.not_empty": QCoreApplication.translate("Errors", "Slot {slot} still holds {count} parcels and cannot be removed."),
        "shelf.capacity_below_occupied": QCoreApplication.translate("Errors", "Slot {slot} holds {count} parcels: its capacity cannot "
                                                     "be smaller."),
        "shelf.too_many": QCoreApplication.translate("Errors", "At most {max} shelves."),
        "shelf.label_invalid": QCoreApplication.translate("Errors", "“{text}” is not a shelf name: use 1 to 4 letters or digits."),
        "shelf.label_duplicate": QCoreApplication.translate("Errors", "There are two shelves named {text}."),
        "shelf.tiers_invalid": QCoreApplication.translate("Errors", "A shelf has 1 to {max} tiers."),
        "shelf.capacity_invalid": QCoreApplication.translate("Errors", "A tier holds 1 to {max} parcels."),
        "pickup_code.none_free": QCoreApplication.translate("Errors", "No pickup code is free: all {total} codes are in use or resting. "
                                             "Use more code digits or a shorter rest in the settings."),
        "pickup_code.invalid": QCoreApplication.translate("Errors", "“{text}” is not a pickup code. Type it like 3-2-0417 or 0417."),
        "pickup_code.digits_invalid": QCoreApplication.translate("Errors", "A pickup code has 3 to 6 serial digits."),
        "pickup_code.cooldown_invalid": QCoreApplication.translate("Errors", "The code rest must be 0 to 1440 hours."),
        "pickup.empty": QCoreApplication.translate("Errors", "Scan or type a pickup code, the last 4 digits of the phone or the waybill."),
        "pickup.invalid": QCoreApplication.translate("Errors", "“{text}” is not a pickup code, phone ending or waybill."),
        "pickup.nothing_waiting": QCoreApplication.translate("Errors", "No parcel is waiting for “{text}”. Check the code, or try the "
                                              "last 4 digits of the phone."),
        "handover.nothing_selected": QCoreApplication.translate("Errors", "Tick at least one parcel."),
        "handover.too_many": QCoreApplication.translate("Errors", "At most {max} parcels in one handover: hand the rest over in a second "
                                         "round."),
        "handover.already_out": QCoreApplication.translate("Errors", "A parcel ({pickup_code}) has already been handed over or has left "
                                            "the station. Nothing was saved."),
        "handover.fee_unpaid": QCoreApplication.translate("Errors", "A storage fee is due. Choose how it is paid, or waive it."),
        "handover.not_found": QCoreApplication.translate("Errors", "This handover was not found."),
        "handover.already_undone": QCoreApplication.translate("Errors", "This handover has already been undone."),
        "handover.undo_fee_needs_shopkeeper": QCoreApplication.translate(
            "Errors", "This handover took a storage fee of {fee}. Paying it back is a money correction: ask the "
                      "shopkeeper to undo it."),
        "handover.reason_required": QCoreApplication.translate("Errors", "Please give the reason for the undo."),
        "notice.no_sender": QCoreApplication.translate("Errors", "No SMS modem is set up. Use the printed list or the WeChat text."),
        "notice.not_found": QCoreApplication.translate("Errors", "This notice was not found."),
        "notice.not_sms": QCoreApplication.translate("Errors", "Only an SMS can be sent again."),
        "notice.not_resendable": QCoreApplication.translate("Errors", "This notice is still waiting to be sent."),
        "print.no_printer": QCoreApplication.translate("Errors", "No printer is set up."),
        "parcel_settings.days_invalid": QCoreApplication.translate("Errors", "The free days or overdue days are out of range."),
        "parcel_settings.fee_invalid": QCoreApplication.translate("Errors", "The storage fee is out of range."),
        "parcel_settings.template_invalid": QCoreApplication.translate("Errors", "A notice template is empty or longer than 300 "
                                                        "characters."),
        "stocktake.not_found": QCoreApplication.translate("Errors", "This stock-take was not found."),
        "stocktake.finished": QCoreApplication.translate("Errors", "This stock-take is already finished. Start a new one."),
        "handoff.courier_missing": QCoreApplication.translate("Errors", "Type the courier's name."),
        "handoff.already_taken": QCoreApplication.translate("Errors", "Some of these parcels were already handed to a courier. Nothing "
                                             "was saved."),
        "dispatch.sender_missing": QCoreApplication.translate("Errors", "Choose the sender from the person registry."),
        "dispatch.id_missing": QCoreApplication.translate("Errors", "The sender's ID number is required (real-name sending)."),
        "dispatch.id_invalid": QCoreApplication.translate("Errors", "The ID number {text} is not valid. Check it against the card."),
        "dispatch.not_inspected": QCoreApplication.translate("Errors", "Open and inspect the parcel, then tick the box."),
        "dispatch.contents_missing": QCoreApplication.translate("Errors", "Type what is inside the parcel."),
        "dispatch.contents_too_long": QCoreApplication.translate("Errors", "The contents text is too long (at most {max} characters)."),
        "dispatch.recipient_missing": QCoreApplication.translate("Errors", "Type the recipient's name."),
        "dispatch.address_missing": QCoreApplication.translate("Errors", "Type the recipient's address."),
        "dispatch.address_too_long": QCoreApplication.translate("Errors", "The address is too long (at most {max} characters)."),
        "dispatch.province_unknown": QCoreApplication.translate("Errors", "Choose the destination province."),
        "dispatch.size_invalid": QCoreApplication.translate("Errors", "Each side must be 0 to {max} cm."),
        "dispatch.weight_missing": QCoreApplication.translate("Errors", "No stable weight: wait for the scale to settle, or type the "
                                              "weight."),
        "dispatch.not_found": QCoreApplication.translate("Errors", "This sending was not found."),
        "tariff.missing": QCoreApplication.translate("Errors", "There is no tariff for this carrier and zone. Add one in the settings."),
        "tariff.weight_invalid": QCoreApplication.translate("Errors", "The tariff weights are out of range."),
        "tariff.price_invalid": QCoreApplication.translate("Errors", "The tariff prices are out of range."),
        "tariff.divisor_invalid": QCoreApplication.translate("Errors", "The volume divisor must be 1000 to 20000."),
        "tariff.dates_invalid": QCoreApplication.translate("Errors", "The dates of the tariff are not valid."),
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
        "sms.no_channel": QCoreApplication.translate("Errors", "SMS not sent: no modem is set up and the station is "
                                                               "not connected to a hub."),
        "sms.empty_text": QCoreApplication.translate("Errors", "SMS not sent: the message is empty."),
        "purchase.item_name_empty": QCoreApplication.translate("Errors", "Line {line}: please type what to buy."),
        "purchase.item_name_too_long": QCoreApplication.translate("Errors", "Line {line}: the item name is too long (at most {max} characters)."),
        "purchase.platform_invalid": QCoreApplication.translate("Errors", "Line {line}: choose the shopping platform."),
        "purchase.quantity_invalid": QCoreApplication.translate("Errors", "Line {line}: the quantity must be a whole number from 1 to {max}."),
        "purchase.price_invalid": QCoreApplication.translate("Errors", "Line {line}: the unit price must be more than zero and at most ￥{max}."),
        "purchase.item_text_too_long": QCoreApplication.translate("Errors", "Line {line}: the link or the size/colour text is too long (at most {max} characters)."),
        "purchase.no_items": QCoreApplication.translate("Errors", "The order has no items. Add at least one thing to buy."),
        "purchase.too_many_items": QCoreApplication.translate("Errors", "An order can have at most {max} items; make a second order."),
        "purchase.shipping_invalid": QCoreApplication.translate("Errors", "The shipping cost must be between ￥0 and ￥{max}."),
        "purchase.total_too_large": QCoreApplication.translate("Errors", "The order total is more than ￥{max}. Check the prices and quantities."),
        "purchase.platform_order_invalid": QCoreApplication.translate("Errors", "“{text}” is not a platform order number. Type or scan the number shown in the shopping app."),
        "purchase.platform_order_duplicate": QCoreApplication.translate("Errors", "The platform order number {text} is already recorded on this order."),
        "purchase.reason_required": QCoreApplication.translate("Errors", "Please give the reason."),
        "purchase.note_too_long": QCoreApplication.translate("Errors", "The note is too long (at most {max} characters)."),
        "purchase.wrong_state": QCoreApplication.translate("Errors", "This step does not fit the order's current state. Check the order's history."),
        "purchase.deposit_invalid": QCoreApplication.translate("Errors", "The deposit must be zero or more."),
        "purchase.deposit_exceeds_total": QCoreApplication.translate("Errors", "The deposit is more than the order needs: the total is {total_text} and at most {due_text} is still due."),
        "purchase.balance_required": QCoreApplication.translate("Errors", "The goods can only be handed over with the balance: collect {due_text}."),
        "purchase.balance_too_much": QCoreApplication.translate("Errors", "That is more than the balance. Collect exactly {due_text} and give change."),
        "purchase.refund_invalid": QCoreApplication.translate("Errors", "The refund must be more than zero."),
        "purchase.refund_exceeds_paid": QCoreApplication.translate("Errors", "The refund is more than the villager paid for this order ({paid_text})."),
        "purchase.commission_invalid": QCoreApplication.translate("Errors", "The commission amount is not valid."),
        "purchase.fee_rule_invalid": QCoreApplication.translate("Errors", "This service fee rule is not valid: check the amounts and the tiers' order."),
        "purchase.not_found": QCoreApplication.translate("Errors", "No agent purchase order was found."),
        "purchase.tracking_already_added": QCoreApplication.translate("Errors", "The tracking number {text} is already on this order."),
        "purchase.tracking_taken": QCoreApplication.translate("Errors", "The tracking number {text} already belongs to order {order_no}."),
        "purchase.after_sales_kind_invalid": QCoreApplication.translate("Errors", "Choose return or exchange."),
        "day_close.successor_required": QCoreApplication.translate("Errors", "Choose the operator who takes over the drawer."),
        "day_close.successor_same": QCoreApplication.translate("Errors", "A shift is handed over to another operator, not to yourself."),
        "day_close.already_closed": QCoreApplication.translate("Errors", "The day {date} is already closed. Later money is recorded as late and counted at the next close."),
        "day_close.counted_invalid": QCoreApplication.translate("Errors", "Type the cash counted in the drawer, like 1250.50."),
        "day_close.note_too_long": QCoreApplication.translate("Errors", "The note is too long (at most {max} characters)."),
        "day_close.not_found": QCoreApplication.translate("Errors", "This day close does not exist."),
        "purchase.fee_percent_invalid": QCoreApplication.translate("Errors", "“{text}” is not a percentage. Type it like 3 or 2.5."),
        "purchase.fee_tier_incomplete": QCoreApplication.translate("Errors", "Tier {line}: type both the order amount and the fee."),
        "export.pdf_unavailable": QCoreApplication.translate("Errors", "PDF files cannot be made on this PC. Nothing was saved."),
        "export.write_failed": QCoreApplication.translate("Errors", "The file could not be written to {folder}. Check the disk and the folder's permissions."),
        "print.document_unreadable": QCoreApplication.translate("Errors", "This print job is damaged or from a newer "
                                                                        "version and cannot be printed."),
        "print.job_not_found": QCoreApplication.translate("Errors", "This print job does not exist."),
        "sync.transport": QCoreApplication.translate("Errors", "the hub cannot be reached (no network?); the records "
                                                               "wait on this PC and go when the network is back"),
        "sync.not_enrolled": QCoreApplication.translate("Errors", "this station is not connected to a hub yet"),
        "sync.revoked": QCoreApplication.translate("Errors", "the hub has revoked this station's key; ask the supervisor"),
        "sync.auth_failed": QCoreApplication.translate("Errors", "the hub did not accept this station's signature; ask the "
                                                                 "supervisor"),
        "sync.upgrade_needed": QCoreApplication.translate("Errors", "the hub needs a newer version of this program; "
                                                                    "records are kept until then"),
        "sync.hub_busy": QCoreApplication.translate("Errors", "the hub is busy; trying again shortly"),
        "sync.hub_error": QCoreApplication.translate("Errors", "the hub reported an error; trying again shortly"),
        "sync.unsigned_answer": QCoreApplication.translate("Errors", "an answer that was not the hub's (a Wi-Fi login page?); "
                                                                     "nothing was marked as sent"),
        "sync.bad_answer": QCoreApplication.translate("Errors", "an unreadable answer from the hub; trying again"),
        "sync.answer_mismatch": QCoreApplication.translate("Errors", "an answer that does not match the request; trying "
                                                                     "again"),
        "sync.training_mode": QCoreApplication.translate("Errors", "training data is never sent to the hub"),
        "sync.enrol_rejected": QCoreApplication.translate("Errors", "The hub refused this enrolment code (used or expired?). "
                                                                    "Ask the supervisor for a new one."),
        "sync.hub_key_mismatch": QCoreApplication.translate("Errors", "The server at that address is not the hub in the "
                                                                      "code. Nothing was changed."),
        "sync.incarnation_forked": QCoreApplication.translate("Errors", "this database was copied or restored; its new "
                                                                        "records are sent separately, nothing is lost"),
        "sync.ack_file_bad": QCoreApplication.translate("Errors", "That file is not an answer from the hub for this "
                                                                  "station."),
        "enrol.bad_qr": QCoreApplication.translate("Errors", "That is not an enrolment code. Scan the QR code on the "
                                                             "hub's page again."),
        "handover.purchase_balance_due": QCoreApplication.translate(
            "Errors", "Parcel {pickup_code} is agent purchase {order_no}: {balance} is still due. Take it on the "
                      "purchases page (F4, scan the order QR); nothing was handed over."),
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
