"""Every string is translated, and every translation keeps the placeholders of its source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parent.parent.parent / "i18n"
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?:[:!][^}]*)?\}")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_catalogue_is_complete_and_placeholders_survive(language):
    root = ET.parse(I18N / f"station_{language}.ts").getroot()
    unfinished, broken = [], []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            unfinished.append(source)
            continue
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text or "")):
            broken.append((source, translation.text))
    assert unfinished == []
    assert broken == []


def test_no_string_hides_from_the_translation_tool():
    """lupdate finds ``QCoreApplication.translate("Context", "text")`` and ``self.tr("text")`` only when
    written out: an alias (``t = QCoreApplication.translate``) or a variable as the text keeps the
    string out of the catalogue, and it shows in English on a Chinese screen (carrier names did)."""
    station = I18N.parent / "station"  # the Qt screens; the hub's web pages have their own table
    alias = re.compile(r"=\s*QCoreApplication\.translate\s*$|=\s*QCoreApplication\.translate\b(?!\()", re.M)
    variable = re.compile(r"(?:QCoreApplication\.translate\(\s*\"\w+\"\s*,|\bself\.tr\()\s*[a-z_][\w.]*\s*[,)]")
    offenders = [f"{path.relative_to(station.parent)}: {m.group(0).strip()}"
                 for path in sorted((station / "ui").rglob("*.py"))
                 for m in (*alias.finditer(path.read_text(encoding="utf-8")),
                           *variable.finditer(path.read_text(encoding="utf-8")))]
    assert offenders == []
