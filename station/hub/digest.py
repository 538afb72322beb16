"""Reconciliation digest (sync.md §4.7): what the hub holds for one incarnation up to a seq,
as a count, the chain hash there, and per-day (count, sum of amount_fen, xor of payload hashes)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from station.hub import tables as t


def digest(engine: Engine, station_id: str, incarnation_id: str, upto: int) -> dict:
    rc = t.record.c
    days: dict[str, list] = {}
    count = 0
    chain = None
    with engine.begin() as conn:
        rows = conn.execute(select(rc.seq, rc.day, rc.amount_fen, rc.payload_sha256, rc.chain_hash)
                            .where(rc.station_id == station_id, rc.incarnation_id == incarnation_id,
                                   rc.seq <= upto).order_by(rc.seq))
        for seq, day, amount, ph, ch in rows:
            count += 1
            d = days.setdefault(day, [0, 0, 0])
            d[0] += 1
            d[1] += amount or 0
            d[2] ^= int.from_bytes(bytes(ph), "big")
            if seq == upto:
                chain = bytes(ch).hex()
    return {"incarnation_id": incarnation_id, "upto": upto, "count": count, "chain_hash": chain,
            "days": {k: {"count": v[0], "amount_fen": v[1], "xor": f"{v[2]:064x}"} for k, v in sorted(days.items())}}
