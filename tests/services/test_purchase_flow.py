"""Agent purchases through the service: every transition, every money rule, nothing half-saved."""

from __future__ import annotations

import pytest
from purchase_support import RecordingPrinter, two_items
from sqlalchemy import text

from station.domain.errors import Conflict, DomainError, NotFound, PermissionDenied
from station.domain.ledger import Method, Purpose
from station.domain.operators import Role
from station.domain.purchase_money import LINK_KIND
from station.domain.purchase_receipts import plain_text
from station.domain.purchases import OrderState, make_item
from station.domain.service_fees import FixedFee, PercentageFee
from station.services.purchases import PurchaseService, PurchaseWaybillMatcher


@pytest.fixture
def printer():
    return RecordingPrinter()


@pytest.fixture
def purchases(services, printer):
    return PurchaseService(services.ctx, printer)


@pytest.fixture
def villager(services, shopkeeper):
    person, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"], village="和兴村")
    return person


def ledger_sum(services, order_id: str) -> int:
    with services.ctx.uow() as uow:
        return sum(e.signed_fen for e in uow.ledger.entries_for(LINK_KIND, order_id))


def count(engine, table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def arrive(services, order_id: str, waybill: str, parcel_id: str = "parcel-1", actor_id: str = "op"):
    with services.ctx.uow() as uow:
        return PurchaseWaybillMatcher().on_parcel_arrived(uow, parcel_id=parcel_id, waybill=waybill,
                                                          person_id=None, actor_id=actor_id, at="2026-11-26T10:00")


def test_create_with_two_items_and_a_deposit_prints_a_receipt(purchases, services, shopkeeper, villager, printer):
    purchases.set_fee_rule(shopkeeper, FixedFee(500))
    detail, changes = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), shipping_fen=800,
                                       deposit_fen=5000)
    order = detail.order
    assert changes.touches("purchases", "ledger")
    assert order.order_no == "DG-0001" and order.state == OrderState.DEPOSIT_PAID
    assert (order.goods_fen, order.shipping_fen, order.fee_fen, order.total_fen) == (15870, 800, 500, 17170)
    assert [i.name for i in order.items] == ["电饭煲", "儿童袜子"] and order.items[1].spec == "黑色 M"
    assert detail.money.paid_fen == 5000 and detail.money.fee_paid_fen == 500 and detail.balance_due_fen == 12170
    with services.ctx.uow() as uow:
        entries = uow.ledger.entries_for(LINK_KIND, order.id)
    assert [(e.purpose, e.amount_fen) for e in entries] == [(Purpose.SERVICE_FEE, 500), (Purpose.DEPOSIT, 4500)]
    assert [e.kind for e in detail.events] == ["created", "take_deposit"]
    assert detail.events[-1].operator_id == shopkeeper.id
    receipt = printer.jobs[0]["document"]
    assert printer.jobs[0]["ref_id"] == order.id and printer.jobs[0]["kind"] == "receipt"
    body = plain_text(receipt)
    assert "[DG-0001]" in body  # the QR code of the order number
    for part in ("DG-0001", "张三", "电饭煲", "3 x ￥9.90", "￥29.70", "￥171.70", "￥50.00", "￥121.70"):
        assert part in body
    second, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items()[:1], print_receipt=False)
    assert second.order.order_no == "DG-0002" and second.order.state == OrderState.QUOTED
    assert len(printer.jobs) == 1


def test_mobile_deposit_needs_its_reference(purchases, shopkeeper, villager, engine):
    with pytest.raises(DomainError) as err:
        purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=3000, method=Method.WECHAT)
    assert err.value.code == "ledger.reference_required"
    assert count(engine, "purchase_order") == 0 and count(engine, "ledger_entry") == 0
    detail, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=3000,
                                 method=Method.WECHAT, reference="4200001234")
    assert detail.money.paid_fen == 3000


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"deposit_fen": 10**6}, "purchase.deposit_exceeds_total"),
    ({"deposit_fen": -5}, "purchase.deposit_invalid"),
    ({"shipping_fen": -100}, "purchase.shipping_invalid"),
    ({"items": []}, "purchase.no_items"),
    ({"person_id": "nobody"}, "person.not_found"),
    ({"note": "很" * 201}, "purchase.note_too_long"),
])
def test_bad_orders_save_nothing(purchases, shopkeeper, villager, engine, printer, kwargs, code):
    values = {"person_id": villager.id, "items": two_items(), "shipping_fen": 0, "deposit_fen": 1000} | kwargs
    with pytest.raises(DomainError) as err:
        purchases.create(shopkeeper, **values)
    assert err.value.code == code
    for table in ("purchase_order", "purchase_item", "purchase_event", "ledger_entry"):
        assert count(engine, table) == 0
    assert printer.jobs == []


