"""Arrival notices and reminders as records (通知): what to send, to whom, and by which channel.

An SMS goes only to a full mainland number; a parcel known only by a masked, virtual or last-4 number
is announced on the printed arrival list and the village WeChat text instead. One notice covers every
parcel of one person in one batch, and a person is reminded at most once a day.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any, Protocol

from station.domain.phones import mask_phone

MAX_SMS_CHARS = 300  # long SMS are split by the modem; beyond this a template is surely broken


class NoticeChannel(StrEnum):
    SMS = "sms"
    PRINT_LIST = "print_list"
    WECHAT_TEXT = "wechat_text"


class NoticeState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    RESENT = "resent"
    CANCELLED = "cancelled"  # its only parcel was taken in by mistake and voided


class NoticeKind(StrEnum):
    ARRIVAL = "arrival"
    REMINDER = "reminder"
    PURCHASE = "purchase"


class NoticeSender(Protocol):
    """Sends one text message (the GSM modem now, the hub later). Never raises for device trouble."""

    def send(self, phone: str, text: str) -> tuple[bool, str]:
        """Returns (ok, reason_code); reason_code is '' on success, e.g. 'modem.no_signal' on failure."""
        ...


@dataclass(frozen=True, slots=True)
class Notice:
    id: str
    kind: NoticeKind
    channel: NoticeChannel
    state: NoticeState
    person_id: str | None
    phone: str
    text: str
    parcel_ids: tuple[str, ...]
    created_at: str
    business_date: str
    attempts: int = 0
    last_error: str = ""
    sent_at: str | None = None


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@lru_cache(maxsize=64)
def _fillable(template: str) -> bool:
    """Whether the template's placeholders are all plain names (asked once per template text: every
    intake renders one of a handful of templates)."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    except ValueError:
        return False
    return all(name.isidentifier() for name in fields)


def render(template: str, values: dict[str, Any]) -> str:
    """Fill ``{station}``, ``{code}``, ``{carrier}``, ``{days}``, ``{count}``...; unknown placeholders stay
    as typed and stray braces never raise, because templates are edited by the operator."""
    if not _fillable(template):
        return template
    try:
        return template.format_map(_Safe(values))[:MAX_SMS_CHARS]
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def join_codes(codes: Iterable[str]) -> str:
    return "、".join(codes)


def channel_for(phone_stored: str, full_phones: Iterable[str]) -> tuple[NoticeChannel, str]:
    """SMS to the first full number we know (waybill or registry), else the printed list."""
    for candidate in (phone_stored, *full_phones):
        if candidate and len(candidate) == 11 and candidate.isdigit() and candidate[0] == "1":
            return NoticeChannel.SMS, candidate
    return NoticeChannel.PRINT_LIST, phone_stored


def reminder_stage_due(age_days: int, reminder_days: tuple[int, ...], stage_done: int) -> int:
    """The reminder stage (1-based index into ``reminder_days``) now due, or 0 if none is."""
    due = 0
    for index, days in enumerate(sorted(reminder_days), start=1):
        if age_days >= days:
            due = index
    return due if due > stage_done else 0


@dataclass(frozen=True, slots=True)
class ListLine:
    """One line of the notice-board arrival list: never a full phone number."""

    name: str
    phone_masked: str
    codes: tuple[str, ...]
    carriers: tuple[str, ...]
    since: date


def list_line(name: str, phone_stored: str, codes: tuple[str, ...], carriers: tuple[str, ...],
              since: date) -> ListLine:
    shown = name[:1] + "*" * max(1, len(name) - 1) if name else ""
    return ListLine(shown, mask_phone(phone_stored) if phone_stored else "", codes, carriers, since)


def wechat_line(line: ListLine) -> str:
    """One recipient's line of the WeChat text (name and phone masked)."""
    return f"{line.name} {line.phone_masked} 取件码 {join_codes(line.codes)}".strip()


def wechat_text(station: str, day: date, lines: list[ListLine]) -> str:
    """The block the operator pastes into the village WeChat group (names and phones masked)."""
    head = f"【{station}】{day.month}月{day.day}日到站快递（凭取件码领取）："
    body = [wechat_line(ln) for ln in lines]
    return "\n".join([head, *body, f"共{sum(len(ln.codes) for ln in lines)}件。"])
