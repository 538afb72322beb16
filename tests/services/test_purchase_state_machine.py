"""Random sequences of counter actions never break the ledger invariants of agent purchases.

Each example starts from a copy of one set-up database (migrating per example would be slow), plays
random actions, some of them invalid, and checks after every step that:
- an action that was refused left no trace (no ledger entry, no event);
- per order, the sum of its ledger entries equals what the model says the villager paid minus refunds;
- nobody ever pays more than the total, nor gets back more than they paid;
- a handed-over order is paid in full; a cancelled one is refunded in full;
- each order's events form an unbroken chain ending in its current state; the hash chain verifies.
"""

from __future__ import annotations

import sqlite3
import uuid
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import text
from support import SHOPKEEPER_PIN, FixedClock

from station.domain.errors import DomainError
from station.domain.ledger import Method, Purpose
from station.domain.purchase_money import LINK_KIND, PAYMENT_PURPOSES
from station.domain.purchases import OrderState, make_item
from station.services.base import ServiceContext
from station.services.ledger import LedgerService
from station.services.people import PeopleService
from station.services.purchases import PurchaseService, PurchaseWaybillMatcher
from station.services.setup import SetupService
from station.storage.db import open_database
from station.storage.unit_of_work import SqlUnitOfWorkFactory

TEMPLATE: dict[str, object] = {}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("purchase-machine")
    path = folder / "template.sqlite3"
    engine = open_database(path, folder / "backups")
    ctx = ServiceContext(SqlUnitOfWorkFactory(engine), FixedClock())
    shopkeeper, _ = SetupService(ctx).create_station(name="和兴村服务站", code="HX-001", shopkeeper_name="王秀英",
                                                     pin=SHOPKEEPER_PIN, paper_width_mm=58)
    person, _ = PeopleService(ctx).create(shopkeeper, name="张三", phones=["13812345678"])
    engine.dispose()
    return {"path": path, "folder": folder, "shopkeeper": shopkeeper, "person_id": person.id}


METHODS = st.sampled_from([(Method.CASH, ""), (Method.WECHAT, "4200009"), (Method.WECHAT, "")])
AMOUNTS = st.integers(min_value=-100, max_value=40_000)


class PurchaseMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        t = TEMPLATE
        path = Path(t["folder"]) / f"{uuid.uuid4().hex}.sqlite3"  # type: ignore[arg-type]
        source, target = sqlite3.connect(t["path"]), sqlite3.connect(path)  # type: ignore[arg-type]
        source.backup(target)
        source.close()
        target.close()
        self.engine = open_database(path, Path(t["folder"]) / "backups")  # type: ignore[arg-type]
        self.clock = FixedClock()
        ctx = ServiceContext(SqlUnitOfWorkFactory(self.engine), self.clock)
        self.ctx = ctx
        self.purchases = PurchaseService(ctx)
        self.ledger = LedgerService(ctx)
        self.actor = t["shopkeeper"]
        self.person_id = t["person_id"]
        self.orders: list[str] = []
        self.net: dict[str, int] = {}
        self.cancel_refund: dict[str, int] = {}
        self.tracking_seq = 0

    def teardown(self) -> None:
        self.engine.dispose()

    # -- helpers -------------------------------------------------------------------------------------
    def _counts(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            return (conn.execute(text("SELECT count(*) FROM ledger_entry")).scalar_one(),
                    conn.execute(text("SELECT count(*) FROM purchase_event")).scalar_one())

    def _attempt(self, action):  # type: ignore[no-untyped-def]
        """Run an action; a refusal must leave the database exactly as it was."""
        before = self._counts()
        try:
            return action()
        except DomainError:
            assert self._counts() == before
            return None

    def _pick(self, index: int) -> str | None:
        return self.orders[index % len(self.orders)] if self.orders else None

    # -- rules ---------------------------------------------------------------------------------------
    @initialize()
    def first_order(self) -> None:
        self.create(2, 1500, 2, 1000, (Method.CASH, ""))

    @rule(n_items=st.integers(0, 3), price=AMOUNTS, quantity=st.integers(-1, 5), deposit=AMOUNTS, pay=METHODS)
    def create(self, n_items: int, price: int, quantity: int, deposit: int, pay: tuple[Method, str]) -> None:
        def act():  # type: ignore[no-untyped-def]
            items = [make_item(f"商品{i}", "taobao", quantity, price + i) for i in range(n_items)]
            return self.purchases.create(self.actor, person_id=self.person_id, items=items, shipping_fen=300,
                                         deposit_fen=deposit, method=pay[0], reference=pay[1])
        result = self._attempt(act)
        if result:
            order_id = result[0].order.id
            self.orders.append(order_id)
            self.net[order_id] = deposit

    @rule(index=st.integers(0, 50), amount=AMOUNTS, pay=METHODS)
    def take_deposit(self, index: int, amount: int, pay: tuple[Method, str]) -> None:
        order_id = self._pick(index)
        if order_id and self._attempt(lambda: self.purchases.take_deposit(self.actor, order_id, amount, *pay)):
            self.net[order_id] += amount

    @rule(index=st.integers(0, 50), number=st.sampled_from(["240611-0001", "240611-0002", "坏"]))
    def place(self, index: int, number: str) -> None:
        order_id = self._pick(index)
        if order_id:
            self._attempt(lambda: self.purchases.place(self.actor, order_id, number))

    @rule(index=st.integers(0, 50), reuse=st.booleans())
    def add_tracking(self, index: int, reuse: bool) -> None:
        order_id = self._pick(index)
        if order_id:
            if not reuse:
                self.tracking_seq += 1
            self._attempt(lambda: self.purchases.add_tracking(self.actor, order_id, f"YT{self.tracking_seq:010d}"))

    @rule(index=st.integers(0, 50))
    def parcels_arrive(self, index: int) -> None:
        order_id = self._pick(index)
        if not order_id:
            return
        for tracking in self.purchases.get(order_id).order.current_trackings():
            with self.ctx.uow() as uow:
                PurchaseWaybillMatcher().on_parcel_arrived(
                    uow, parcel_id=f"p-{tracking.tracking_no}", waybill=tracking.tracking_no, person_id=None,
                    actor_id=self.actor.id, at=self.ctx.now_iso())

    @rule(index=st.integers(0, 50), exact=st.booleans(), off=st.integers(1, 500), pay=METHODS)
    def hand_over(self, index: int, exact: bool, off: int, pay: tuple[Method, str]) -> None:
        order_id = self._pick(index)
        if not order_id:
            return
        due = self.purchases.get(order_id).balance_due_fen
        amount = due if exact else due + off
        if self._attempt(lambda: self.purchases.hand_over(self.actor, order_id, amount, *pay, print_receipt=False)):
            self.net[order_id] += amount

    @rule(index=st.integers(0, 50), everything=st.booleans())
    def cancel(self, index: int, everything: bool) -> None:
        order_id = self._pick(index)
        if not order_id:
            return
        amount = None if everything else self.net[order_id] + 1
        if self._attempt(lambda: self.purchases.cancel(self.actor, order_id, "不要了", refund_fen=amount)):
            self.net[order_id] = 0

    @rule(index=st.integers(0, 50), kind=st.sampled_from(["return", "exchange", "other"]))
    def after_sales(self, index: int, kind: str) -> None:
        order_id = self._pick(index)
        if order_id:
            self._attempt(lambda: self.purchases.request_after_sales(self.actor, order_id, kind, "不合适"))

    @rule(index=st.integers(0, 50))
    def dispatch_return(self, index: int) -> None:
        order_id = self._pick(index)
        if order_id:
            self.tracking_seq += 1
            self._attempt(lambda: self.purchases.dispatch_return(self.actor, order_id, f"SF{self.tracking_seq:010d}"))

    @rule(index=st.integers(0, 50), amount=AMOUNTS)
    def refund(self, index: int, amount: int) -> None:
        order_id = self._pick(index)
        if order_id and self._attempt(lambda: self.purchases.refund(self.actor, order_id, amount, reason="平台退款")):
            self.net[order_id] -= amount

    @rule(index=st.integers(0, 50))
    def close(self, index: int) -> None:
        order_id = self._pick(index)
        if order_id:
            self._attempt(lambda: self.purchases.close(self.actor, order_id))

    @rule(index=st.integers(0, 50), which=st.integers(0, 20))
    def reverse_a_payment(self, index: int, which: int) -> None:
        """A supervisor-style correction of a mistaken payment, while the order is still open."""
        order_id = self._pick(index)
        if not order_id:
            return
        detail = self.purchases.get(order_id)
        if detail.order.state not in (OrderState.DEPOSIT_PAID, OrderState.PLACED, OrderState.SHIPPED):
            return
        with self.ctx.uow() as uow:
            entries = [e for e in uow.ledger.entries_for(LINK_KIND, order_id)
                       if e.purpose in PAYMENT_PURPOSES and e.reverses_id is None
                       and uow.ledger.reversal_of(e.id) is None]
        if entries:
            entry = entries[which % len(entries)]
            if entry.amount_fen <= self.net[order_id]:
                self.ledger.reverse(self.actor, entry.id, "收错了")
                self.net[order_id] -= entry.amount_fen

    @rule(hours=st.integers(1, 30))
    def time_passes(self, hours: int) -> None:
        self.clock.advance(hours=hours)

    # -- invariants ----------------------------------------------------------------------------------
    @invariant()
    def ledger_matches_the_model(self) -> None:
        for order_id in self.orders:
            detail = self.purchases.get(order_id)
            with self.ctx.uow() as uow:
                total = sum(e.signed_fen for e in uow.ledger.entries_for(LINK_KIND, order_id))
            assert total == self.net[order_id] == detail.money.net_fen
            assert detail.money.net_fen >= 0
            assert detail.money.paid_fen <= detail.order.total_fen
            state = detail.order.state
            if state == OrderState.HANDED_OVER:
                assert detail.money.paid_fen == detail.order.total_fen
            if state == OrderState.CANCELLED:
                assert total == 0
            events = detail.events
            assert events[0].kind == "created" and events[-1].to_state == str(state)
            for before, after in pairwise(events):
                assert after.from_state == before.to_state

    @invariant()
    def chain_intact(self) -> None:
        intact, _ = self.ledger.verify_chain()
        assert intact


def test_random_counter_sessions_keep_the_ledger_right(template):
    TEMPLATE.update(template)
    machine = PurchaseMachine.TestCase
    machine.settings = settings(max_examples=12, stateful_step_count=20, deadline=None,
                                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    machine().runTest()


def test_purpose_sets_agree():
    assert {Purpose.DEPOSIT, Purpose.BALANCE, Purpose.SERVICE_FEE} == PAYMENT_PURPOSES
