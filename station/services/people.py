"""The person registry: create with a duplicate warning, search the way the counter types, merge."""

from __future__ import annotations

from dataclasses import asdict

from station.domain.changes import PEOPLE, Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.operators import Operator, Permission
from station.domain.people import Person, PersonDraft, make_draft, query_keys, search_keys
from station.services.base import ServiceContext

SEARCH_LIMIT = 50


def _payload(person: Person) -> dict:
    data = asdict(person)
    data["phones"] = list(person.phones)
    return data


class PeopleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[Person]:
        lookups = query_keys(text)
        if not lookups:
            return []
        with self._ctx.uow.reading() as uow:
            return uow.people.search(lookups, limit)

    def get(self, person_id: str) -> Person:
        with self._ctx.uow.reading() as uow:
            found = uow.people.get(person_id)
        if found is None:
            raise NotFound("person.not_found")
        return found

    def possible_duplicates(self, draft: PersonDraft) -> list[Person]:
        with self._ctx.uow.reading() as uow:
            return self._duplicates(uow, draft)

    @staticmethod
    def _duplicates(uow, draft: PersonDraft) -> list[Person]:  # type: ignore[no-untyped-def]
        found: dict[str, Person] = {}
        for phone in draft.phones:
            for p in uow.people.find_by_phone(phone):
                found[p.id] = p
        for p in uow.people.find_by_name(draft.name):
            if not draft.village or not p.village or p.village == draft.village:
                found[p.id] = p
        return list(found.values())

    def create(self, actor: Operator, *, name: str, phones: list[str] | tuple[str, ...] = (), village: str = "",
               group: str = "", household: str = "", notes: str = "",
               allow_duplicate: bool = False) -> tuple[Person, Changes]:
        """Create a person. If someone with the same phone, or the same name in the same village, exists,
        raise ``Conflict('person.possible_duplicate')`` carrying the matches, unless the operator confirmed."""
        actor.require(Permission.MANAGE_PEOPLE)
        draft = make_draft(name, phones, village, group, household, notes)
        now = self._ctx.now_iso()
        person_id = new_id()
        with self._ctx.uow() as uow:
            if not allow_duplicate:
                matches = self._duplicates(uow, draft)
                if matches:
                    raise Conflict("person.possible_duplicate", matches=matches)
            if draft.household and uow.people.get(draft.household) is None:
                raise DomainError("person.household_unknown")
            person = uow.people.add(person_id, draft, search_keys(draft.name, draft.phones), now)
            uow.audit.append(at=now, operator_id=actor.id, action="person.created", target_kind="person",
                             target_id=person_id)
            uow.outbox.append("person.created", _payload(person), record_id=new_id(), created_wall=now)
        return person, Changes.of(PEOPLE)

    def update(self, actor: Operator, person_id: str, *, name: str, phones: list[str] | tuple[str, ...] = (),
               village: str = "", group: str = "", household: str = "", notes: str = "") -> tuple[Person, Changes]:
        actor.require(Permission.MANAGE_PEOPLE)
        draft = make_draft(name, phones, village, group, household, notes)
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            if uow.people.get(person_id) is None:
                raise NotFound("person.not_found")
            person = uow.people.update(person_id, draft, search_keys(draft.name, draft.phones))
            uow.audit.append(at=now, operator_id=actor.id, action="person.updated", target_kind="person",
                             target_id=person_id)
            uow.outbox.append("person.updated", _payload(person), record_id=new_id(), created_wall=now)
        return person, Changes.of(PEOPLE)

    def merge(self, actor: Operator, keep_id: str, drop_id: str) -> tuple[Person, Changes]:
        """Fold ``drop_id`` into ``keep_id``: phones are combined and every reference moves over."""
        actor.require(Permission.MERGE_PEOPLE)
        if keep_id == drop_id:
            raise DomainError("person.merge_same")
        now = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            keep, drop = uow.people.get(keep_id), uow.people.get(drop_id)
            if keep is None or drop is None:
                raise NotFound("person.not_found")
            if keep.merged_into or drop.merged_into:
                raise DomainError("person.already_merged")
            phones = tuple(dict.fromkeys(keep.phones + drop.phones))
            moved = uow.people.merge(keep_id, drop_id, search_keys(keep.name, phones))
            merged = uow.people.get(keep_id)
            assert merged is not None
            uow.audit.append(at=now, operator_id=actor.id, action="person.merged", target_kind="person",
                             target_id=keep_id, details={"dropped": drop_id, "moved": moved})
            uow.outbox.append("person.merged", {"keep_id": keep_id, "drop_id": drop_id, "moved": moved},
                              record_id=new_id(), created_wall=now)
        return merged, Changes.of(PEOPLE)

    def count(self) -> int:
        with self._ctx.uow.reading() as uow:
            return uow.people.count()
