"""One unit of work = one SQLite transaction holding the write lock from its first statement."""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from station.storage.day_close_repo import SqlDayCloses
from station.storage.ledger_repo import SqlLedger
from station.storage.misc_repo import SqlAudit, SqlStationInfo
from station.storage.operators_repo import SqlOperators
from station.storage.outbox import SqlOutbox, read_boot_id
from station.storage.parcel_notices_repo import SqlParcelNotices
from station.storage.parcel_ops_repo import SqlDispatches, SqlStocktakes
from station.storage.parcels_repo import SqlParcels
from station.storage.people_repo import SqlPeople
from station.storage.print_jobs_repo import SqlPrintJobs
from station.storage.purchases_repo import SqlPurchases


class SqlUnitOfWork:
    def __init__(self, engine: Engine, boot_id: str) -> None:
        self._engine = engine
        self._boot_id = boot_id
        self._conn: Connection | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._conn = self._engine.connect()
        self._txn = self._conn.begin()
        conn = self._conn
        self.people = SqlPeople(conn)
        self.operators = SqlOperators(conn)
        self.ledger = SqlLedger(conn)
        self.audit = SqlAudit(conn)
        self.outbox = SqlOutbox(conn, self._boot_id)
        self.station = SqlStationInfo(conn)
        self.print_jobs = SqlPrintJobs(conn)
        self.parcels = SqlParcels(conn)
        self.parcel_notices = SqlParcelNotices(conn)
        self.stocktakes = SqlStocktakes(conn)
        self.dispatches = SqlDispatches(conn)
        self.purchases = SqlPurchases(conn)
        self.day_closes = SqlDayCloses(conn)
        return self

    @property
    def connection(self) -> Connection:
        assert self._conn is not None, "use the unit of work inside 'with'"
        return self._conn

    def __exit__(self, exc_type: object, *_exc: object) -> None:
        assert self._conn is not None
        try:
            if exc_type is None:
                self._txn.commit()
            else:
                self._txn.rollback()
        finally:
            self._conn.close()
            self._conn = None


class SqlUnitOfWorkFactory:
    """Callable that services receive; each call is a fresh transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._boot_id = read_boot_id()

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, self._boot_id)
