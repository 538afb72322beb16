"""Plain SQL on the sqlite3 connection under a SQLAlchemy ``Connection``, for the counter's hot paths.

SQLAlchemy Core costs 150-250 µs a statement to build, key and wrap a result; sqlite3 itself runs the
same prepared statement in about 5 µs. The scan-to-record path has about twenty statements against a
budget of 5 ms, so its repositories write their SQL as text here (docs/decisions/storage-hot-path.md).
The statements run on the same connection, so they sit inside the unit of work's ``BEGIN IMMEDIATE``
transaction and commit or roll back with everything else.

Rows come back as named tuples, so the ``to_*`` converters accept them and SQLAlchemy rows alike.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection


def driver(conn: Connection) -> sqlite3.Connection:
    """The DB-API connection the SQLAlchemy ``Connection`` is holding (and its open transaction)."""
    return conn.connection.driver_connection  # type: ignore[return-value]


@lru_cache(maxsize=256)
def _row_type(fields: tuple[str, ...]) -> Any:
    return namedtuple("Row", fields, rename=True)


# A statement's text decides its columns, so its row type is found by the text: reading
# ``cursor.description`` builds a seven-item tuple per column, tens of µs for a parcel row.
_ROW_TYPE_BY_SQL: dict[str, Any] = {}


def _row_type_of(sql: str, cursor: sqlite3.Cursor) -> Any:
    found = _ROW_TYPE_BY_SQL.get(sql)
    if found is None:
        found = _ROW_TYPE_BY_SQL[sql] = _row_type(tuple(d[0] for d in cursor.description))
        if len(_ROW_TYPE_BY_SQL) > 1024:  # statements are literals; only a bug would make this many
            _ROW_TYPE_BY_SQL.clear()
    return found


class Sql:
    """A few verbs over one sqlite3 connection; parameters are always bound, never formatted in."""

    __slots__ = ("_db",)

    def __init__(self, conn: Connection) -> None:
        self._db = driver(conn)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        cursor = self._db.execute(sql, params)
        make = _row_type_of(sql, cursor)._make
        return [make(r) for r in cursor.fetchall()]

    def first(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        cursor = self._db.execute(sql, params)
        row = cursor.fetchone()
        return _row_type_of(sql, cursor)._make(row) if row is not None else None

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Plain tuples, for many small rows where building named ones would cost more than the query."""
        return self._db.execute(sql, params).fetchall()

    def values(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """The first column of every row."""
        return [r[0] for r in self._db.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any | None:
        row = self._db.execute(sql, params).fetchone()
        return row[0] if row else None

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """An INSERT, UPDATE or DELETE; the number of rows it changed."""
        return self._db.execute(sql, params).rowcount


def placeholders(n: int) -> str:
    return ",".join("?" * n)
