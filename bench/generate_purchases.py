"""Five years of agent purchases for the benchmark database, in bulk (called by ``bench/generate.py``).

Orders, items, events, platform orders, tracking numbers and their ledger rows (service fee, deposit,
balance), hash-chained after the entries already there exactly as ``station.storage.ledger_repo`` does,
plus one day close per past day so the next close covers only today, as at a station that closes daily.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date, datetime, timedelta

from station.domain.ids import new_id
from station.domain.ledger import GENESIS_HASH, chain_hash
from station.domain.purchases import format_order_no
from station.domain.service_fees import DEFAULT_RULE

CHAIN_FIELDS = ("id", "at", "business_date", "amount_fen", "direction", "method", "purpose", "reference",
                "link_kind", "link_id", "operator_id", "reverses_id")
GOODS = ("电饭煲", "儿童袜子", "化肥", "手机壳", "保温杯", "拖鞋", "洗衣液", "电动车电瓶", "老花镜", "雨靴", "种子",
         "农药喷雾器", "羽绒服", "书包", "电热毯")
PLATFORMS = ("taobao", "pinduoduo", "jd", "douyin", "other")
OPEN = ("quoted", "deposit_paid", "placed", "shipped", "arrived", "after_sales")


def generate_purchases(conn: sqlite3.Connection, people_ids: list[str], operator_id: str, n: int, seed: int,
                       years: int = 5, today: date | None = None) -> None:
    rng = random.Random(seed)
    end = datetime.combine(today or date.today(), datetime.min.time()).astimezone()
    span = 365 * years * 86400
    moments = sorted(rng.randrange(span) for _ in range(n))
    orders, items, events, platform_orders, trackings, entries = [], [], [], [], [], []
    start_seq = (conn.execute("SELECT coalesce(max(seq), 0) FROM purchase_order").fetchone()[0] or 0) + 1
    for i, offset in enumerate(moments):
        created = end - timedelta(seconds=span - offset)
        at = created.isoformat(timespec="seconds")
        order_id = new_id()
        lines = []
        for position in range(1, rng.choice((1, 1, 1, 2, 2, 3)) + 1):
            qty, price = rng.randint(1, 3), rng.randint(300, 30000)
            lines.append((new_id(), order_id, position, rng.choice(GOODS), rng.choice(PLATFORMS), "", "", qty, price))
        goods = sum(q * p for *_, q, p in lines)
        shipping = rng.choice((0, 0, 500, 800))
        fee = DEFAULT_RULE.fee_for(goods + shipping)
        total = goods + shipping + fee
        recent = (end - created).days < 30
        state = rng.choice(OPEN) if recent and rng.random() < 0.8 else rng.choice(
            ("closed", "closed", "closed", "handed_over", "cancelled"))
        state_at = (created + timedelta(hours=rng.randint(1, 72))).isoformat(timespec="seconds") \
            if state != "quoted" else at
        seq = start_seq + i
        orders.append((order_id, seq, format_order_no(seq), rng.choice(people_ids), state, state_at, at, operator_id,
                       goods, shipping, fee, json.dumps(DEFAULT_RULE.to_dict()), "", 1, "",
                       rng.choice((0, 0, goods // 50))))
        items.extend(lines)
        events.append((new_id(), order_id, at, operator_id, "created", "", "quoted", "{}"))
        if state != "quoted":
            events.append((new_id(), order_id, state_at, operator_id, "progress", "quoted", state, "{}"))
        if state not in ("quoted", "deposit_paid", "cancelled"):
            platform_orders.append((order_id, f"{rng.randrange(10**12):012d}", at))
        if state in ("shipped", "arrived", "handed_over", "closed", "after_sales"):
            arrived = state not in ("shipped",)
            trackings.append((f"YT{seq:012d}", order_id, 1, at, f"parcel-{seq}" if arrived else None,
                              state_at if arrived else None))
        method = rng.choice(("cash", "cash", "wechat", "alipay"))
        reference = "" if method == "cash" else f"42{rng.randrange(10**16):016d}"
        if state != "quoted":
            deposit = min(total, max(fee, total // 2))
            entries.append((at, "service_fee", fee, "in", method, reference, order_id))
            if deposit > fee:
                entries.append((at, "deposit", deposit - fee, "in", method, reference, order_id))
            if state in ("handed_over", "closed"):
                entries.append((state_at, "balance", total - deposit, "in", method, reference, order_id))
            if state == "cancelled":
                entries.append((state_at, "refund", deposit, "out", method, reference, order_id))
    conn.execute("BEGIN")
    # Secondary indexes are dropped for the load and built again after, as for the parcels: sorting once
    # is much faster than keeping them row by row. Unique ones stay (INSERT OR IGNORE relies on them).
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('purchase_order', 'purchase_item', "
                           "'purchase_event', 'purchase_platform_order', 'purchase_tracking', 'ledger_entry')"
                           ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.executemany("INSERT INTO purchase_order (id, seq, order_no, person_id, state, state_at, created_at, "
                     "operator_id, goods_fen, shipping_fen, fee_fen, fee_rule, note, round, after_sales_kind, "
                     "expected_commission_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", orders)
    conn.executemany("INSERT INTO purchase_item (id, order_id, position, name, platform, link, spec, quantity, "
                     "unit_price_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", items)
    conn.executemany("INSERT INTO purchase_event (id, order_id, at, operator_id, kind, from_state, to_state, "
                     "details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)
    conn.executemany("INSERT OR IGNORE INTO purchase_platform_order (order_id, platform_order_no, added_at) "
                     "VALUES (?, ?, ?)", platform_orders)
    conn.executemany("INSERT INTO purchase_tracking (tracking_no, order_id, round, added_at, parcel_id, arrived_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", trackings)
    conn.executemany(
        "INSERT INTO ledger_entry (id, at, business_date, amount_fen, direction, method, purpose, reference, "
        "link_kind, link_id, note, operator_id, reverses_id, late, chain_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _ledger_rows(conn, entries, operator_id))
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    _close_past_days(conn, operator_id, end)


def _ledger_rows(conn: sqlite3.Connection, entries: list[tuple], operator_id: str):  # type: ignore[no-untyped-def]
    last = conn.execute("SELECT chain_hash FROM ledger_entry ORDER BY rowid DESC LIMIT 1").fetchone()
    previous = last[0] if last else GENESIS_HASH
    for at, purpose, amount, direction, method, reference, order_id in entries:
        if amount <= 0:
            continue
        row = {"id": new_id(), "at": at, "business_date": at[:10], "amount_fen": amount, "direction": direction,
               "method": method, "purpose": purpose, "reference": reference, "link_kind": "purchase",
               "link_id": order_id, "operator_id": operator_id, "reverses_id": None}
        row["chain_hash"] = previous = chain_hash(previous, {k: row[k] for k in CHAIN_FIELDS})
        yield (row["id"], at, row["business_date"], amount, direction, method, purpose, reference, "purchase",
               order_id, "", operator_id, None, 0, row["chain_hash"])


def _close_past_days(conn: sqlite3.Connection, operator_id: str, end: datetime) -> None:
    """One day close for yesterday sealing the whole generated ledger, so today's close starts fresh.

    (A real station closes every day; the figures of older closes do not matter to the benchmarks.)"""
    head = conn.execute("SELECT id, chain_hash FROM ledger_entry ORDER BY rowid DESC LIMIT 1").fetchone()
    if head is None:
        return
    cash = conn.execute("SELECT coalesce(sum(CASE WHEN direction = 'in' THEN amount_fen ELSE -amount_fen END), 0) "
                        "FROM ledger_entry WHERE method = 'cash'").fetchone()[0]
    count = conn.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]
    yesterday = (end - timedelta(days=1))
    conn.execute("INSERT INTO day_close (id, kind, business_date, at, operator_id, handed_to_id, opening_cash_fen, "
                 "expected_cash_fen, counted_cash_fen, by_method, by_purpose, entry_count, last_entry_id, "
                 "last_entry_hash, previous_close_id, note) VALUES (?, 'day', ?, ?, ?, NULL, 0, ?, ?, '{}', '{}', ?, "
                 "?, ?, NULL, '')",
                 (new_id(), yesterday.date().isoformat(), (yesterday + timedelta(hours=20)).isoformat(),
                  operator_id, cash, max(cash, 0), count, head[0], head[1]))
