"""People: rows, phones and the search-key index."""

from __future__ import annotations

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from station.domain.people import Person, PersonDraft, SearchKeys
from station.storage.fast import Sql, placeholders
from station.storage.schema import metadata, person, person_key, person_phone

SEARCH_CEILING = "\U0010ffff"
PHONE_SEPARATOR = "\x1f"  # ASCII unit separator: never part of a stored phone


class SqlPeople:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._sql = Sql(conn)  # loading by id is on the scan-to-record path (station.storage.fast)

    def add(self, person_id: str, draft: PersonDraft, keys: SearchKeys, created_at: str) -> Person:
        self._conn.execute(insert(person), dict(
            id=person_id, name=draft.name, village=draft.village, grp=draft.group,
            household=draft.household or person_id, notes=draft.notes, created_at=created_at))
        self._write_phones_and_keys(person_id, draft.phones, keys)
        found = self.get(person_id)
        assert found is not None
        return found

    def update(self, person_id: str, draft: PersonDraft, keys: SearchKeys) -> Person:
        self._conn.execute(update(person).where(person.c.id == person_id).values(
            name=draft.name, village=draft.village, grp=draft.group,
            household=draft.household or person_id, notes=draft.notes))
        self._conn.execute(delete(person_phone).where(person_phone.c.person_id == person_id))
        self._conn.execute(delete(person_key).where(person_key.c.person_id == person_id))
        self._write_phones_and_keys(person_id, draft.phones, keys)
        found = self.get(person_id)
        assert found is not None
        return found

    def _write_phones_and_keys(self, person_id: str, phones: tuple[str, ...], keys: SearchKeys) -> None:
        if phones:
            self._conn.execute(insert(person_phone), [
                {"person_id": person_id, "phone": p, "position": i} for i, p in enumerate(phones)])
        if keys.keys:
            self._conn.execute(insert(person_key), [{"key": k, "person_id": person_id} for k in keys.keys])

    def get(self, person_id: str) -> Person | None:
        found = self._load([person_id])
        return found[0] if found else None

    def name_of(self, person_id: str) -> tuple[str, str | None] | None:
        """The person's name and whom they were merged into: all an intake needs of the person it is
        for (their phones are the arrival notice's, composed after the commit), in one small row."""
        row = self._sql.tuples("SELECT name, merged_into FROM person WHERE id = ?", (person_id,))
        return (row[0][0], row[0][1]) if row else None

    def _load(self, ids: list[str]) -> list[Person]:
        if not ids:
            return []
        # The phones come along in one statement, joined by a unit separator (a phone is digits, '+',
        # '*' or '-'): a second statement cost ~0.03 ms of an intake on a cold CPU. The inner ORDER BY
        # is kept for an aggregate over the subquery (SQLite keeps a subquery's order for group_concat).
        rows = self._sql.tuples(
            "SELECT id, name, village, grp, household, notes, created_at, merged_into, "
            "(SELECT group_concat(phone, ?) FROM (SELECT phone FROM person_phone AS ph "
            "WHERE ph.person_id = person.id ORDER BY position)) "
            f"FROM person WHERE id IN ({placeholders(len(ids))})", [PHONE_SEPARATOR, *ids])
        by_id = {r[0]: Person(r[0], r[1], tuple(r[8].split(PHONE_SEPARATOR)) if r[8] else (), r[2], r[3], r[4],
                              r[5], r[6], r[7])
                 for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def search(self, lookups: list[tuple[str, bool]], limit: int) -> list[Person]:
        ids: list[str] = []
        for key, is_prefix in lookups:
            cond = (and_(person_key.c.key >= key, person_key.c.key < key + SEARCH_CEILING)
                    if is_prefix else person_key.c.key == key)
            query = (select(person_key.c.person_id).join(person, person.c.id == person_key.c.person_id)
                     .where(cond, person.c.merged_into.is_(None)).limit(limit))
            for (pid,) in self._conn.execute(query):
                if pid not in ids:
                    ids.append(pid)
            if len(ids) >= limit:
                break
        return self._load(ids[:limit])

    def find_by_phone(self, phone: str) -> list[Person]:
        ids = self._sql.values("SELECT person_phone.person_id FROM person_phone JOIN person "
                               "ON person.id = person_phone.person_id WHERE phone = ? AND merged_into IS NULL", (phone,))
        return self._load(ids)

    def find_by_name(self, name: str) -> list[Person]:
        ids = [pid for (pid,) in self._conn.execute(
            select(person.c.id).join(person_key, person_key.c.person_id == person.c.id)
            .where(person_key.c.key == f"n:{name.lower()}", person.c.merged_into.is_(None)))]
        return self._load(ids)

    def merge(self, keep_id: str, drop_id: str, keys: SearchKeys) -> dict[str, int]:
        """Point every reference to ``drop_id`` at ``keep_id``; returns how many rows moved per table.

        References are found from the schema's foreign keys, so tables added by later features
        (parcels, purchases, lots) are covered without touching this code.
        """
        moved: dict[str, int] = {}
        for table in metadata.sorted_tables:
            if table.name in ("person_phone", "person_key"):
                continue
            for fk in table.foreign_keys:
                if fk.column.table is person and fk.column.name == "id":
                    col = fk.parent
                    result = self._conn.execute(update(table).where(col == drop_id).values({col.name: keep_id}))
                    if result.rowcount:
                        moved[f"{table.name}.{col.name}"] = result.rowcount
        keep = self.get(keep_id)
        drop = self.get(drop_id)
        assert keep is not None and drop is not None
        phones = tuple(dict.fromkeys(keep.phones + drop.phones))
        self._conn.execute(delete(person_phone).where(person_phone.c.person_id.in_((keep_id, drop_id))))
        self._conn.execute(delete(person_key).where(person_key.c.person_id.in_((keep_id, drop_id))))
        self._write_phones_and_keys(keep_id, phones, keys)
        self._conn.execute(update(person).where(person.c.household == drop.household, person.c.id != drop_id)
                           .values(household=keep.household))
        self._conn.execute(update(person).where(person.c.id == drop_id).values(merged_into=keep_id))
        return moved

    def count(self) -> int:
        return self._conn.execute(
            select(func.count()).select_from(person).where(person.c.merged_into.is_(None))).scalar_one()
