from hypothesis import given
from hypothesis import strategies as st

from station.devices import printer_status as ps


def test_paper_roll_bytes_from_the_manuals():
    assert ps.decode_escpos({4: 0x12}).ready
    near = ps.decode_escpos({4: 0x1E})
    assert near.paper_near_end and not near.paper_out
    out = ps.decode_escpos({4: 0x72})
    assert out.paper_out and not out.paper_near_end and not out.ready
    both = ps.decode_escpos({4: 0x7E})
    assert both.paper_out and both.paper_near_end


def test_offline_cover_and_errors():
    assert not ps.decode_escpos({1: 0x1A}).online
    assert ps.decode_escpos({1: 0x16}).online  # drawer pin high is not offline
    assert ps.decode_escpos({2: 0x16}).cover_open
    assert ps.decode_escpos({2: 0x32}).paper_out
    assert ps.decode_escpos({3: 0x52}).error
    assert ps.query(4) == b"\x10\x04\x04"


def test_invalid_or_missing_reply_is_not_answering_not_no_paper():
    for replies in ({}, {4: 0x00}, {1: 0xFF}):
        status = ps.decode_escpos(replies)
        assert not status.answering and not status.paper_out


def test_tspl_status_byte():
    assert ps.decode_tspl(b"\x00").ready
    s = ps.decode_tspl(b"\x05")
    assert s.paper_out and s.cover_open
    assert ps.decode_tspl(b"\x10").online is False
    assert ps.decode_tspl(b"\x02").error and ps.decode_tspl(b"\x08").error
    assert not ps.decode_tspl(b"").answering


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_encode_decode_round_trip(offline, cover, out, near, error):
    flags = dict(offline=offline, cover_open=cover, paper_out=out, paper_near_end=near, error=error)
    replies = {n: ps.encode_escpos(n, **flags) for n in (1, 2, 3, 4)}
    assert all(ps.valid_escpos_byte(b) for b in replies.values())
    s = ps.decode_escpos(replies)
    assert (s.cover_open, s.paper_out, s.paper_near_end, s.error) == (cover, out, near, error)
    assert s.online == (not (offline or cover or out or error))


@given(st.dictionaries(st.integers(1, 4), st.integers(0, 255)), st.binary(max_size=3))
def test_fuzz_never_raises(replies, tspl):
    ps.decode_escpos(replies)
    ps.decode_tspl(tspl)
