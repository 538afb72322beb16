"""The persistent print queue.

A job is written in the same transaction as the business action that asked for it, then a worker
sends it. Paper out, cover open, printer off or unplugged: the job stays 'waiting' with the reason
shown, and goes out when the printer is back. Any past receipt can be printed again.
"""

from __future__ import annotations

import logging
from typing import Any

from station.domain.changes import Changes
from station.domain.documents import Label, Receipt, from_data, to_data
from station.domain.errors import DomainError, NotFound
from station.domain.ids import new_id
from station.domain.layouts import self_test_label, self_test_page
from station.domain.operators import Operator
from station.domain.ports import UnitOfWork
from station.domain.ports_devices import DeviceControl
from station.domain.print_ports import DocumentEncoder
from station.domain.readings import PrinterStatus
from station.services.base import ServiceContext

log = logging.getLogger(__name__)
PRINT_JOBS = "print_jobs"


def problem_of(status: PrinterStatus) -> str:
    """The first reason this printer cannot print now, as a code; '' when it can."""
    if not status.answering:
        return "printer.not_answering"
    if status.paper_out:
        return "printer.paper_out"
    if status.cover_open:
        return "printer.cover_open"
    if not status.online:
        return "printer.offline"
    return ""


class PrintQueue:
    """Implements ``station.domain.ports.PrintSubmitter`` and works the queue."""

    def __init__(self, ctx: ServiceContext, encoder: DocumentEncoder, devices: DeviceControl | None) -> None:
        self._ctx = ctx
        self._encoder = encoder
        self._devices = devices

    # -- writing jobs (inside the caller's transaction) -------------------------------------------------
    def submit(self, uow: UnitOfWork, *, kind: str, document: Any, ref_kind: str, ref_id: str,
               operator_id: str, at: str, reprint_of: str | None = None) -> str:
        role = "label_printer" if isinstance(document, Label) or kind == "label" else "receipt_printer"
        job_id = new_id()
        uow.print_jobs.add(job_id=job_id, created_at=at, role=role, title=getattr(document, "title", ""),
                           document=to_data(document), ref_kind=ref_kind, ref_id=ref_id, operator_id=operator_id,
                           reprint_of=reprint_of)
        return job_id

    def reprint(self, actor: Operator, job_id: str) -> tuple[str, Changes]:
        with self._ctx.uow() as uow:
            job = uow.print_jobs.get(job_id)
            if job is None:
                raise NotFound("print.job_not_found")
            new = self.submit(uow, kind="label" if job["role"] == "label_printer" else "receipt",
                              document=from_data(job["document"]), ref_kind=job["ref_kind"], ref_id=job["ref_id"],
                              operator_id=actor.id, at=self._ctx.now_iso(), reprint_of=job_id)
            uow.audit.append(at=self._ctx.now_iso(), operator_id=actor.id, action="print.reprint",
                             target_kind="print_job", target_id=job_id)
        return new, Changes.of(PRINT_JOBS)

    def cancel(self, actor: Operator, job_id: str) -> Changes:
        with self._ctx.uow() as uow:
            uow.print_jobs.cancel(job_id)
            uow.audit.append(at=self._ctx.now_iso(), operator_id=actor.id, action="print.cancel",
                             target_kind="print_job", target_id=job_id)
        return Changes.of(PRINT_JOBS)

    def print_self_test(self, actor: Operator, role: str) -> tuple[str, Changes]:
        with self._ctx.uow() as uow:
            name = (uow.station.get() or {}).get("name", "")
            document: Receipt | Label = (self_test_label(name) if role == "label_printer"
                                         else self_test_page(name, self._ctx.now_iso()[:16].replace("T", " ")))
            job = self.submit(uow, kind="label" if role == "label_printer" else "receipt", document=document,
                              ref_kind="self_test", ref_id=role, operator_id=actor.id, at=self._ctx.now_iso())
        return job, Changes.of(PRINT_JOBS)

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        with self._ctx.uow.reading() as uow:
            return uow.print_jobs.recent(limit)

    def waiting_count(self) -> int:
        with self._ctx.uow.reading() as uow:
            return len(uow.print_jobs.waiting(1000))

    # -- the worker ------------------------------------------------------------------------------------
    def process_waiting(self, limit: int = 10) -> Changes:
        """Send waiting jobs in order; stop at the first printer problem (order matters on paper)."""
        with self._ctx.uow() as uow:
            jobs = uow.print_jobs.waiting(limit)
        changed = False
        blocked: set[str] = set()
        for job in jobs:
            if job["role"] in blocked:
                continue
            reason = self._send(job)
            with self._ctx.uow() as uow:
                if reason:
                    blocked.add(job["role"])
                    if reason != job["last_error"]:
                        uow.print_jobs.mark_waiting(job["id"], reason)
                        changed = True
                else:
                    uow.print_jobs.mark_printed(job["id"], self._ctx.now_iso())
                    changed = True
        return Changes.of(PRINT_JOBS) if changed else Changes()

    def _send(self, job: dict[str, Any]) -> str:
        printer = self._devices.printer(job["role"]) if self._devices else None
        if printer is None:
            return "printer.not_configured"
        options = self._devices.profile_of(job["role"])
        has_status = bool(options.get("status", True))  # some cheap printers never answer DLE EOT
        problem = problem_of(printer.query_status()) if has_status else ""
        if problem:
            return problem
        try:
            data = self._encoder.encode(from_data(job["document"]), options)
            status = printer.send(data)
            return problem_of(status) if has_status else ""
        except DomainError as exc:
            log.info("print job %s not sent: %s", job["id"], exc)
            return exc.code
