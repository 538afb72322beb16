"""Chinese personal names and their pinyin search keys.

Counter staff search ``zs`` for 张三 or type ``zhang``. Surnames with several readings (曾 zeng/ceng,
单 shan/dan, 仇 qiu/chou, 解 xie/jie...) get every reading of their first character, so either spelling
finds the person.
"""

from __future__ import annotations

import re
import unicodedata

from station.domain.errors import DomainError

MAX_NAME_CHARS = 30
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ALLOWED = re.compile(r"^[\u3400-\u9fff\uf900-\ufaffA-Za-z·•．.\- ]+$")


def normalise_name(text: str) -> str:
    """Trim, fold full-width letters, collapse inner spaces; raise on empty or absurd names."""
    name = unicodedata.normalize("NFKC", text).strip()
    name = re.sub(r"\s+", " ", name)
    if not name:
        raise DomainError("person.name_empty")
    if len(name) > MAX_NAME_CHARS:
        raise DomainError("person.name_too_long", max=MAX_NAME_CHARS)
    if not _ALLOWED.match(name):
        raise DomainError("person.name_invalid", text=text)
    return name


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def pinyin_full(name: str) -> str:
    """``张三`` -> ``zhangsan`` (lower case, no tones, no spaces)."""
    from pypinyin import lazy_pinyin  # its dictionaries take ~0.3 s to load: not at start-up

    return "".join(lazy_pinyin(name, errors=lambda s: s.lower())).replace(" ", "").lower()


def pinyin_initials(name: str) -> list[str]:
    """All initials spellings of a name: ``曾小明`` -> ``['zxm', 'cxm']``; ``张三`` -> ``['zs']``."""
    from pypinyin import Style, lazy_pinyin, pinyin

    if not has_han(name):
        words = re.findall(r"[A-Za-z]+", name)
        return ["".join(w[0] for w in words).lower()] if words else []
    rest = "".join(lazy_pinyin(name[1:], style=Style.FIRST_LETTER, errors=lambda s: s[:1])).lower()
    first_readings = pinyin(name[0], style=Style.FIRST_LETTER, heteronym=True, errors=lambda s: [s[:1]])[0]
    variants: list[str] = []
    for reading in first_readings:
        key = (reading + rest).lower().replace(" ", "")
        if key and key not in variants:
            variants.append(key)
    return variants
