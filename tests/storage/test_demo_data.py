"""The bulk generator writes the same rows the services would: searchable people, a verifiable ledger."""

from __future__ import annotations

from station.storage.demo_data import connect_bulk, fingerprint, generate_ledger, generate_people


def test_generated_people_are_searchable_and_the_ledger_chain_verifies(services, shopkeeper, tmp_path):
    conn = connect_bulk(tmp_path / "station.sqlite3")
    people = generate_people(conn, 200, seed=5)
    generate_ledger(conn, 300, shopkeeper.id, people, seed=6)
    digest = fingerprint(conn)
    conn.close()
    assert services.people.count() == 200
    someone = services.people.get(people[17])
    assert someone.id in {p.id for p in services.people.search(someone.phones[0][-4:])}
    assert services.ledger.verify_chain() == (True, 300)
    conn = connect_bulk(tmp_path / "again.sqlite3")
    conn.executescript("CREATE TABLE person (id, name, village, grp, household, notes, created_at);"
                       "CREATE TABLE person_phone (person_id, phone, position);"
                       "CREATE TABLE person_key (key, person_id, PRIMARY KEY (key, person_id));")
    generate_people(conn, 200, seed=5)
    assert fingerprint(conn) == digest  # same seed, same village
    conn.close()
