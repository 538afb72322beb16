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


# Each repository is made on first use: an intake touches four of the thirteen, and the scan-to-record
# path is counted in tenths of a millisecond (docs/decisions/storage-hot-path.md).
_REPOSITORIES = {
    "people": SqlPeople,
    "operators": SqlOperators,
    "ledger": SqlLedger,
    "audit": SqlAudit,
    "station": SqlStationInfo,
    "print_jobs": SqlPrintJobs,
    "parcels": SqlParcels,
    "parcel_notices": SqlParcelNotices,
    "stocktakes": SqlStocktakes,
    "dispatches": SqlDispatches,
    "purchases": SqlPurchases,
    "day_closes": SqlDayCloses,
}


class SqlUnitOfWork:
    people: SqlPeople
    operators: SqlOperators
    ledger: SqlLedger
    audit: SqlAudit
    outbox: SqlOutbox
    station: SqlStationInfo
    print_jobs: SqlPrintJobs
    parcels: SqlParcels
    parcel_notices: SqlParcelNotices
    stocktakes: SqlStocktakes
    dispatches: SqlDispatches
    purchases: SqlPurchases
    day_closes: SqlDayCloses

    def __init__(self, engine: Engine, boot_id: str) -> None:
        self._engine = engine
        self._boot_id = boot_id
        self._conn: Connection | None = None

    def __enter__(self) -> SqlUnitOfWork:
        self._conn = self._engine.connect()
        self._txn = self._conn.begin()
        return self

    def __getattr__(self, name: str) -> object:  # only for names not set yet: the repositories
        if name == "outbox":
            repo: object = SqlOutbox(self.connection, self._boot_id)
        elif name in _REPOSITORIES:
            repo = _REPOSITORIES[name](self.connection)
        else:
            raise AttributeError(name)
        setattr(self, name, repo)
        return repo

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
            for name in [n for n in self.__dict__ if n == "outbox" or n in _REPOSITORIES]:
                del self.__dict__[name]  # bound to the closed connection


class SqlUnitOfWorkFactory:
    """Callable that services receive; each call is a fresh transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._boot_id = read_boot_id()

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, self._boot_id)
