"""The one person registry: 村民, 农户 and 寄件人 are the same person."""

from __future__ import annotations

from dataclasses import dataclass, field

from station.domain.errors import DomainError
from station.domain.names import has_han, normalise_name, pinyin_full, pinyin_initials
from station.domain.phones import Phone, PhoneKind, parse_phone

MAX_PHONES = 5
MAX_NOTES_CHARS = 500
MAX_PLACE_CHARS = 40


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What an operator typed to create or edit a person, already validated."""

    name: str
    phones: tuple[str, ...] = ()
    village: str = ""
    group: str = ""  # 村民小组
    household: str = ""  # household id; people in one household share it
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    phones: tuple[str, ...]
    village: str
    group: str
    household: str
    notes: str
    created_at: str
    merged_into: str | None = None

    @property
    def phone_objects(self) -> list[Phone]:
        return [parse_phone(p) for p in self.phones]


def make_draft(
    name: str,
    phones: list[str] | tuple[str, ...] = (),
    village: str = "",
    group: str = "",
    household: str = "",
    notes: str = "",
) -> PersonDraft:
    """Validate raw input; raise ``DomainError`` with the first problem found."""
    clean_name = normalise_name(name)
    parsed: list[str] = []
    for raw in phones:
        if not raw or not raw.strip():
            continue
        phone = parse_phone(raw)
        if phone.kind == PhoneKind.LAST4:
            raise DomainError("person.phone_incomplete", text=raw)
        if phone.stored() not in parsed:
            parsed.append(phone.stored())
    if len(parsed) > MAX_PHONES:
        raise DomainError("person.too_many_phones", max=MAX_PHONES)
    for label, value in (("village", village), ("group", group)):
        if len(value.strip()) > MAX_PLACE_CHARS:
            raise DomainError("person.place_too_long", field=label, max=MAX_PLACE_CHARS)
    if len(notes) > MAX_NOTES_CHARS:
        raise DomainError("person.notes_too_long", max=MAX_NOTES_CHARS)
    return PersonDraft(clean_name, tuple(parsed), village.strip(), group.strip(), household.strip(), notes.strip())


@dataclass(frozen=True, slots=True)
class SearchKeys:
    """Index keys for one person; storage writes them to an indexed table for prefix search."""

    keys: tuple[str, ...] = field(default_factory=tuple)


def search_keys(name: str, phones: tuple[str, ...]) -> SearchKeys:
    keys: list[str] = [f"n:{name.lower()}"]
    if has_han(name):
        keys.append(f"p:{pinyin_full(name)}")
    keys.extend(f"i:{k}" for k in pinyin_initials(name))
    for stored in phones:
        phone = parse_phone(stored)
        keys.append(f"t:{phone.last4}")
        if phone.kind in (PhoneKind.FULL, PhoneKind.VIRTUAL, PhoneKind.LANDLINE):
            keys.append(f"f:{phone.digits}")
    return SearchKeys(tuple(dict.fromkeys(keys)))


def query_keys(text: str) -> list[tuple[str, bool]]:
    """Turn what was typed in a search box into ``(key, is_prefix)`` lookups.

    ``5678`` -> phone last 4 (exact); ``13812345678`` -> full phone; ``zs`` -> pinyin initials or full
    pinyin prefix; ``张`` -> name prefix.
    """
    q = text.strip().lower().replace(" ", "")
    if not q:
        return []
    if q.isdigit():
        if len(q) == 4:
            return [(f"t:{q}", False)]
        if len(q) >= 5:
            return [(f"f:{q}", True)]
        return []
    if q.isascii() and q.isalpha():
        return [(f"i:{q}", True), (f"p:{q}", True)]
    return [(f"n:{q}", True)]
