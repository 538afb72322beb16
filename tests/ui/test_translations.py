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
