"""Run a simulated device on a pseudo-terminal until Ctrl-C (Linux/macOS).

    python hardware/simulate.py scale --protocol cas --weight 1.234
    python hardware/simulate.py scanner            # type a code + Enter to 'scan' it
    python hardware/simulate.py printer --family escpos --out receipt.bin
    python hardware/simulate.py modem --mode no_sim

It prints the slave path; point the station (or ``python -m serial.tools.miniterm``) at it.
For a scale, typing a number (kg) puts that weight on the platter; ``w`` makes it wobble first,
``ol`` overloads. For a printer, ``paper``/``cover``/``ok`` change the status it reports.
"""

from __future__ import annotations

import argparse
import sys

from station.devices.sim.bench import create_simulator
from station.devices.sim.pty_link import PtyLink
from station.devices.units import decimal_to_grams


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=("scale", "scanner", "printer", "modem"))
    parser.add_argument("--protocol", default="stgs", help="scale family: stgs, cas, toledo8217, yaohua, mtsics")
    parser.add_argument("--family", default="escpos", help="printer family: escpos or tspl")
    parser.add_argument("--weight", default="0", help="scale weight in kg")
    parser.add_argument("--mode", default="ok", help="modem: ok, no_sim, sim_pin, no_network, silent")
    parser.add_argument("--suffix", default="cr", help="scanner suffix: cr, lf, crlf, none")
    parser.add_argument("--link", help="also create this symlink to the slave (e.g. /tmp/ttyScale)")
    parser.add_argument("--out", help="printer: write the printed bytes here on exit")
    args = parser.parse_args(argv)

    path = {"scale": f"scale/{args.protocol}", "printer": f"printer/{args.family}"}.get(args.kind, args.kind)
    params = {"weight": args.weight, "mode": args.mode, "suffix": args.suffix}
    sim = create_simulator(path, {k: v for k, v in params.items()
                                  if k in {"scale": ("weight",), "modem": ("mode",),
                                           "scanner": ("suffix",)}.get(args.kind, ())})
    link = PtyLink(sim, link=args.link).start()
    settings = sim.settings.short if sim.settings else "any settings"
    print(f"{path} on {link.path}  ({settings}; a pty ignores baud and parity)", flush=True)
    try:
        for line in sys.stdin:
            _command(args.kind, sim, line.strip())
    except KeyboardInterrupt:
        pass
    finally:
        link.unplug()
        if args.out and hasattr(sim, "printed"):
            with open(args.out, "wb") as fh:
                fh.write(bytes(sim.printed))
        if hasattr(sim, "sent"):
            for phone, text in sim.sent:
                print(f"SMS to {phone}: {text}")
    return 0


def _command(kind: str, sim: object, line: str) -> None:
    if not line:
        return
    if kind == "scanner":
        sim.scan(line)
    elif kind == "scale":
        if line == "ol":
            sim.set_overload(True)
        else:
            wobble = 6 if line.startswith("w") else 0
            grams = decimal_to_grams(line.lstrip("w ").strip() or "0", "kg")
            if grams is not None:
                sim.set_weight(grams, wobble=wobble)
    elif kind == "printer":
        states = {"paper": {"paper_out": True}, "cover": {"cover_open": True}, "silent": {"silent": True},
                  "ok": {"paper_out": False, "cover_open": False, "silent": False}}
        if line in states:
            sim.set_state(**states[line])
    elif kind == "modem" and line in ("ok", "no_sim", "sim_pin", "no_network", "silent"):
        sim.set_mode(line)


if __name__ == "__main__":
    sys.exit(main())
