"""The supervisor login locks a name after 5 wrong passwords, in the database, over real HTTP."""

from __future__ import annotations

import datetime as dt
import re
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sync_support as s
from sqlalchemy import update

from station.hub import supervisors
from station.hub import tables as t
from station.hub.db import utc_now, utc_text

WRONG = "用户名或密码错误"
LOCKED = "已被锁定"
UNTIL = re.compile(r"请在 (\d{4}-\d\d-\d\d \d\d:\d\d) 之后再试")


@pytest.fixture
def hub(hub_db_url):
    with s.HubThread(hub_db_url) as h:
        supervisors.create(h.engine, "zhang", "secret-pass")
        supervisors.create(h.engine, "li", "other-pass")
        yield h


def _post(hub, name: str, password: str, lang: str = "", addr: str = "") -> httpx.Response:
    headers = {"X-Forwarded-For": addr} if addr else {}  # uvicorn trusts it from 127.0.0.1 only
    return httpx.post(f"{hub.url}/admin/login{lang}", data={"name": name, "password": password}, headers=headers,
                      follow_redirects=False, timeout=30)


def _logged_in(r: httpx.Response) -> bool:
    return r.status_code == 303 and "vs_hub_session" in r.cookies


def _unlock(hub, name: str) -> None:
    """What 15 minutes of waiting does: the stored lock time lies in the past."""
    with hub.engine.begin() as conn:
        conn.execute(update(t.login_throttle).where(t.login_throttle.c.key == f"name:{name}")
                     .values(locked_until=utc_text(utc_now() - dt.timedelta(seconds=1))))


def test_five_wrong_passwords_lock_the_name_even_against_the_right_one(hub):
    for _ in range(4):
        r = _post(hub, "zhang", "wrong-pass")
        assert r.status_code == 200 and WRONG in r.text and LOCKED not in r.text
    fifth = _post(hub, "zhang", "wrong-pass")
    assert fifth.status_code == 429 and "该账号连续 5 次密码错误，已被锁定" in fifth.text
    until = dt.datetime.strptime(UNTIL.search(fifth.text).group(1), "%Y-%m-%d %H:%M").astimezone()
    expected = dt.datetime.now().astimezone() + supervisors.LOCK
    assert dt.timedelta(0) <= until - expected + dt.timedelta(minutes=1) <= dt.timedelta(minutes=2)
    right = _post(hub, "zhang", "secret-pass")
    assert not _logged_in(right) and right.status_code == 429 and LOCKED in right.text
    assert "locked after 5 wrong passwords" in _post(hub, "zhang", "secret-pass", "?lang=en").text
    assert _logged_in(_post(hub, "li", "other-pass"))  # the lock is per name


def test_the_lock_outlives_a_hub_restart_and_ends_after_its_time(hub_db_url):
    with s.HubThread(hub_db_url) as hub:
        supervisors.create(hub.engine, "zhang", "secret-pass")
        for _ in range(5):
            _post(hub, "zhang", "wrong-pass")
    with s.HubThread(hub_db_url) as hub:
        r = _post(hub, "zhang", "secret-pass")
        assert r.status_code == 429 and LOCKED in r.text
        _unlock(hub, "zhang")
        assert _logged_in(_post(hub, "zhang", "secret-pass"))


def test_a_success_resets_the_count(hub):
    for _ in range(2):
        for _ in range(4):
            assert WRONG in _post(hub, "zhang", "wrong-pass").text
        assert _logged_in(_post(hub, "zhang", "secret-pass"))
    for _ in range(4):
        _post(hub, "zhang", "wrong-pass")
    assert LOCKED in _post(hub, "zhang", "wrong-pass").text
    _unlock(hub, "zhang")
    assert WRONG in _post(hub, "zhang", "wrong-pass").text  # a fresh count after the lock: not locked again


def test_an_unknown_name_gets_the_same_answer_cost_and_lock(hub, monkeypatch):
    checks = []
    real = supervisors.check_password
    monkeypatch.setattr(supervisors, "check_password", lambda p, h: checks.append(1) or real(p, h))
    known, unknown = _post(hub, "zhang", "wrong-pass"), _post(hub, "nobody", "wrong-pass")
    assert known.status_code == unknown.status_code == 200 and known.text == unknown.text and WRONG in known.text
    assert len(checks) == 2  # the password hash check runs for the unknown name too

    def fastest(name: str) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            _post(hub, name, "wrong-pass")
            times.append(time.perf_counter() - started)
        return min(times)

    known_s, unknown_s = fastest("zhang"), fastest("nobody")
    assert 0.5 < unknown_s / known_s < 2, (known_s, unknown_s)
    # "nobody" has had 4 wrong passwords, like "zhang": the 5th locks it in the same words
    locked = _post(hub, "nobody", "wrong-pass")
    assert locked.status_code == 429 and "该账号连续 5 次密码错误，已被锁定" in locked.text
    assert LOCKED in _post(hub, "nobody", "wrong-pass").text


def test_parallel_guesses_cannot_outrun_the_lock(hub):
    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda _: _post(hub, "zhang", "wrong-pass"), range(12)))
    assert sum(WRONG in r.text for r in answers) == 4
    assert sum(LOCKED in r.text for r in answers) == 8


def test_many_failures_from_one_address_pause_logins_from_it(hub, monkeypatch):
    monkeypatch.setattr(supervisors, "ADDR_LIMIT", 4)
    for i in range(3):
        assert WRONG in _post(hub, f"guess{i}", "wrong-pass", addr="10.0.0.7").text
    r = _post(hub, "guess3", "wrong-pass", addr="10.0.0.7")
    assert r.status_code == 429 and "这台电脑登录失败次数太多" in r.text
    assert "这台电脑" in _post(hub, "zhang", "secret-pass", addr="10.0.0.7").text
    assert _logged_in(_post(hub, "zhang", "secret-pass", addr="10.0.0.8"))
