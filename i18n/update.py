"""Refresh the Qt Linguist sources from the code: ``python i18n/update.py``.

Runs PySide6's lupdate over every Python file under ``station/`` (dropping strings that no longer
exist), then fills ``station_en.ts``: English is the source language, so each English translation
is the source text itself, marked finished. Chinese translations are edited in ``station_zh_CN.ts``
with Qt Linguist (``pyside6-linguist i18n/station_zh_CN.ts``) or any XML editor.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("zh_CN", "en")


def lupdate() -> str:
    qt_dir = Path(PySide6.__file__).parent
    for candidate in (qt_dir / "lupdate", qt_dir / "lupdate.exe", qt_dir / "Qt" / "bin" / "lupdate"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit("lupdate not found in PySide6")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "station").rglob("*.py"))


def fill_english(ts_path: Path) -> None:
    tree = ET.parse(ts_path)
    for message in tree.getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = source.text
        else:
            translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    files = sources()
    for lang in LANGS:
        ts = ROOT / "i18n" / f"station_{lang}.ts"
        subprocess.run([lupdate(), "-no-obsolete", "-locations", "none", "-target-language", lang, *files,
                        "-ts", str(ts)], check=True, cwd=ROOT)
    fill_english(ROOT / "i18n" / "station_en.ts")


if __name__ == "__main__":
    sys.exit(main())
