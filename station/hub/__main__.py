"""``station-hub``: run the township hub, create a supervisor, or import a sneakernet file.

    station-hub [--data DIR | --database URL] [--host 0.0.0.0] [--port 8470] [--public-url URL]
    station-hub --create-supervisor NAME [--password PW]
    station-hub --import-file station.vssync --ack-file station.vsack
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import logging.handlers
import queue
import sys
import time
from pathlib import Path

import platformdirs

from station.hub import api, db, supervisors
from station.hub.app import create_app


def database_url(args: argparse.Namespace) -> str:
    if args.database:
        return args.database
    data = Path(args.data) if args.data else Path(platformdirs.user_data_dir("village-station-hub", False))
    data.mkdir(parents=True, exist_ok=True)
    return db.sqlite_url(data / "hub.sqlite3")


class _DropWhenFull(logging.handlers.QueueHandler):
    def enqueue(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(queue.Full):  # the writer is stuck: lose log lines, not requests
            self.queue.put_nowait(record)


def log_from_a_thread() -> queue.Queue:
    """uvicorn writes an unexpected error's traceback (~10 KB) to stderr from the event-loop thread, the
    pool and the driver from request threads. When stderr is a pipe nobody reads (a service wrapper, a
    test harness) or a paused console, that write blocks, and with it every request: the hub stays up and
    answers nothing (the 2026-11-25 database-restart hang). So log records go through a queue to a writer
    thread of their own. Call before uvicorn.run(..., log_config=None), which then keeps these handlers."""
    from uvicorn.logging import DefaultFormatter

    out = logging.StreamHandler(sys.stderr)
    out.setFormatter(DefaultFormatter("%(levelprefix)s %(message)s"))
    lines: queue.Queue = queue.Queue(1000)
    logging.handlers.QueueListener(lines, out).start()  # a daemon thread
    handler = _DropWhenFull(lines)
    uv = logging.getLogger("uvicorn")  # uvicorn.error and uvicorn.access propagate here
    uv.addHandler(handler)
    uv.propagate = False
    logging.getLogger().addHandler(handler)  # SQLAlchemy, psycopg: instead of logging.lastResort
    return lines


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="station-hub", description="Village Station township hub")
    p.add_argument("--database", help="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db")
    p.add_argument("--data", help="data directory for the default SQLite database")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--public-url", help="URL stations use to reach this hub (goes into enrolment QR codes)")
    p.add_argument("--create-supervisor", metavar="NAME")
    p.add_argument("--password")
    p.add_argument("--import-file", metavar="PATH", help="import a station's sneakernet file")
    p.add_argument("--ack-file", metavar="PATH", help="where to write the receipt for --import-file")
    p.add_argument("--max-batch-bytes", type=int, default=api.HubConfig.max_batch_bytes)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    engine = db.make_engine(database_url(args))
    db.upgrade(engine)
    if args.create_supervisor:
        password = args.password or getpass.getpass("密码 / password: ")
        try:
            supervisors.create(engine, args.create_supervisor, password)
        except ValueError as e:
            print(f"error: {e} (password needs at least 8 characters)", file=sys.stderr)
            return 2
        print(f"supervisor {args.create_supervisor} saved")
        return 0
    host = args.host
    if host in ("0.0.0.0", "::", ""):  # listening everywhere: advertise this machine's address in QR codes
        import socket
        try:
            host = socket.gethostbyname(socket.gethostname())
        except OSError:
            host = "127.0.0.1"
    public = args.public_url or f"http://{host}:{args.port}"
    config = api.HubConfig(public_url=public, max_batch_bytes=args.max_batch_bytes)
    app = create_app(engine, config, migrate=False)
    if args.import_file:
        from station.hub import sneakernet

        ack = sneakernet.import_file_sync(app, Path(args.import_file).read_bytes())
        out = Path(args.ack_file or (args.import_file + ".ack"))
        out.write_bytes(ack)
        print(f"receipt written to {out}")
        return 0
    import uvicorn

    lines = log_from_a_thread()
    try:
        # keep-alive shorter than typical proxies' idle timeout; request deadlines live in the app
        uvicorn.run(app, host=args.host, port=args.port, timeout_keep_alive=20, log_level="warning",
                    log_config=None, limit_concurrency=2000, backlog=2048,
                    server_header=False, date_header=False)
    finally:
        deadline = time.monotonic() + 2  # let the last lines out (e.g. "address already in use")
        while lines.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
    return 0


if __name__ == "__main__":
    sys.exit(main())
