"""Parcel desk services against a real migrated database: intake, handover, notices, retention."""

from __future__ import annotations

import json
import sqlite3

import pytest
from support import FixedClock

from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.notices import NoticeChannel, NoticeState
from station.domain.operators import Role
from station.domain.parcels import ParcelSettings, ParcelStatus, ProblemKind
from station.domain.pickup_codes import ShelfSpec
from station.services.base import ServiceContext
from station.services.bundle import Services
from station.services.parcels import ParcelDesk, ParcelPorts
from station.services.parcels.intake import IntakeRequest
from station.storage.unit_of_work import SqlUnitOfWorkFactory


class Scale:
    def __init__(self, grams: int | None) -> None:
        self.grams = grams

    def latest_stable_grams(self) -> int | None:
        return self.grams


class Sender:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.sent: list[tuple[str, str]] = []

    def send(self, phone: str, text: str) -> tuple[bool, str]:
        if self.fail:
            return False, "modem.no_signal"
        self.sent.append((phone, text))
        return True, ""


class Printer:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, object]] = []

    def submit(self, uow, *, kind, document, ref_kind, ref_id, operator_id, at) -> str:
        self.jobs.append((kind, document))
        return "job"


class Matcher:
    def on_parcel_arrived(self, uow, *, parcel_id, waybill, person_id, actor_id, at):
        return {"kind": "purchase", "order_no": "DG-0042", "balance_fen": 3500} if waybill.endswith("42") else None


@pytest.fixture
def ports():
    return ParcelPorts(scale=Scale(1234), printer=Printer(), sender=Sender(), matchers=(Matcher(),))


@pytest.fixture
def desk(engine, clock, ports) -> ParcelDesk:
    return ParcelDesk.build(ServiceContext(SqlUnitOfWorkFactory(engine), clock), ports)


@pytest.fixture
def zhang(services: Services, shopkeeper):
    person, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"], village="和兴村")
    return person


def take(desk, actor, waybill, **kw):
    return desk.intake.take_in(actor, IntakeRequest(waybill, **kw))


def test_intake_assigns_slot_code_weight_notice_and_outbox(desk, shopkeeper, zhang, engine, ports):
    result = take(desk, shopkeeper, "SF1234567890123", recipient_phone="13812345678", print_sticker=True)
    p = result.parcel
    assert p.carrier == "sf" and p.person_id == zhang.id and not p.needs_completion
    assert p.pickup_code == "1-1-0001" and p.slot == "1-1" and p.weight_g == 1234
    assert result.weight_source == "scale"
    assert ports.printer.jobs[0][0] == "label" and ports.printer.jobs[0][1].elements[0].text == "1-1-0001"
    [notice] = desk.notices.notices()  # composed after the intake's commit, before anyone reads the queue
    assert notice.parcel_ids == (p.id,) and notice.person_id == zhang.id and "1-1-0001" in notice.text
    with engine.connect() as conn:
        kinds = [k for (k,) in conn.exec_driver_sql("SELECT kind FROM outbox ORDER BY seq")]
        assert "parcel.taken_in" in kinds
        assert conn.exec_driver_sql("SELECT occupied FROM shelf_slot WHERE slot='1-1'").scalar() == 1
    second = take(desk, shopkeeper, "ZTO-X-99887766".replace("-", ""))
    assert second.parcel.pickup_code == "1-1-0002" and second.parcel.needs_completion


def test_duplicate_waybill_says_where_the_parcel_is(desk, shopkeeper):
    take(desk, shopkeeper, "SF1234567890123")
    with pytest.raises(DomainError) as err:
        take(desk, shopkeeper, "sf1234567890123")
    assert err.value.code == "parcel.duplicate" and err.value.params["pickup_code"] == "1-1-0001"


def test_pickup_code_scanned_into_intake_and_garbage_are_refused(desk, shopkeeper):
    for text, code in (("3-2-0417", "intake.pickup_code_scanned"), ("张三", "waybill.invalid")):
        with pytest.raises(DomainError) as err:
            take(desk, shopkeeper, text)
        assert err.value.code == code


def test_masked_and_last4_recipients_are_matched_or_left_to_complete(desk, shopkeeper, zhang):
    assert [p.id for p in desk.intake.match_recipient("138****5678")] == [zhang.id]
    assert [p.id for p in desk.intake.match_recipient("5678")] == [zhang.id]
    assert desk.intake.match_recipient("139****5678") == []
    result = take(desk, shopkeeper, "YT1234567890123", recipient_phone="17012345678-1234")
    assert result.parcel.needs_completion and result.parcel.recipient_phone == "17012345678-1234"
    updated, _ = desk.intake.complete_recipient(shopkeeper, result.parcel.id, zhang.id)
    assert updated.person_id == zhang.id and not updated.needs_completion