def _placed(purchases, shopkeeper, villager, **kwargs):
    detail, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=5000, **kwargs)
    detail, _ = purchases.place(shopkeeper, detail.order.id, "240611-0099")
    return detail


def test_placing_split_and_shared_platform_orders(purchases, shopkeeper, villager, services):
    first = _placed(purchases, shopkeeper, villager)
    assert first.order.state == OrderState.PLACED and first.order.platform_orders == ("240611-0099",)
    split, _ = purchases.place(shopkeeper, first.order.id, "240611-0100")  # one order over two platform orders
    assert split.order.platform_orders == ("240611-0099", "240611-0100") and split.order.state == OrderState.PLACED
    with pytest.raises(Conflict):
        purchases.place(shopkeeper, first.order.id, "240611-0100")
    neighbour, _ = services.people.create(shopkeeper, name="李四", phones=["13900001111"])
    other, _ = purchases.create(shopkeeper, person_id=neighbour.id, items=two_items()[:1])
    shared, _ = purchases.place(shopkeeper, other.order.id, "240611-0099")  # two villagers, one platform order
    assert shared.order.state == OrderState.PLACED
    assert {r.order_no for r in purchases.search("240611-0099")} == {"DG-0001", "DG-0002"}
    with pytest.raises(DomainError, match=r"purchase\.platform_order_invalid"):
        purchases.place(shopkeeper, first.order.id, "订单号")


def test_tracking_arrival_and_handover_with_the_balance(purchases, services, shopkeeper, villager, printer):
    order_id = _placed(purchases, shopkeeper, villager).order.id
    detail, _ = purchases.add_tracking(shopkeeper, order_id, " yt 7788 9900 1122 ")
    assert detail.order.state == OrderState.SHIPPED and detail.order.trackings[0].tracking_no == "YT778899001122"
    assert arrive(services, order_id, "NOT-OURS-123") is None
    facts = arrive(services, order_id, "YT778899001122", actor_id=shopkeeper.id)
    due = 15870 + 500 - 5000  # goods + default tier fee (￥5 for ￥50-200) - deposit
    assert facts == {"kind": "purchase", "order_id": order_id, "order_no": "DG-0001", "balance_fen": due,
                     "person_id": villager.id, "complete": True}
    assert arrive(services, order_id, "YT778899001122", parcel_id="parcel-2") is None  # a repeated scan
    detail = purchases.get(order_id)
    assert detail.order.state == OrderState.ARRIVED and detail.order.parcel_ids() == ["parcel-1"]
    assert purchases.for_parcel("parcel-1").order.id == order_id
    assert [r.order_no for r in purchases.arrived_not_collected()] == ["DG-0001"]
    assert purchases.find("DG-0001").order.id == order_id  # the receipt's QR
    assert purchases.find("YT778899001122").order.id == order_id

    with pytest.raises(DomainError) as err:
        purchases.hand_over(shopkeeper, order_id, 0)
    assert err.value.code == "purchase.balance_required" and err.value.params["due"] == due
    with pytest.raises(DomainError, match=r"purchase\.balance_too_much"):
        purchases.hand_over(shopkeeper, order_id, due + 100)
    assert purchases.get(order_id).order.state == OrderState.ARRIVED
    printed = len(printer.jobs)
    detail, _ = purchases.hand_over(shopkeeper, order_id, due)
    assert detail.order.state == OrderState.HANDED_OVER and detail.balance_due_fen == 0
    assert detail.events[-1].details["parcel_ids"] == ["parcel-1"]
    assert ledger_sum(services, order_id) == detail.order.total_fen == detail.money.paid_fen
    assert len(printer.jobs) == printed + 1
    assert purchases.arrived_not_collected() == []
    closed, _ = purchases.close(shopkeeper, order_id)
    assert closed.order.state == OrderState.CLOSED
    with pytest.raises(DomainError, match=r"purchase\.wrong_state"):
        purchases.hand_over(shopkeeper, order_id, 0)


