from hypothesis import given, settings
from hypothesis import strategies as st

from station.devices.wedge import WedgeDetector, burst


def run(detector, keys):
    """Feed (char, ms) keys; return (delivered text in order, scans)."""
    delivered, scans = [], []
    for ch, at in keys:
        d = detector.key(ch, at)
        delivered.append(d.release)
        if d.scan is not None:
            scans.append(d.scan)
        elif not d.swallow:
            delivered.append(ch)
    delivered.append(detector.expire(10**9))
    return "".join(delivered), scans


def test_fast_burst_ending_in_enter_is_a_scan():
    text, scans = run(WedgeDetector(), burst("SF1234567890123", gap_ms=8))
    assert scans == ["SF1234567890123"] and text == ""


def test_tab_terminator_too():
    assert run(WedgeDetector(), burst("6901234567892", gap_ms=5, terminator="\t"))[1] == ["6901234567892"]


def test_typing_is_delivered_unchanged():
    keys = [(ch, i * 120) for i, ch in enumerate("hello\r")]
    text, scans = run(WedgeDetector(), keys)
    assert scans == [] and text == "hello\r"


def test_short_fast_burst_is_not_a_scan():
    text, scans = run(WedgeDetector(), burst("123", gap_ms=5))
    assert scans == [] and text == "123\r"


def test_one_slow_gap_breaks_the_burst():
    keys = [*burst("ABCD", gap_ms=5, terminator=""), ("E", 100), ("\r", 105)]
    text, scans = run(WedgeDetector(), keys)
    assert scans == [] and text == "ABCDE\r"


def test_expire_releases_held_keys_after_the_gap():
    det = WedgeDetector(max_gap_ms=30)
    assert det.key("a", 0).swallow
    assert det.expire(10) == ""
    assert det.expire(31) == "a" and not det.holding


def test_non_character_keys_are_left_alone():
    assert WedgeDetector().key("", 0).swallow is False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list("ab1\r\t")), st.integers(0, 80)), max_size=40))
def test_no_keystroke_is_ever_lost(steps):
    keys, t = [], 0
    for ch, gap in steps:
        t += gap
        keys.append((ch, t))
    text, scans = run(WedgeDetector(), keys)
    typed = "".join(ch for ch, _ in keys)
    # every key comes out exactly once: as typing, or inside a scan (whose terminator is consumed)
    assert len(text) + sum(len(s) + 1 for s in scans) == len(typed)
