"""Reference data owned by the hub (tariffs, catalogue, operators, notice templates, settings).

Every dataset has a per-dataset op log whose ``seq`` is allocated under a lock on the dataset row,
so the cursor order is the commit order (no timestamps, no sequence gaps visible to readers).
``hub_ref_current`` holds the snapshot the checksum is computed over.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from station.domain.errors import DomainError
from station.domain.operators import hash_pin, validate_pin
from station.hub import tables as t
from station.hub.db import utc_text
from station.sync import wire

DATASETS = ("tariffs", "catalogue", "operators", "notice_templates", "settings")
NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_PAGE = 5000


class MustRefetch(Exception):
    """The station's cursor is unknown to the hub (compacted log or a restored hub): 410."""


def _lock_dataset(conn: Connection, dataset: str) -> dict:
    ins = postgresql.insert(t.ref_dataset) if conn.dialect.name == "postgresql" else sqlite.insert(t.ref_dataset)
    conn.execute(ins.values(dataset=dataset, last_seq=0, min_seq=0, checksum=wire.dataset_checksum([]),
                            updated_at=utc_text()).on_conflict_do_nothing())
    return dict(conn.execute(select(t.ref_dataset).where(t.ref_dataset.c.dataset == dataset)
                             .with_for_update()).mappings().one())


def current(engine: Engine, dataset: str) -> dict[str, object]:
    with engine.begin() as conn:
        rows = conn.execute(select(t.ref_current.c.key, t.ref_current.c.value_json)
                            .where(t.ref_current.c.dataset == dataset).order_by(t.ref_current.c.key)).all()
    return {k: json.loads(v) for k, v in rows}


def hash_operator_pins(snapshot: dict[str, object]) -> dict[str, object]:
    """Operators are typed with a plain ``pin``; only its slow hash is stored and sent to stations."""
    out: dict[str, object] = {}
    for key, value in snapshot.items():
        if isinstance(value, dict) and "pin" in value:
            value = {k: v for k, v in value.items() if k != "pin"} | {"pin_hash": hash_pin(validate_pin(str(value["pin"])))}
        out[key] = value
    return out


def replace_dataset(engine: Engine, dataset: str, snapshot: dict[str, object]) -> int:
    """Make ``snapshot`` the dataset's content; writes only the differences as ops. Returns the cursor."""
    if not NAME.match(dataset):
        raise ValueError("ref.bad_dataset")
    if dataset == "operators":
        try:
            snapshot = hash_operator_pins(snapshot)
        except DomainError as exc:
            raise ValueError("ref.bad_pin") from exc
    new = {str(k): wire.canonical_json(v).decode("utf-8") for k, v in snapshot.items()}
    if any(not k or len(k) > 200 for k in new):
        raise ValueError("ref.bad_key")
    with engine.begin() as conn:
        ds = _lock_dataset(conn, dataset)
        old = dict(conn.execute(select(t.ref_current.c.key, t.ref_current.c.value_json)
                                .where(t.ref_current.c.dataset == dataset)).all())
        seq = ds["last_seq"]
        ops = []
        for key in sorted(set(old) | set(new)):
            if key in new and old.get(key) != new[key]:
                seq += 1
                ops.append({"dataset": dataset, "seq": seq, "key": key, "op": "upsert", "value_json": new[key]})
            elif key not in new:
                seq += 1
                ops.append({"dataset": dataset, "seq": seq, "key": key, "op": "delete", "value_json": None})
        if not ops:
            return seq
        conn.execute(insert(t.ref_op), ops)
        conn.execute(delete(t.ref_current).where(t.ref_current.c.dataset == dataset))
        if new:
            conn.execute(insert(t.ref_current), [{"dataset": dataset, "key": k, "value_json": v, "version": seq}
                                                 for k, v in new.items()])
        conn.execute(update(t.ref_dataset).where(t.ref_dataset.c.dataset == dataset)
                     .values(last_seq=seq, checksum=wire.dataset_checksum(list(new.items())),
                             updated_at=utc_text()))
        return seq


def cursors(engine: Engine) -> dict[str, tuple[int, str]]:
    with engine.begin() as conn:
        rows = conn.execute(select(t.ref_dataset.c.dataset, t.ref_dataset.c.last_seq,
                                   t.ref_dataset.c.checksum)).all()
    return {d: (s, c) for d, s, c in rows}


def pull(engine: Engine, dataset: str, since: int, limit: int) -> dict:
    """Ops after ``since`` (or a full snapshot for since=0); ``checksum`` only once up to date."""
    limit = max(1, min(limit, MAX_PAGE))
    with engine.begin() as conn:
        ds = conn.execute(select(t.ref_dataset).where(t.ref_dataset.c.dataset == dataset)).mappings().first()
        if ds is None:
            if since:
                raise MustRefetch()
            return {"dataset": dataset, "mode": "snapshot", "ops": [], "next_since": 0,
                    "up_to_date": True, "checksum": wire.dataset_checksum([])}
        last = ds["last_seq"]
        if since > last or (since and since < ds["min_seq"]):
            raise MustRefetch()
        if since == 0:
            rows = conn.execute(select(t.ref_current.c.key, t.ref_current.c.value_json, t.ref_current.c.version)
                                .where(t.ref_current.c.dataset == dataset).order_by(t.ref_current.c.key)).all()
            snap_ops = [[v, k, "upsert", j] for k, j, v in rows]
            return {"dataset": dataset, "mode": "snapshot", "ops": snap_ops, "next_since": last,
                    "up_to_date": True, "checksum": ds["checksum"]}
        rows = conn.execute(select(t.ref_op.c.seq, t.ref_op.c.key, t.ref_op.c.op, t.ref_op.c.value_json)
                            .where(t.ref_op.c.dataset == dataset, t.ref_op.c.seq > since, t.ref_op.c.seq <= last)
                            .order_by(t.ref_op.c.seq).limit(limit)).all()
    ops = [list(r) for r in rows]
    next_since = ops[-1][0] if ops else since
    done = next_since == last
    out = {"dataset": dataset, "mode": "ops", "ops": ops, "next_since": next_since, "up_to_date": done}
    if done:
        out["checksum"] = ds["checksum"]
    return out
