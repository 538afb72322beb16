"""``SyncControl`` for the station program: the sync worker, enrolment, key rotation, quarantine and the
USB-stick path."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from station.sync import sneakernet
from station.sync.client import SyncError
from station.sync.enrolment import K_URL, enrol, is_enrolled, rotate_key
from station.sync.outbox import OutboxStore
from station.sync.sms import send_via_hub
from station.sync.worker import CatchUp, SyncWorker

log = logging.getLogger(__name__)


class HubSync:
    def __init__(self, db_path: Path, app_version: str, *, interval_s: float = 45.0) -> None:
        self._db_path = db_path
        self._app_version = app_version
        self._readers = threading.local()
        self._readers_lock = threading.Lock()
        self._all_readers: list[OutboxStore] = []
        self._worker = SyncWorker(db_path, interval_s=interval_s, app_version=app_version)
        self._worker.start()

    def _store(self) -> OutboxStore:
        return OutboxStore(self._db_path)

    def _reader(self) -> OutboxStore:
        """A connection per calling thread, kept: the status line asks every few seconds on the GUI
        thread, and opening a connection each time cost more than the three reads."""
        store = getattr(self._readers, "store", None)
        if store is None:
            store = self._readers.store = self._store()
            with self._readers_lock:
                self._all_readers.append(store)
        return store

    def status(self) -> dict[str, Any]:
        snapshot = self._worker.status()
        store = self._reader()
        enrolled, hub_url = is_enrolled(store), store.get_state(K_URL) or ""
        return {"state": snapshot.state, "last_success_at": snapshot.last_success_at,
                "records_waiting": snapshot.records_waiting, "oldest_waiting_age_s": snapshot.oldest_waiting_age_s,
                "quarantined": snapshot.quarantined, "last_error": snapshot.last_error, "alert": snapshot.alert,
                "enrolled": enrolled, "hub_url": hub_url, "catch_up": _catch_up(snapshot.catch_up)}

    def enrol(self, qr_text: str) -> str:
        store = self._store()
        try:
            result = enrol(store, qr_text.strip(), self._app_version)
        finally:
            store.close()
        self._worker.sync_now(force=True)
        return result.hub_url

    def rotate_key(self) -> None:
        """Give this station a new key at the hub (blocking: call it off the GUI thread). Raises
        SyncError; a revoked station gets ``sync.revoked`` and keeps its old key and its records."""
        store = self._store()
        try:
            rotate_key(store)
        finally:
            store.close()
        self._worker.sync_now(force=True)

    def sync_now(self, force: bool = False) -> None:
        self._worker.sync_now(force=force)

    def quarantined(self) -> list[dict[str, Any]]:
        store = self._store()
        try:
            return [{"incarnation_id": inc, "seq": seq, "kind": kind, "reason": reason}
                    for inc, seq, kind, reason in store.quarantined()]
        finally:
            store.close()

    def retry_quarantined(self) -> int:
        store = self._store()
        try:
            count = store.retry_quarantined()
        finally:
            store.close()
        self._worker.sync_now(force=True)
        return count

    def export_pending(self, path: str) -> int:
        store = self._store()
        try:
            return sneakernet.export_file(store, path)
        finally:
            store.close()

    def import_ack(self, path: str) -> int:
        store = self._store()
        try:
            return sneakernet.import_ack(store, path)
        finally:
            store.close()

    def send_sms(self, phone: str, text: str) -> tuple[bool, str]:
        try:
            send_via_hub(self._db_path, phone, text)
        except SyncError as exc:
            log.info("SMS through the hub failed: %s", exc)
            return False, exc.code
        return True, ""

    def close(self) -> None:
        self._worker.stop()
        with self._readers_lock:
            for store in self._all_readers:
                store.close()
            self._all_readers.clear()
        self._readers = threading.local()


def _catch_up(progress: CatchUp | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    return {"total": progress.total, "sent": progress.sent, "per_s": progress.per_s, "eta_s": progress.eta_s,
            "done": progress.done}
