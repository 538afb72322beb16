"""A PostgreSQL URL for tests: ``STATION_TEST_PG_URL`` if set, otherwise a throwaway cluster made
with initdb/pg_ctl (as the 'postgres' user when running as root), stopped at the end.
Never skips silently: with no PostgreSQL anywhere, it fails with a clear message."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _find_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for cand in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return cand
    raise PostgresUnavailable(
        f"PostgreSQL '{name}' not found on PATH or in /usr/lib/postgresql/*/bin. Install the server "
        "(apt-get install postgresql) or set STATION_TEST_PG_URL=postgresql+psycopg://user:pw@host/db")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempCluster:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="vs-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        self.pg_ctl = _find_bin("pg_ctl")
        self.initdb = _find_bin("initdb")

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(cmd)} failed: {res.stderr.strip() or res.stdout.strip()}")

    def start(self) -> str:
        if self.as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")
        os.chmod(self.dir, 0o700)
        self._run(self.initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        opts = (f"-c port={self.port} -c unix_socket_directories={self.dir} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=on -c full_page_writes=off -c max_connections=300 "
                "-c shared_buffers=64MB")
        self._run(self.pg_ctl, "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "start")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        except PostgresUnavailable:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """A new empty database on the server, so tests never see each other's rows."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _db = server_url.rpartition("/")
    return f"{base}/{name}"


def start() -> tuple[str, TempCluster | None]:
    """Returns (server URL, cluster to stop or None)."""
    url = os.environ.get("STATION_TEST_PG_URL")
    if url:
        return url, None
    cluster = TempCluster()
    return cluster.start(), cluster