def test_slot_capacity_is_guarded_by_the_database(desk, shopkeeper, engine):
    desk.retention.save_shelves(shopkeeper, [ShelfSpec("1", 1, 2)])
    take(desk, shopkeeper, "SF1000000000001")
    take(desk, shopkeeper, "SF1000000000002")
    with pytest.raises(DomainError) as err:
        take(desk, shopkeeper, "SF1000000000003")
    assert err.value.code == "shelf.all_full"
    with engine.connect() as conn, pytest.raises(Exception, match="CHECK"):
        conn.exec_driver_sql("UPDATE shelf_slot SET occupied = 3 WHERE slot = '1-1'")
    with pytest.raises(DomainError) as err:
        desk.retention.save_shelves(shopkeeper, [ShelfSpec("2", 1, 5)])
    assert err.value.code == "shelf.not_empty"


def test_codes_rest_for_the_cool_down_before_reuse(desk, shopkeeper, zhang, clock: FixedClock, engine):
    desk.retention.save_settings(shopkeeper, ParcelSettings(cooldown_hours=24))
    first = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    desk.handover.hand_over(shopkeeper, [first.id])  # serial 1 now rests for 24 hours
    second = take(desk, shopkeeper, "SF1000000000002").parcel
    with engine.begin() as conn:  # pretend the serial space has been walked round to its end
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 9999 WHERE id = ?", (second.id,))
    assert take(desk, shopkeeper, "SF1000000000003").parcel.pickup_serial == 2  # 1 is cooling
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 5000 WHERE id = ?", (second.id,))
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 9999 WHERE waybill = 'SF1000000000003'")
    clock.advance(hours=25)
    assert take(desk, shopkeeper, "SF1000000000004").parcel.pickup_serial == 1  # rested: reused


def test_next_fit_walks_past_a_long_run_of_resting_codes(desk, shopkeeper, engine):
    desk.retention.save_settings(shopkeeper, ParcelSettings(cooldown_hours=24), [ShelfSpec("1", 5, 40)])
    parcels = [take(desk, shopkeeper, f"SF10000000001{i:02d}").parcel for i in range(30)]
    assert [p.pickup_serial for p in parcels] == list(range(1, 31))
    for p in parcels[1:29]:  # serials 2..29 rest for a day: more than the one-by-one probes look at
        desk.handover.hand_over(shopkeeper, [p.id])
    with engine.begin() as conn:  # the newest parcel holds serial 1, so next-fit starts at 2
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 0 WHERE id = ?", (parcels[0].id,))
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 1 WHERE id = ?", (parcels[29].id,))
        conn.exec_driver_sql("UPDATE parcel SET pickup_serial = 30 WHERE id = ?", (parcels[0].id,))
    assert take(desk, shopkeeper, "SF1000000000200").parcel.pickup_serial == 31


def test_handover_of_several_parcels_in_one_action_frees_slots(desk, shopkeeper, zhang, engine):
    ids = [take(desk, shopkeeper, f"SF10000000000{i:02d}", person_id=zhang.id).parcel.id for i in range(3)]
    found = desk.handover.lookup("5678")
    assert {p.id for p in found.parcels} == set(ids) and found.people[0].id == zhang.id
    assert [p.id for p in desk.handover.lookup("1-1-0002").parcels] == [ids[1]]
    assert [p.id for p in desk.handover.lookup("0000001").parcels] == [ids[1]]  # waybill suffix
    result = desk.handover.hand_over(shopkeeper, ids, picked_by="李四")
    assert len(result.parcels) == 3
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT occupied FROM shelf_slot WHERE slot='1-1'").scalar() == 0
    with pytest.raises(DomainError) as err:
        desk.handover.hand_over(shopkeeper, ids[:1])
    assert err.value.code == "handover.already_out"
    with pytest.raises(DomainError) as err:
        desk.handover.lookup("1-1-0002")
    assert err.value.code == "pickup.nothing_waiting"
    desk.handover.undo_handover(shopkeeper, result.handover_id, "wrong person")
    back = desk.handover.lookup("1-1-0002").parcels
    assert back[0].id == ids[1] and back[0].status == ParcelStatus.WAITING


def test_household_parcels_on_request(desk, services, shopkeeper, zhang):
    wife, _ = services.people.create(shopkeeper, name="王芳", phones=["13700001111"], household=zhang.household)
    take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id)
    take(desk, shopkeeper, "SF1000000000002", person_id=wife.id)
    assert len(desk.handover.waiting_for_person(zhang.id)) == 1
    assert len(desk.handover.waiting_for_person(zhang.id, household=True)) == 2


