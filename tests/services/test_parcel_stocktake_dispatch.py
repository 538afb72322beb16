"""Stock-take findings and sending a parcel with a tariff price, a payment and a real-name record."""

from __future__ import annotations

import pytest
from test_parcel_desk import Printer, Scale, take

from station.domain.errors import DomainError
from station.domain.ledger import Method
from station.domain.operators import Operator, Role
from station.domain.parcel_dispatch import IdType, mask_id, resident_id_ok
from station.domain.tariffs import Tariff, Zone, price_fen, volumetric_grams
from station.services.base import ServiceContext
from station.services.parcels import ParcelDesk, ParcelPorts
from station.services.parcels.dispatch import DispatchDraft
from station.storage.unit_of_work import SqlUnitOfWorkFactory

ID = "110101199003074514"


@pytest.fixture
def desk(engine, clock):
    return ParcelDesk.build(ServiceContext(SqlUnitOfWorkFactory(engine), clock),
                            ParcelPorts(scale=Scale(2300), printer=Printer()))


def test_stocktake_reports_missing_unknown_and_wrong_shelf(desk, shopkeeper):
    a = take(desk, shopkeeper, "SF1000000000001").parcel
    b = take(desk, shopkeeper, "SF1000000000002").parcel
    take(desk, shopkeeper, "SF1000000000003")
    st = desk.stocktake.start(shopkeeper)
    desk.stocktake.scan(shopkeeper, st, a.waybill, shelf="1")
    desk.stocktake.scan(shopkeeper, st, b.pickup_code, shelf="2")  # found on shelf 2, belongs on 1
    desk.stocktake.scan(shopkeeper, st, "YT9999999999999", shelf="1")
    result = desk.stocktake.finish(shopkeeper, st)
    assert result.expected == 3 and result.seen == 2
    assert [m["waybill"] for m in result.missing] == ["SF1000000000003"]
    assert [u["code"] for u in result.unknown] == ["YT9999999999999"]
    assert [w["waybill"] for w in result.wrong_shelf] == [b.waybill]
    with pytest.raises(DomainError):
        desk.stocktake.scan(shopkeeper, st, a.waybill)


def test_tariff_arithmetic():
    t = Tariff("zto", Zone.NATIONAL, 1000, 1000, 1000, 500, "2026-01-01")
    assert price_fen(t, 1000) == 1000 and price_fen(t, 1001) == 1500 and price_fen(t, 3000) == 2000
    assert volumetric_grams(40, 30, 20, 8000) == 3000
    assert resident_id_ok(ID) and not resident_id_ok("110101199003074515")
    assert mask_id(ID) == "110***********4514"


def draft(person_id: str, **kw) -> DispatchDraft:
    values = dict(sender_person_id=person_id, id_type=IdType.RESIDENT, id_number=ID, contents="苹果",
                  inspected=True, dest_name="王五", dest_phone="13900001111", dest_province="广东",
                  dest_address="广州市天河区某路1号", carrier="zto")
    return DispatchDraft(**(values | kw))


def test_dispatch_price_payment_masking_and_courier_handoff(desk, services, shopkeeper):
    sender, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    quote = desk.dispatch.quote(draft(sender.id, length_cm=40, width_cm=30, height_cm=30))
    assert quote.weight_g == 2300 and quote.volumetric_g == 4500 and quote.chargeable_g == 4500
    assert quote.price_fen == 1000 + 4 * 500
    with pytest.raises(DomainError) as err:
        desk.dispatch.accept(shopkeeper, draft(sender.id, inspected=False), Method.CASH)
    assert err.value.code == "dispatch.not_inspected"
    dispatch, _ = desk.dispatch.accept(shopkeeper, draft(sender.id), Method.CASH, print_receipt=True)
    assert dispatch.price_fen == 2000 and dispatch.id_number == mask_id(ID)
    assert services.ledger.balances()["cash"] == 2000
    supervisor = Operator("sup", "督导", Role.SUPERVISOR)
    assert desk.dispatch.get(supervisor, dispatch.id).id_number == ID
    handoff, _ = desk.dispatch.hand_to_courier(shopkeeper, [dispatch.id], "中通小王")
    assert desk.dispatch.get(shopkeeper, dispatch.id).handoff_id == handoff
    assert desk.dispatch.waiting_for_courier(shopkeeper) == []


def test_dispatch_needs_a_stable_weight(engine, clock, services, shopkeeper):
    desk = ParcelDesk.build(ServiceContext(SqlUnitOfWorkFactory(engine), clock), ParcelPorts(scale=Scale(None)))
    sender, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    with pytest.raises(DomainError) as err:
        desk.dispatch.quote(draft(sender.id))
    assert err.value.code == "dispatch.weight_missing"
    assert desk.dispatch.quote(draft(sender.id, weight_g=800)).price_fen == 1000


def test_tariffs_sent_down_by_the_hub_replace_the_local_table(desk, services, engine, shopkeeper):
    """Reference data is hub-authoritative: once the hub sent tariffs, dispatch prices with them."""
    import json

    sender, _ = services.people.create(shopkeeper, name="张三", phones=["13812345678"])
    local = desk.dispatch.quote(draft(sender.id)).price_fen
    hub_rows = [
        ("zto-national", {"carrier": "zto", "zone": "national", "first_weight_g": 1000, "first_fen": 800,
                          "step_g": 1000, "step_fen": 300, "effective_from": "2026-01-01"}),
        ("broken", {"carrier": "zto", "zone": "national"}),  # a bad row is skipped, not fatal
    ]
    with engine.begin() as conn:
        for key, value in hub_rows:
            conn.exec_driver_sql("INSERT INTO reference_data (dataset, key, value_json, version) VALUES (?, ?, ?, 1)",
                                 ("tariffs", key, json.dumps(value)))
    quote = desk.dispatch.quote(draft(sender.id, carrier="zto"))
    assert quote.price_fen == 800 + 2 * 300 != local  # 2,300 g: first kilogram + two more steps
    assert [t.id for t in desk.dispatch.tariffs()] == ["hub:zto-national"]
