"""通知: send queued SMS, resend failed ones, queue reminders, build the notice-board list and WeChat text.

The modem may take seconds per message, so sending happens outside any transaction: read what is
queued, send one, record its outcome in its own small transaction. A failed SMS never blocks intake.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from station.domain.changes import Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.notices import (
    ListLine,
    Notice,
    NoticeChannel,
    NoticeKind,
    NoticeSender,
    NoticeState,
    channel_for,
    join_codes,
    list_line,
    reminder_stage_due,
    render,
    wechat_line,
    wechat_text,
)
from station.domain.operators import Operator, Permission
from station.domain.parcel_documents import ParcelSlip
from station.domain.parcels import Parcel
from station.domain.ports import PrintSubmitter
from station.services.base import ServiceContext
from station.services.parcels.common import (
    DUE_BATCH,
    NOTICES,
    PARCELS,
    carrier_name,
    compose_due_notices,
    station_name,
)

SEND_BATCH = 50


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    failed: int
    changes: Changes


@dataclass(frozen=True, slots=True)
class WechatPost:
    text: str
    recipients: int
    changes: Changes


@dataclass(frozen=True, slots=True)
class _ArrivalGroup:
    line: ListLine
    person_id: str | None
    phone: str
    parcel_ids: tuple[str, ...]


def _arrival_groups(uow) -> list[_ArrivalGroup]:  # type: ignore[no-untyped-def]
    """Waiting parcels grouped by recipient (person, else phone, else the parcel alone), in code order."""
    parcels = uow.parcels.waiting()
    names = {}
    for pid in {p.person_id for p in parcels if p.person_id}:
        person = uow.people.get(pid)
        names[pid] = person.name if person else ""
    grouped: dict[str, list[Parcel]] = defaultdict(list)
    for p in parcels:
        grouped[p.person_id or p.recipient_phone or p.id].append(p)
    groups = []
    for items in grouped.values():
        first = items[0]
        name = names.get(first.person_id or "", "") or first.recipient_name
        line = list_line(name, first.recipient_phone, tuple(p.pickup_code for p in items),
                         tuple(carrier_name(p.carrier) for p in items),
                         date.fromisoformat(min(p.taken_in_date for p in items)))
        groups.append(_ArrivalGroup(line, first.person_id, first.recipient_phone, tuple(p.id for p in items)))
    return sorted(groups, key=lambda g: g.line.codes)


class NoticeService:
    def __init__(self, ctx: ServiceContext, sender: NoticeSender | None = None,
                 printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._sender = sender
        self._printer = printer

    def compose_due(self) -> int:
        """Compose the arrival notices of the parcels taken in since the last pass (see ``take_in``): the
        intake page calls this right after each intake's commit, the program at its start (for what a
        crash left), and every method here that reads queued notices calls it first, so nobody sees the
        queue without them. Returns how many parcels were looked at."""
        with self._ctx.uow.reading() as uow:
            if not uow.parcel_notices.due(1):
                return 0
        done = 0
        while True:
            with self._ctx.uow() as uow:
                count = compose_due_notices(uow)
            done += count
            if count < DUE_BATCH:
                return done

    def notices(self, states: tuple[NoticeState, ...] = (NoticeState.QUEUED, NoticeState.FAILED)) -> list[Notice]:
        self.compose_due()
        with self._ctx.uow.reading() as uow:
            return uow.parcel_notices.with_state(states)

    def send_queued(self, actor: Operator, limit: int = SEND_BATCH) -> SendReport:
        actor.require(Permission.COUNTER_WORK)
        if self._sender is None:
            raise DomainError("notice.no_sender")
        self.compose_due()
        with self._ctx.uow.reading() as uow:
            todo = uow.parcel_notices.with_state((NoticeState.QUEUED,), NoticeChannel.SMS, limit)
        sent = failed = 0
        for notice in todo:
            ok = self._send_one(actor, notice, NoticeState.SENT)
            sent, failed = sent + ok, failed + (not ok)
        return SendReport(sent, failed, Changes.of(NOTICES))

    def resend(self, actor: Operator, notice_id: str) -> tuple[bool, Changes]:
        actor.require(Permission.COUNTER_WORK)
        if self._sender is None:
            raise DomainError("notice.no_sender")
        with self._ctx.uow() as uow:
            notice = uow.parcel_notices.get(notice_id)
        if notice is None:
            raise NotFound("notice.not_found")
        if notice.channel != NoticeChannel.SMS:
            raise DomainError("notice.not_sms")
        if notice.state not in (NoticeState.FAILED, NoticeState.SENT, NoticeState.RESENT):
            raise Conflict("notice.not_resendable", state=str(notice.state))
        return self._send_one(actor, notice, NoticeState.RESENT), Changes.of(NOTICES)

    def _send_one(self, actor: Operator, notice: Notice, success_state: NoticeState) -> bool:
        assert self._sender is not None
        try:
            ok, reason = self._sender.send(notice.phone, notice.text)
        except Exception as exc:  # a sender must not raise, but a broken one must not lose the record
            ok, reason = False, f"sender.error:{type(exc).__name__}"
        at = self._ctx.now_iso()
        state = success_state if ok else NoticeState.FAILED
        with self._ctx.uow() as uow:
            uow.parcel_notices.record_attempt(notice.id, state, "" if ok else (reason or "unknown"),
                                              at if ok else notice.sent_at)
            uow.audit.append(at=at, operator_id=actor.id, action=f"notice.{state}", target_kind="parcel_notice",
                             target_id=notice.id, details={"reason": reason})
            uow.outbox.append("parcel.notice", {"notice_id": notice.id, "kind": str(notice.kind),
                                                "channel": str(notice.channel), "state": str(state),
                                                "parcel_ids": list(notice.parcel_ids), "reason": reason},
                              record_id=new_id(), created_wall=at)
        return ok

    def queue_reminders(self, actor: Operator) -> tuple[int, Changes]:
        """One reminder per person for every waiting parcel that reached a reminder age (3 and 7 days by
        default), never two on one day for one person and never the same age twice for one parcel."""
        actor.require(Permission.COUNTER_WORK)
        now = self._ctx.clock.now()
        today = now.date()
        at = self._ctx.now_iso()
        count = 0
        with self._ctx.uow() as uow:
            settings = uow.parcels.settings()
            first_age = min(settings.reminder_days) if settings.reminder_days else 0
            if not first_age:
                return 0, Changes()
            candidates = uow.parcels.overdue((today - timedelta(days=first_age)).isoformat(), limit=5000)
            groups: dict[str, list[tuple[Parcel, int]]] = defaultdict(list)
            for p in candidates:
                stage = reminder_stage_due(p.age_days(today), settings.reminder_days, p.reminded_stage)
                if stage and (p.person_id or p.recipient_phone):
                    groups[p.person_id or p.recipient_phone].append((p, stage))
            station = station_name(uow)
            for key, items in groups.items():
                if uow.parcel_notices.reminded_on(key, today.isoformat()):
                    continue
                parcels = [p for p, _ in items]
                person = uow.people.get(parcels[0].person_id) if parcels[0].person_id else None
                channel, phone = channel_for(parcels[0].recipient_phone, person.phones if person else ())
                text = render(settings.reminder_template, {
                    "station": station, "code": join_codes(p.pickup_code for p in parcels),
                    "carrier": carrier_name(parcels[0].carrier), "count": len(parcels),
                    "days": max(p.age_days(today) for p in parcels)})
                notice = Notice(new_id(), NoticeKind.REMINDER, channel, NoticeState.QUEUED, parcels[0].person_id,
                                phone, text, tuple(p.id for p in parcels), at, today.isoformat())
                uow.parcel_notices.add(notice, key, f"reminder-{today.isoformat()}")
                for p, stage in items:
                    uow.parcels.update_fields(p.id, reminded_stage=stage)
                count += 1
            if count:
                uow.audit.append(at=at, operator_id=actor.id, action="notice.reminders_queued",
                                 details={"count": count})
        return count, Changes.of(NOTICES, PARCELS)

    def arrival_list(self) -> list[ListLine]:
        """Every waiting parcel, one line per recipient, names and phones masked for the notice board."""
        with self._ctx.uow.reading() as uow:
            return [group.line for group in _arrival_groups(uow)]

    def wechat_text(self) -> str:
        """The text only (a preview); ``post_wechat`` is what records who was told."""
        with self._ctx.uow.reading() as uow:
            station = station_name(uow)
            lines = [group.line for group in _arrival_groups(uow)]
        return wechat_text(station, self._ctx.clock.now().date(), lines)

    def post_wechat(self, actor: Operator) -> WechatPost:
        """The operator copies the arrival list for the village WeChat group. Each recipient on it gets a
        notice record on the WeChat channel, sent now (the operator pastes it at once), and the queued
        notice-board notices of those parcels count as posted: all in one transaction with the text."""
        actor.require(Permission.COUNTER_WORK)
        at, today = self._ctx.now_iso(), self._ctx.today()
        with self._ctx.uow() as uow:
            compose_due_notices(uow, limit=5000)  # the queued list notices below include the newest parcels
            station = station_name(uow)
            groups = _arrival_groups(uow)
            text = wechat_text(station, self._ctx.clock.now().date(), [g.line for g in groups])
            for group in groups:
                notice = Notice(new_id(), NoticeKind.ARRIVAL, NoticeChannel.WECHAT_TEXT, NoticeState.SENT,
                                group.person_id, group.phone, wechat_line(group.line), group.parcel_ids, at, today,
                                attempts=1, sent_at=at)
                uow.parcel_notices.add(notice, group.person_id or group.phone or group.parcel_ids[0], "")
            posted = self._posted(uow, at, {pid for g in groups for pid in g.parcel_ids})
            details = {"channel": str(NoticeChannel.WECHAT_TEXT), "recipients": len(groups),
                       "parcels": sum(len(g.parcel_ids) for g in groups), "list_notices_posted": posted}
            uow.audit.append(at=at, operator_id=actor.id, action="notice.wechat_posted", details=details)
            uow.outbox.append("parcel.notices_posted", details | {"by": actor.id}, record_id=new_id(),
                              created_wall=at)
        return WechatPost(text, len(groups), Changes.of(NOTICES))

    @staticmethod
    def _posted(uow, at: str, parcel_ids: set[str] | None = None) -> int:  # type: ignore[no-untyped-def]
        """Queued notice-board notices (of these parcels, or all) now count as sent."""
        count = 0
        for notice in uow.parcel_notices.with_state((NoticeState.QUEUED,), NoticeChannel.PRINT_LIST, 5000):
            if parcel_ids is None or parcel_ids.intersection(notice.parcel_ids):
                uow.parcel_notices.record_attempt(notice.id, NoticeState.SENT, "", at)
                count += 1
        return count

    def mark_posted(self, actor: Operator) -> Changes:
        """The arrival list was printed or pasted: queued non-SMS notices count as sent."""
        actor.require(Permission.COUNTER_WORK)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            compose_due_notices(uow, limit=5000)
            posted = self._posted(uow, at)
            details = {"channel": str(NoticeChannel.PRINT_LIST), "list_notices_posted": posted}
            uow.audit.append(at=at, operator_id=actor.id, action="notice.list_posted", details=details)
            uow.outbox.append("parcel.notices_posted", details | {"by": actor.id}, record_id=new_id(),
                              created_wall=at)
        return Changes.of(NOTICES)

    def print_arrival_list(self, actor: Operator) -> Changes:
        actor.require(Permission.COUNTER_WORK)
        if self._printer is None:
            raise DomainError("print.no_printer")
        lines = self.arrival_list()
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            slip = ParcelSlip("receipt", station_name(uow), "", tuple(
                f"{ln.name} {ln.phone_masked} {join_codes(ln.codes)}".strip() for ln in lines))
            self._printer.submit(uow, kind="receipt", document=slip.document(), ref_kind="arrival_list", ref_id=new_id(),
                                 operator_id=actor.id, at=at)
        return self.mark_posted(actor)