def test_storage_fee_is_a_ledger_entry_in_the_handover(desk, services, shopkeeper, zhang, clock):
    desk.retention.save_settings(shopkeeper, ParcelSettings(free_days=2, fee_per_day_fen=100, fee_cap_fen=500))
    parcel = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    clock.advance(days=5)
    with pytest.raises(DomainError) as err:
        desk.handover.hand_over(shopkeeper, [parcel.id])
    assert err.value.code == "handover.fee_unpaid" and err.value.params["fee"] == 300
    result = desk.handover.hand_over(shopkeeper, [parcel.id], fee_method=Method.CASH)
    assert result.fee_fen == 300
    assert services.ledger.balances()["cash"] == 300


def test_undoing_a_handover_with_a_fee_pays_the_fee_back_in_the_same_action(desk, services, shopkeeper, zhang,
                                                                             clock):
    desk.retention.save_settings(shopkeeper, ParcelSettings(free_days=2, fee_per_day_fen=100, fee_cap_fen=500))
    parcel = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    clock.advance(days=5)
    result = desk.handover.hand_over(shopkeeper, [parcel.id], fee_method=Method.WECHAT, fee_reference="WX1")
    clerk, _ = services.auth.add_operator(shopkeeper, "李小红", Role.CLERK, "1357")
    with pytest.raises(DomainError) as err:  # a clerk may not correct money: nothing changes
        desk.handover.undo_handover(clerk, result.handover_id, "wrong person")
    assert err.value.code == "handover.undo_fee_needs_shopkeeper" and err.value.params["fee"] == "￥3.00"
    assert desk.intake.get(parcel.id).status == ParcelStatus.HANDED_OVER
    assert services.ledger.balances()["wechat"] == 300
    undone = desk.handover.undo_handover(shopkeeper, result.handover_id, "wrong person")
    assert undone.refunded_fen == 300 and undone.parcel_count == 1 and undone.changes.touches("ledger")
    assert services.ledger.balances()["wechat"] == 0
    entries = services.ledger.entries_on(clock.now().date().isoformat())
    refund = next(e for e in entries if e.reverses_id is not None)
    assert refund.note == "wrong person" and refund.method == Method.WECHAT
    assert desk.intake.get(parcel.id).status == ParcelStatus.WAITING
    # handed over again without a fee (waived) and undone by a clerk: no money moves
    again = desk.handover.hand_over(shopkeeper, [parcel.id], waive_fee=True)
    assert desk.handover.undo_handover(clerk, again.handover_id, "again").refunded_fen == 0


def test_undo_intake_is_a_reversing_event(desk, shopkeeper, engine):
    parcel = take(desk, shopkeeper, "SF1000000000001", recipient_phone="13812345678").parcel
    desk.intake.undo_intake(shopkeeper, parcel.id, "scanned twice")
    assert desk.intake.get(parcel.id).status == ParcelStatus.VOIDED
    again = take(desk, shopkeeper, "SF1000000000001")  # a voided scan is no duplicate
    assert again.parcel.status == ParcelStatus.WAITING
    with engine.connect() as conn:
        # the parcel's events are its audit trail: what, who and why
        trail = conn.exec_driver_sql(
            "SELECT kind, operator_id, details FROM parcel_event WHERE parcel_id = ? ORDER BY id", (parcel.id,)).all()
        assert [(kind, who) for kind, who, _ in trail] == [("taken_in", shopkeeper.id), ("intake_undone", shopkeeper.id)]
        assert json.loads(trail[1][2]) == {"reason": "scanned twice"}
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("DELETE FROM parcel_event")


def test_one_notice_per_person_per_batch_and_sending(desk, shopkeeper, zhang, ports):
    for i in range(3):
        take(desk, shopkeeper, f"SF100000000000{i}", person_id=zhang.id, batch_id="b1")
    queued = desk.notices.notices((NoticeState.QUEUED,))
    assert len(queued) == 1 and len(queued[0].parcel_ids) == 3 and "3件" in queued[0].text
    report = desk.notices.send_queued(shopkeeper)
    assert report.sent == 1 and ports.sender.sent[0][0] == "13812345678"


