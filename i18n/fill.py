"""Fill unfinished translations in a .ts file from a JSON object {source text: translation}.

``python i18n/fill.py i18n/station_zh_CN.ts new-strings.json`` — handy when many strings arrive at once;
single strings are easier in Qt Linguist. Only entries still marked unfinished are touched.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in mapping:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            filled += 1
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    count, left = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    print(f"filled {count}; still unfinished: {len(left)}")
    for text in left:
        print("  ", text)
