from hypothesis import given, settings
from hypothesis import strategies as st

from station.devices.scanner import ScannerFramer, encode_scan, strip_aim


def codes(events):
    return [e.code for e in events]


def test_cr_lf_and_crlf_suffixes():
    framer = ScannerFramer("s1")
    assert codes(framer.feed(b"6901234567892\r", 0)) == ["6901234567892"]
    assert codes(framer.feed(b"SF1234567890123\n", 10)) == ["SF1234567890123"]
    assert codes(framer.feed(b"JT0006968326954\r\nYT1234567890123\r\n", 20)) == ["JT0006968326954", "YT1234567890123"]
    assert framer.good_frames == 4 and framer.bad_frames == 0


def test_split_across_chunks_and_crlf_split():
    framer = ScannerFramer("s1")
    assert framer.feed(b"SF12345", 0) == []
    assert codes(framer.feed(b"67890123\r", 5)) == ["SF1234567890123"]
    assert framer.feed(b"\n", 6) == []  # the LF of a CRLF is not an empty code


def test_idle_gap_flush_without_suffix():
    framer = ScannerFramer("s1", suffix=False, idle_flush_ms=100)
    assert framer.feed(b"ABC", 0) == [] and framer.feed(b"123", 5) == []
    assert framer.poll(50) == []
    assert codes(framer.poll(105)) == ["ABC123"]
    # a new burst after a gap first flushes the old one
    framer.feed(b"X1", 200)
    assert codes(framer.feed(b"Y2", 400)) == ["X1"]


def test_aim_prefix_stripped_and_kept_as_symbology():
    framer = ScannerFramer("s1")
    [event] = framer.feed(b"]E06901234567892\r", 0)
    assert (event.code, event.symbology, event.raw) == ("6901234567892", "]E0", b"]E06901234567892")
    assert strip_aim("]C1(01)123") == ("(01)123", "]C1")
    assert strip_aim("SF123") == ("SF123", "")
    [kept] = ScannerFramer("s1", strip_aim_id=False).feed(b"]E0123\r", 0)
    assert kept.code == "]E0123"


def test_gs1_separator_kept_other_control_characters_rejected():
    framer = ScannerFramer("s1")
    assert codes(framer.feed(b"]C1010690123456789\x1d10ABC\r", 0)) == ["010690123456789\x1d10ABC"]
    assert framer.feed(b"AB\x07CD\r", 0) == [] and framer.bad_frames == 1


def test_chinese_qr_content_utf8_and_gbk():
    framer = ScannerFramer("s1")
    assert codes(framer.feed("村站取件码1234\r".encode(), 0)) == ["村站取件码1234"]
    assert codes(framer.feed("村站".encode("gbk") + b"\r", 0)) == ["村站"]


def test_configured_prefix_removed():
    framer = ScannerFramer("s1", prefix=b"@@")
    assert codes(framer.feed(b"@@ABC123\r", 0)) == ["ABC123"]


def test_overlong_garbage_is_counted_and_dropped():
    framer = ScannerFramer("s1", max_length=64)
    framer.feed(b"X" * 100, 0)
    assert framer.bad_frames == 1
    assert codes(framer.feed(b"OK1\r", 1)) == ["OK1"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(0, 1000))
def test_fuzz_never_raises_and_resyncs(noise, t):
    framer = ScannerFramer("s1", idle_flush_ms=50)
    framer.feed(noise, t)
    framer.poll(t + 10)
    events = framer.feed(b"\r" + encode_scan("SF1234567890123"), t + 20)
    assert events and events[-1].code == "SF1234567890123"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=40),
       st.lists(st.integers(1, 10), max_size=8))
def test_any_code_any_chunking(code, cuts):
    data = encode_scan(code, suffix=b"\r\n")
    framer = ScannerFramer("s1", strip_aim_id=False)
    out, pos = [], 0
    for cut in cuts:
        out += framer.feed(data[pos:pos + cut], 0)
        pos += cut
    out += framer.feed(data[pos:], 0)
    assert codes(out) == [code]