def test_a_batch_past_midnight_starts_a_new_notice(desk, shopkeeper, zhang, clock: FixedClock):
    clock.current = clock.current.replace(hour=23, minute=50)
    take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id, batch_id="b1")
    take(desk, shopkeeper, "SF1000000000002", person_id=zhang.id, batch_id="b1")
    clock.advance(minutes=20)  # the next business day, the same batch still open
    take(desk, shopkeeper, "SF1000000000003", person_id=zhang.id, batch_id="b1")
    queued = sorted(desk.notices.notices((NoticeState.QUEUED,)), key=lambda n: n.business_date)
    assert [len(n.parcel_ids) for n in queued] == [2, 1]
    assert queued[0].business_date < queued[1].business_date


def notice_rows(engine):
    with engine.connect() as conn:
        due = [i for (i,) in conn.exec_driver_sql("SELECT parcel_id FROM parcel_notice_due")]
        notices = conn.exec_driver_sql("SELECT parcel_ids, created_at, business_date FROM parcel_notice").all()
    return due, notices


def test_the_arrival_notice_is_composed_after_the_commit_even_after_a_crash(engine, clock, ports, shopkeeper, zhang):
    desk = ParcelDesk.build(ServiceContext(SqlUnitOfWorkFactory(engine), clock), ports)
    first = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id, batch_id="b1").parcel
    clock.advance(minutes=1)
    second = take(desk, shopkeeper, "SF1000000000002", person_id=zhang.id, batch_id="b1").parcel
    # the intake's commit holds only the mark; the program stops here (a crash) before composing
    assert notice_rows(engine) == ([first.id, second.id], [])
    clock.advance(hours=2)
    restarted = ParcelDesk.build(ServiceContext(SqlUnitOfWorkFactory(engine), clock), ports)
    assert restarted.notices.compose_due() == 2  # what the program does at its start
    due, [(ids, created_at, business_date)] = notice_rows(engine)
    assert due == [] and json.loads(ids) == [first.id, second.id]  # one SMS for the batch, in intake order
    assert (created_at, business_date) == (first.taken_in_at, first.taken_in_date)  # dated by the intake
    [notice] = restarted.notices.notices((NoticeState.QUEUED,))
    assert first.pickup_code in notice.text and second.pickup_code in notice.text
    assert restarted.notices.compose_due() == 0


def test_a_parcel_gone_before_its_notice_was_composed_gets_none(desk, shopkeeper, zhang, engine):
    undone = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    desk.intake.undo_intake(shopkeeper, undone.id, "scanned twice")
    handed = take(desk, shopkeeper, "SF1000000000002", person_id=zhang.id).parcel
    desk.handover.hand_over(shopkeeper, [handed.id])
    nobody = take(desk, shopkeeper, "SF1000000000003").parcel  # nobody to tell yet: no mark at all
    assert notice_rows(engine)[0] == [handed.id]
    assert desk.notices.notices() == [] and notice_rows(engine) == ([], [])
    desk.intake.complete_recipient(shopkeeper, nobody.id, zhang.id)  # now there is: queued at once
    assert [n.parcel_ids for n in desk.notices.notices()] == [(nobody.id,)]


def test_failed_sms_is_recorded_and_resent(desk, shopkeeper, zhang, ports):
    take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id)
    ports.sender.fail = True
    assert desk.notices.send_queued(shopkeeper).failed == 1
    failed = desk.notices.notices((NoticeState.FAILED,))[0]
    assert failed.last_error == "modem.no_signal"
    ports.sender.fail = False
    ok, _ = desk.notices.resend(shopkeeper, failed.id)
    assert ok and desk.notices.notices((NoticeState.RESENT,))[0].id == failed.id


def test_purchase_match_changes_the_notice(desk, shopkeeper, zhang):
    result = take(desk, shopkeeper, "SF1234567890142", person_id=zhang.id)
    assert result.match["order_no"] == "DG-0042"
    notice = desk.notices.notices((NoticeState.QUEUED,))[0]
    assert "DG-0042" in notice.text and "35.00" in notice.text


def test_reminders_once_a_day_per_person(desk, shopkeeper, zhang, clock):
    take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id)
    take(desk, shopkeeper, "SF1000000000002", person_id=zhang.id)
    clock.advance(days=3)
    count, _ = desk.notices.queue_reminders(shopkeeper)
    assert count == 1
    assert desk.notices.queue_reminders(shopkeeper)[0] == 0
    clock.advance(days=1)
    assert desk.notices.queue_reminders(shopkeeper)[0] == 0  # stage 3 days already done
    clock.advance(days=3)
    assert desk.notices.queue_reminders(shopkeeper)[0] == 1  # 7 days


def test_print_list_and_wechat_text_for_unknown_phones(desk, shopkeeper):
    take(desk, shopkeeper, "SF1000000000001", recipient_phone="138****5678", recipient_name="赵六")
    queued = desk.notices.notices((NoticeState.QUEUED,))
    assert queued[0].channel == NoticeChannel.PRINT_LIST
    text = desk.notices.wechat_text()
    assert "1-1-0001" in text and "138****5678" in text and "赵六" not in text


