"""``station`` command: parse the command line and start the program."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="station", description="Village Station (村站) counter program")
    parser.add_argument("--home", help="folder for the database, backups and logs (overrides STATION_HOME)")
    parser.add_argument("--portable", action="store_true", help="keep data in a 'data' folder beside the program")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="language for this and later runs")
    parser.add_argument("--training", action="store_true",
                        help="training mode: separate practice database, simulated devices, never syncs")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from station.app import Options, run

    return run(Options(home=args.home, portable=args.portable, language=args.lang, training=args.training))


if __name__ == "__main__":
    sys.exit(main())