def test_a_tracking_number_belongs_to_one_order(purchases, shopkeeper, villager):
    first = _placed(purchases, shopkeeper, villager).order.id
    second = _placed(purchases, shopkeeper, villager).order.id
    purchases.add_tracking(shopkeeper, first, "SF1234567890")
    with pytest.raises(Conflict) as err:
        purchases.add_tracking(shopkeeper, second, "sf1234567890")
    assert err.value.code == "purchase.tracking_taken" and err.value.params["order_no"] == "DG-0001"
    with pytest.raises(Conflict, match=r"purchase\.tracking_already_added"):
        purchases.add_tracking(shopkeeper, first, "SF1234567890")
    assert purchases.get(second).order.state == OrderState.PLACED


def test_split_delivery_arrives_with_the_last_parcel(purchases, services, shopkeeper, villager):
    order_id = _placed(purchases, shopkeeper, villager).order.id
    purchases.add_tracking(shopkeeper, order_id, "YT0000000001")
    purchases.add_tracking(shopkeeper, order_id, "ZTO0000000002")
    assert arrive(services, order_id, "YT0000000001")["complete"] is False
    assert purchases.get(order_id).order.state == OrderState.SHIPPED
    assert arrive(services, order_id, "ZTO0000000002", parcel_id="parcel-2")["complete"] is True
    detail = purchases.get(order_id)
    assert detail.order.state == OrderState.ARRIVED and detail.order.parcel_ids() == ["parcel-1", "parcel-2"]


def test_cancel_gives_back_what_was_paid(purchases, services, shopkeeper, villager):
    detail, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=5000)
    with pytest.raises(DomainError, match=r"purchase\.reason_required"):
        purchases.cancel(shopkeeper, detail.order.id, "  ")
    with pytest.raises(DomainError, match=r"purchase\.refund_exceeds_paid"):
        purchases.cancel(shopkeeper, detail.order.id, "不要了", refund_fen=5001)
    cancelled, _ = purchases.cancel(shopkeeper, detail.order.id, "村民不要了")
    assert cancelled.order.state == OrderState.CANCELLED and cancelled.money.refunded_fen == 5000
    assert ledger_sum(services, detail.order.id) == 0
    with pytest.raises(DomainError, match=r"purchase\.wrong_state"):
        purchases.take_deposit(shopkeeper, detail.order.id, 100)


def test_return_refund_and_close(purchases, services, shopkeeper, villager):
    order_id = _placed(purchases, shopkeeper, villager).order.id
    purchases.add_tracking(shopkeeper, order_id, "YT1111111111")
    arrive(services, order_id, "YT1111111111")
    detail = purchases.hand_over(shopkeeper, order_id, purchases.get(order_id).balance_due_fen)[0]
    paid = detail.money.paid_fen
    detail, _ = purchases.request_after_sales(shopkeeper, order_id, "return", "尺码不对")
    assert detail.order.state == OrderState.AFTER_SALES and detail.order.after_sales_kind == "return"
    with pytest.raises(DomainError, match=r"purchase\.after_sales_kind_invalid"):
        purchases.request_after_sales(shopkeeper, order_id, "repair", "x")
    detail, _ = purchases.dispatch_return(shopkeeper, order_id, "SF9988776655")
    assert detail.order.state == OrderState.RETURN_SENT
    assert detail.events[-1].details == {"return_waybill": "SF9988776655"}
    with pytest.raises(DomainError) as err:
        purchases.refund(shopkeeper, order_id, paid + 1, reason="平台退款")
    assert err.value.code == "purchase.refund_exceeds_paid" and err.value.params["paid"] == paid
    detail, _ = purchases.refund(shopkeeper, order_id, paid - 500, reason="平台退款，服务费不退")
    assert detail.order.state == OrderState.REFUNDED
    assert ledger_sum(services, order_id) == 500 == detail.money.paid_fen - detail.money.refunded_fen
    assert purchases.close(shopkeeper, order_id)[0].order.state == OrderState.CLOSED


def test_exchange_brings_a_replacement_with_a_new_tracking_number(purchases, services, shopkeeper, villager):
    order_id = _placed(purchases, shopkeeper, villager).order.id
    purchases.add_tracking(shopkeeper, order_id, "YT2222222222")
    arrive(services, order_id, "YT2222222222")
    purchases.request_after_sales(shopkeeper, order_id, "exchange", "颜色不对")  # refused before handover
    purchases.dispatch_return(shopkeeper, order_id, "SF5555555555")
    detail, _ = purchases.add_tracking(shopkeeper, order_id, "YT3333333333")
    assert detail.order.state == OrderState.SHIPPED and detail.order.round == 2
    assert arrive(services, order_id, "YT3333333333", parcel_id="parcel-9")["complete"] is True
    detail = purchases.get(order_id)
    assert detail.order.state == OrderState.ARRIVED and detail.order.parcel_ids() == ["parcel-9"]
    detail, _ = purchases.hand_over(shopkeeper, order_id, detail.balance_due_fen)
    assert detail.order.state == OrderState.HANDED_OVER