def test_overdue_extend_problem_and_return(desk, shopkeeper, zhang, clock):
    a = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    b = take(desk, shopkeeper, "SF1000000000002").parcel
    clock.advance(days=8)
    rows = desk.retention.overdue()
    assert [r.parcel.id for r in rows] == [a.id, b.id] and rows[0].age_days == 8
    desk.retention.extend_hold(shopkeeper, a.id, 5)
    desk.retention.mark_problem(shopkeeper, b.id, ProblemKind.REFUSED, "拒收")
    handoff, _ = desk.retention.return_to_carrier(shopkeeper, [b.id], "快递员小李", print_list=True)
    assert handoff and desk.intake.get(b.id).status == ParcelStatus.RETURNED
    figures = desk.intake.figures()
    assert figures.waiting == 1 and figures.overdue == 1


def test_notice_text_from_the_hub_replaces_the_station_template(desk, shopkeeper, zhang, engine):
    import json

    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO reference_data (dataset, key, value_json, version) VALUES "
                             "('notice_templates', 'arrival', ?, 1)",
                             (json.dumps({"text": "【{station}】快件到了，取件码{code}，乡镇统一模板"}),))
    take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id)
    [notice] = desk.notices.notices((NoticeState.QUEUED,))
    assert notice.text.endswith("乡镇统一模板") and "【和兴村服务站】" in notice.text


def test_storage_policy_from_the_hub_replaces_the_station_settings(desk, shopkeeper, zhang, engine, clock):
    import json

    desk.retention.save_settings(shopkeeper, ParcelSettings(free_days=2, fee_per_day_fen=100, fee_cap_fen=500))
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO reference_data (dataset, key, value_json, version) VALUES "
                             "('settings', 'parcels', ?, 1)",
                             (json.dumps({"free_days": 4, "fee_per_day_fen": 50, "serial_digits": 6}),))
    settings = desk.retention.settings()
    assert (settings.free_days, settings.fee_per_day_fen, settings.fee_cap_fen) == (4, 50, 500)
    assert settings.serial_digits == 4  # codes and shelves stay the station's own
    assert desk.retention.hub_managed() == {"free_days", "fee_per_day_fen"}
    parcel = take(desk, shopkeeper, "SF1000000000001", person_id=zhang.id).parcel
    clock.advance(days=6)
    assert desk.handover.fee_due([desk.intake.get(parcel.id)]) == 100  # two days over the hub's four, at 0.50
    with engine.begin() as conn:  # a value no station could use: the station's own settings hold
        conn.exec_driver_sql("UPDATE reference_data SET value_json = ? WHERE dataset = 'settings'",
                             (json.dumps({"free_days": 999}),))
    assert desk.retention.settings().free_days == 2


def test_the_counter_is_shown_the_parcel_before_its_commit(desk, shopkeeper, engine):
    """``shown`` comes when everything is written and checked, inside the transaction: another reader
    does not see the parcel yet; after take_in returns it does."""
    database = engine.url.database
    seen = []

    def shown(result):
        with sqlite3.connect(database) as other:
            seen.append((result.parcel.pickup_code, other.execute(
                "SELECT count(*) FROM parcel WHERE waybill = 'SF1234567890123'").fetchone()[0]))

    result = desk.intake.take_in(shopkeeper, IntakeRequest("SF1234567890123"), shown)
    assert seen == [(result.parcel.pickup_code, 0)]
    with sqlite3.connect(database) as other:
        assert other.execute("SELECT count(*) FROM parcel WHERE waybill = 'SF1234567890123'").fetchone()[0] == 1


def test_a_failure_after_the_parcel_was_shown_leaves_nothing(desk, shopkeeper, engine):
    def disk_fails(_result):
        raise sqlite3.OperationalError("disk I/O error")  # as the commit would

    tables = ("parcel", "parcel_event", "parcel_notice", "outbox", "audit_log")

    def counts() -> list[int]:
        with engine.connect() as conn:
            return [conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() for table in tables]

    before = counts()
    with pytest.raises(sqlite3.OperationalError):
        desk.intake.take_in(shopkeeper, IntakeRequest("SF1234567890123", recipient_phone="13812345678"), disk_fails)
    assert counts() == before
    with engine.connect() as conn:
        assert not conn.exec_driver_sql("SELECT sum(occupied) FROM shelf_slot").scalar()
    assert take(desk, shopkeeper, "SF1234567890123").parcel.pickup_code == "1-1-0001"  # nothing was used up
