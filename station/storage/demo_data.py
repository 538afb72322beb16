"""Realistic station data in bulk: Chinese names, villages, phones, years of ledger entries.

The benchmarks fill five busy years with it (100,000 people and more); training mode fills a small
practice database with the same code. Rows are written with ``executemany`` in large transactions on
a raw sqlite3 connection, so five years build in seconds; they are the same rows the services write
(search keys, hash-chained ledger), only without per-row outbox records, as if long since synced.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from pypinyin import Style, lazy_pinyin

from station.domain.ids import new_id
from station.domain.ledger import GENESIS_HASH
from station.paths import resource_path

PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                  "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "185", "186",
                  "187", "188", "189", "198", "199")
LEDGER_KINDS = (  # (purpose, direction, typical fen range, weight)
    ("storage_fee", "in", (100, 500), 30),
    ("postage", "in", (800, 3000), 20),
    ("deposit", "in", (2000, 20000), 15),
    ("balance", "in", (1000, 30000), 12),
    ("service_fee", "in", (200, 1500), 10),
    ("refund", "out", (1000, 10000), 3),
    ("farmer_payout", "out", (5000, 80000), 8),
    ("cash_drop", "out", (50000, 200000), 2),
)
METHODS = (("cash", 45), ("wechat", 35), ("alipay", 17), ("bank", 3))


def _words(name: str) -> list[str]:
    return resource_path("demo", name).read_text(encoding="utf-8").split()


@dataclass
class NameMaker:
    """Chinese names with their search keys; pinyin is looked up once per character, not per name."""

    rng: random.Random

    def __post_init__(self) -> None:
        self.surnames = _words("surnames.txt")
        self.given = _words("given.txt")
        self.villages = _words("villages.txt")
        self._initial: dict[str, str] = {}
        self._full: dict[str, str] = {}
        for ch in set(self.surnames + self.given):
            self._initial[ch] = lazy_pinyin(ch, style=Style.FIRST_LETTER)[0].lower()
            self._full[ch] = lazy_pinyin(ch)[0].lower()

    def name(self) -> str:
        return self.rng.choice(self.surnames) + "".join(self.rng.choices(self.given, k=self.rng.choice((1, 2, 2))))

    def keys(self, name: str, phone: str) -> list[str]:
        return [f"n:{name}", "p:" + "".join(self._full[c] for c in name),
                "i:" + "".join(self._initial[c] for c in name), f"t:{phone[-4:]}", f"f:{phone}"]

    def phone(self) -> str:
        return self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"


def connect_bulk(path: Path) -> sqlite3.Connection:
    """A connection tuned for loading: one writer, no per-commit fsync (this is not counter work)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    return conn


def generate_people(conn: sqlite3.Connection, n: int, seed: int = 1, years: int = 5,
                    today: date | None = None) -> list[str]:
    rng = random.Random(seed)
    maker = NameMaker(rng)
    start = datetime.combine(today or date.today(), datetime.min.time()) - timedelta(days=365 * years)
    ids: list[str] = []
    people, phones, keys = [], [], []
    for i in range(n):
        pid = new_id()
        name = maker.name()
        phone = maker.phone()
        household = pid if i == 0 or rng.random() > 0.35 else ids[-1]  # about a third share a household
        created = start + timedelta(seconds=rng.randrange(365 * years * 86400))
        people.append((pid, name, rng.choice(maker.villages), f"{rng.randint(1, 12)}组", household, "",
                       created.isoformat(timespec="seconds")))
        phones.append((pid, phone, 0))
        keys.extend((k, pid) for k in dict.fromkeys(maker.keys(name, phone)))
        ids.append(pid)
    keys.sort()  # appending to the key index in order is several times faster than random inserts
    with indexes_dropped(conn, ("person", "person_phone", "person_key")):
        conn.executemany("INSERT INTO person (id, name, village, grp, household, notes, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", people)
        conn.executemany("INSERT INTO person_phone (person_id, phone, position) VALUES (?, ?, ?)", phones)
        conn.executemany("INSERT OR IGNORE INTO person_key (key, person_id) VALUES (?, ?)", keys)
    return ids


@contextmanager
def indexes_dropped(conn: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Load with the secondary indexes dropped and rebuild them once at the end, in one transaction."""
    marks = ",".join("?" * len(tables))
    indexes = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           f"AND tbl_name IN ({marks})", tables).fetchall()
    conn.execute("BEGIN")
    try:
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            conn.execute(sql)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


# The canonical JSON that ``station.domain.ledger.chain_hash`` hashes, as a template: generated values
# never need escaping (ids, ISO times, codes, digits), and formatting is several times faster than
# json.dumps per row. A test checks the generated chain verifies with the program's own code.
_CHAIN_TEMPLATE = ('{{"amount_fen":{amount},"at":"{at}","business_date":"{date}","direction":"{direction}",'
                   '"id":"{id}","link_id":"{link_id}","link_kind":"person","method":"{method}",'
                   '"operator_id":"{operator}","purpose":"{purpose}","reference":"{reference}","reverses_id":null}}')


def _ledger_rows(rng: random.Random, n: int, operator_id: str, start: datetime, span_s: int,
                 people_ids: list[str]) -> Iterator[tuple]:
    kinds = [k for k in LEDGER_KINDS for _ in range(k[3])]
    methods = [m for m, w in METHODS for _ in range(w)]
    moments = sorted(rng.randrange(span_s) for _ in range(n))
    previous = bytes.fromhex(GENESIS_HASH)
    sha256 = hashlib.sha256
    for offset in moments:
        purpose, direction, (low, high), _ = rng.choice(kinds)
        method = rng.choice(methods)
        at = start + timedelta(seconds=offset)
        at_text = at.isoformat(timespec="seconds")
        entry_id = new_id()
        amount = rng.randint(low, high)
        reference = "" if method == "cash" else f"42{rng.randrange(10**16):016d}"
        link_id = rng.choice(people_ids) if people_ids else ""
        body = _CHAIN_TEMPLATE.format(amount=amount, at=at_text, date=at_text[:10], direction=direction,
                                      id=entry_id, link_id=link_id, method=method, operator=operator_id,
                                      purpose=purpose, reference=reference)
        digest = sha256(previous + body.encode()).digest()
        previous = digest
        yield (entry_id, at_text, at_text[:10], amount, direction, method, purpose, reference, "person", link_id,
               "", operator_id, None, 0, digest.hex())


def generate_ledger(conn: sqlite3.Connection, n: int, operator_id: str, people_ids: list[str], seed: int = 2,
                    years: int = 5, today: date | None = None) -> None:
    rng = random.Random(seed)
    start = datetime.combine(today or date.today(), datetime.min.time()) - timedelta(days=365 * years)
    with indexes_dropped(conn, ("ledger_entry",)):
        conn.executemany(
            "INSERT INTO ledger_entry (id, at, business_date, amount_fen, direction, method, purpose, reference, "
            "link_kind, link_id, note, operator_id, reverses_id, late, chain_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _ledger_rows(rng, n, operator_id, start, 365 * years * 86400, people_ids))


def fingerprint(conn: sqlite3.Connection) -> str:
    """A short digest of what was generated, so two runs with one seed can be compared."""
    digest = hashlib.sha256()
    for (name,) in conn.execute("SELECT name FROM person ORDER BY rowid LIMIT 1000"):
        digest.update(name.encode())
    return digest.hexdigest()[:12]
