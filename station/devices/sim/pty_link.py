"""Run a simulator behind a pseudo-terminal so real drivers open a real tty path (POSIX only).

The slave is set to raw mode at once and a copy of its fd stays open while the link lives:
otherwise early bytes get echoed/CR-mapped and reads on the master fail with EIO after the driver
closes (hardware.md §5.1). Writes to the master are non-blocking and dropped on EAGAIN, as a real
UART drops bytes nobody reads. ``unplug`` closes both ends, so the driver's next read fails the way
a pulled USB adapter does; ``replug`` makes a new pty and, if a ``link`` path is given, repoints the
symlink (like /dev/serial/by-id) so the driver's URL stays the same.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import threading

from station.devices.sim.base import Simulator


class PtyLink:
    def __init__(self, simulator: Simulator, link: str | None = None) -> None:
        self.simulator = simulator
        self.link = link
        self._master = -1
        self._slave = -1
        self.slave_path = ""
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.dropped_bytes = 0

    @property
    def path(self) -> str:
        """What a driver should open: the symlink if there is one, else the slave tty."""
        return self.link or self.slave_path

    def start(self) -> PtyLink:
        import pty
        import tty

        self._master, self._slave = pty.openpty()
        tty.setraw(self._slave)
        os.set_blocking(self._master, False)
        self.slave_path = os.ttyname(self._slave)
        if self.link:
            tmp = self.link + ".new"
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            os.symlink(self.slave_path, tmp)
            os.replace(tmp, self.link)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="pty-sim", daemon=True)
        self._thread.start()
        return self

    def write_raw(self, data: bytes) -> int:
        """Bytes straight onto the wire (tests, benchmarks), bypassing the simulator."""
        try:
            return os.write(self._master, data)
        except BlockingIOError:
            self.dropped_bytes += len(data)
            return 0

    def unplug(self) -> None:
        self.stop()
        if self.link:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.link)

    def replug(self) -> None:
        self.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(1.0)
            self._thread = None
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1

    def __enter__(self) -> PtyLink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.unplug()

    def _run(self) -> None:
        master = self._master
        sim = self.simulator
        while not self._stop.is_set():
            due = sim.next_due()
            timeout = 0.05 if due is None else max(0.0, min(0.05, due))
            try:
                readable, _, _ = select.select([master], [], [], timeout)
                if readable:
                    sim.write(os.read(master, 4096))
            except OSError as exc:
                if exc.errno in (errno.EIO, errno.EBADF):  # no reader yet / closing: keep going
                    self._stop.wait(0.01)
                    continue
                raise
            out = sim.take()
            if out:
                self.write_raw(out)