def test_commission_is_kept_apart_and_reported_by_month(purchases, services, shopkeeper, villager, clock):
    order_id = _placed(purchases, shopkeeper, villager).order.id
    purchases.set_expected_commission(shopkeeper, order_id, 320)
    before = ledger_sum(services, order_id)
    with pytest.raises(DomainError, match=r"ledger\.reference_required"):
        purchases.record_commission(shopkeeper, order_id, 300)  # bank transfer by default
    purchases.record_commission(shopkeeper, order_id, 300, Method.BANK, "NB20261201")
    assert ledger_sum(services, order_id) == before  # the villager's money is untouched
    clock.advance(days=10)
    later = _placed(purchases, shopkeeper, villager).order.id
    purchases.set_expected_commission(shopkeeper, later, 100)
    report = purchases.commission_report(2026)
    assert [(r["month"], r["orders"], r["expected_fen"], r["received_fen"]) for r in report] == [
        ("2026-11", 1, 320, 300), ("2026-12", 1, 100, 0)]
    assert report[0]["fee_fen"] == 500


def test_lists_by_state_age_and_the_deposit_not_placed_warning(purchases, services, shopkeeper, villager, clock):
    waiting, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=1000)
    purchases.create(shopkeeper, person_id=villager.id, items=[make_item("化肥", "jd", 2, 8800)])
    assert purchases.deposit_not_placed() == []
    clock.advance(hours=25)
    fresh, _ = purchases.create(shopkeeper, person_id=villager.id, items=two_items(), deposit_fen=1000)
    assert [r.id for r in purchases.deposit_not_placed()] == [waiting.order.id]
    rows = purchases.open_orders()
    assert [r.order_no for r in rows] == ["DG-0001", "DG-0002", "DG-0003"]  # longest waiting first
    assert rows[0].person_name == "张三" and rows[0].paid_fen == 1000 and rows[0].item_count == 2
    assert rows[0].first_item == "电饭煲"
    assert {r.order_no for r in purchases.search("zs")} == {"DG-0001", "DG-0002", "DG-0003"}
    assert [r.order_no for r in purchases.search("化肥")] == ["DG-0002"]
    assert [r.order_no for r in purchases.search("dg-3")] == ["DG-0003"]
    assert purchases.counts() == {"deposit_paid": 2, "quoted": 1}
    purchases.cancel(shopkeeper, fresh.order.id, "重复下单")
    assert [r.order_no for r in purchases.open_orders()] == ["DG-0001", "DG-0002"]


def test_roles(purchases, services, shopkeeper, villager):
    clerk, _ = services.auth.add_operator(shopkeeper, "李小红", Role.CLERK, "1357")
    supervisor, _ = services.auth.add_operator(shopkeeper, "赵督导", Role.SUPERVISOR, "2468")
    with pytest.raises(PermissionDenied):
        purchases.set_fee_rule(clerk, PercentageFee(300))
    with pytest.raises(PermissionDenied):
        purchases.create(supervisor, person_id=villager.id, items=two_items())
    detail, _ = purchases.create(clerk, person_id=villager.id, items=two_items(), deposit_fen=100)
    assert detail.events[0].operator_id == clerk.id
    with pytest.raises(NotFound):
        purchases.get("missing")


def test_the_receipt_prints_on_an_escpos_printer_with_its_qr(purchases, shopkeeper, villager, printer):
    """Encode the stored document as the print worker would and read the bytes back."""
    from station.printing.escpos import EscPosProfile, encode_receipt
    from station.printing.interpreter import interpret

    purchases.create(shopkeeper, person_id=villager.id, items=two_items(), shipping_fen=800, deposit_fen=5000)
    data = encode_receipt(printer.jobs[0]["document"], EscPosProfile.from_options({}))
    assert len(data) <= 1536  # quality bar: a purchase receipt within 1.5 KB
    seen = interpret(data)
    assert seen.qr_payloads == ["DG-0001"]
    for part in ("DG-0001", "张三", "电饭煲", "儿童袜子", "￥171.70", "￥50.00"):
        assert part in seen.text, part
    assert seen.ends_with_cut
