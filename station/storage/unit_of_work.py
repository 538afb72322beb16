"""One unit of work = one SQLite transaction holding the write lock from its first statement."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, event

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

# Each repository is made on first use: an intake touches six of the thirteen, and the scan-to-record
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

    def __init__(self, connections: _HeldConnections, boot_id: str, *, reading: bool = False) -> None:
        self._connections = connections
        self._boot_id = boot_id
        self._reading = reading
        self._conn: Connection | None = None

    def __enter__(self) -> SqlUnitOfWork:
        # The transaction is begun and ended on the sqlite3 connection itself: SQLAlchemy's begin and
        # commit cost ~0.2 ms of an intake's ~4 and the hot-path repositories never need them. A
        # repository that runs Core statements makes SQLAlchemy begin too; station.storage.db's begin
        # hook sees the open transaction and adds nothing, and __exit__ ends it through SQLAlchemy.
        conn = self._connections.take()
        self._driver = conn.connection.driver_connection
        try:
            # A reading unit takes a snapshot and no lock: in WAL mode it neither waits for a writer's
            # commit (an fsync, up to ~10 ms here) nor makes a scan's BEGIN IMMEDIATE wait for it.
            self._driver.execute("BEGIN" if self._reading else "BEGIN IMMEDIATE")
        except BaseException:
            self._connections.discard(conn)
            raise
        self._conn = conn
        self._changes_before = self._driver.total_changes
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
        conn, self._conn = self._conn, None
        assert conn is not None
        for name in [n for n in self.__dict__ if n == "outbox" or n in _REPOSITORIES]:
            del self.__dict__[name]  # bound to this transaction's connection
        wrote = self._driver.total_changes != self._changes_before
        keep = exc_type is None and not (self._reading and wrote)
        try:
            if conn.in_transaction():  # Core statements ran: SQLAlchemy's transaction holds ours
                if keep:
                    conn.commit()
                else:
                    conn.rollback()
            elif keep:
                self._driver.execute("COMMIT")
            elif self._driver.in_transaction:
                self._driver.execute("ROLLBACK")
        except BaseException:
            self._connections.discard(conn)  # a failed commit may leave it in any state: never reused
            raise
        self._connections.give_back(conn)
        if exc_type is None and self._reading and wrote:
            raise RuntimeError("a reading unit of work changed rows (rolled back): write in uow(), not reading()")
        # Only a transaction that wrote is news to the WAL checkpointer: a read (the page matching a
        # recipient as the phone is typed, the header's counts) woke it too, and its copy then ran 5 ms
        # later, beside the scan that followed the typing (5 of 7 checkpoints in a traced benchmark run).
        if keep and wrote:
            self._connections.committed()


class _HeldConnections:
    """The units of work's connections, kept open between transactions, the one used last given out
    first (it has the warmest page cache: SQLite drops a connection's cache when another one wrote).

    Checking a connection out of SQLAlchemy's pool and back in costs ~0.25 ms of a ~4 ms intake on the
    counter's hardware (events, reset, bookkeeping: docs/decisions/storage-hot-path.md); a held one costs
    a list pop. ``engine.dispose()`` (backup restore, closing) closes the idle ones; one in use then came
    from the old pool and is closed when it is next taken."""

    def __init__(self, engine: Engine, after_commit: Callable[[], None] | None = None) -> None:
        self._engine = engine
        self.committed: Callable[[], None] = after_commit or (lambda: None)
        self._idle: list[tuple[Connection, object]] = []  # (connection, the pool it came from)
        self._pools: dict[int, object] = {}
        event.listen(engine, "engine_disposed", lambda _engine: self.close())

    def take(self) -> Connection:
        pool = self._engine.pool
        while True:
            try:
                conn, origin = self._idle.pop()  # atomic: each thread gets its own connection
            except IndexError:
                conn = self._engine.connect()
                self._pools[id(conn)] = pool
                return conn
            if origin is pool and not conn.invalidated:
                return conn
            self.discard(conn)

    def give_back(self, conn: Connection) -> None:
        self._idle.append((conn, self._pools.get(id(conn))))

    def discard(self, conn: Connection) -> None:
        self._pools.pop(id(conn), None)
        try:
            conn.invalidate()  # the DB-API connection is closed, not returned to a pool
            conn.close()
        except Exception:  # closing a broken connection: it is gone either way
            pass

    def close(self) -> None:
        while self._idle:
            self.discard(self._idle.pop()[0])


class SqlUnitOfWorkFactory:
    """Callable that services receive; each call is a fresh transaction."""

    def __init__(self, engine: Engine, after_commit: Callable[[], None] | None = None) -> None:
        """``after_commit``: called on the committing thread after each commit that changed rows (the WAL
        checkpointer's ``wrote``)."""
        self.engine = engine
        self._boot_id = read_boot_id()
        self._connections = _HeldConnections(engine, after_commit)

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._connections, self._boot_id)

    def reading(self) -> SqlUnitOfWork:
        """A unit of work for reads only: a snapshot, no write lock (see ``SqlUnitOfWork.__enter__``).
        Changing a row in it rolls back and raises."""
        return SqlUnitOfWork(self._connections, self._boot_id, reading=True)

