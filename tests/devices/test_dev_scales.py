"""Scale families: examples from hardware.md, chunking, and fuzzing (no exception, bad frames counted,
good frames after noise still parse)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.devices.scales import (
    PROTOCOLS,
    ScaleFramer,
    cas22,
    make_protocol,
    mtsics,
    stgs,
    toledo8217,
    yaohua,
)


def feed(name, data, **kw):
    framer = ScaleFramer(make_protocol(name), **kw)
    return framer, framer.feed(data)


# -- ST,GS family ---------------------------------------------------------------------------------
def test_stgs_brief_example_byte_by_byte():
    frame = bytes.fromhex("53 54 2C 47 53 2C 2B 20 20 31 2E 32 33 34 6B 67 0D 0A")
    _, [r] = feed("stgs", frame)
    assert (r.grams, r.stable, r.net, r.overload, r.unit_raw) == (1234, True, False, False, "kg")


@pytest.mark.parametrize(("line", "grams", "stable", "net"), [
    (b"ST,GS,  18.000kg\r\n", 18000, True, False),  # Liden, space sign
    (b"US,NT,-  0.200kg\r\n", -200, False, True),  # Liden unstable net negative
    (b"ST,GS,   245.6 g\r\n", 246, True, False),  # T-Scale QHW 5-field
    (b"ST,GS    20.7g\r\n", 21, True, False),  # T-Scale NHB, no comma
    (b"ST,GS,+0001.500,kg\r\n", 1500, True, False),  # Tiger: comma before the unit
    ("ST,GS,+  2.500斤\r\n".encode("gbk"), 1250, True, False),  # jin in GBK
    (b"ST,GS,+  3.000jin\r\n", 1500, True, False),
    (b"ST,GS,+  1.000lb\r\n", 454, True, False),
])
def test_stgs_variants(line, grams, stable, net):
    _, [r] = feed("stgs", line)
    assert (r.grams, r.stable, r.net) == (grams, stable, net)


def test_stgs_overload_and_underload():
    _, [over] = feed("stgs", b"OL,GS,+            \r\n")
    _, [under] = feed("stgs", b"OL,GS,-       kg\r\n")
    assert over.overload and not over.stable and not over.underload
    assert under.underload and not under.overload


def test_stgs_tare_display_is_not_a_reading_nor_bad():
    framer, readings = feed("stgs", b"ST,TR,+  0.500kg\r\n")
    assert readings == [] and framer.bad_frames == 0 and framer.ignored_frames == 1


# -- Toledo 8217 ------------------------------------------------------------------------------------
def test_toledo_weight_net_and_status():
    framer = ScaleFramer(make_protocol("toledo8217"))
    assert framer.feed(bytes.fromhex("02 30 31 2E 32 33 34 0D"))[0].grams == 1234
    net = framer.feed(b"\x0201.234N\r")[0]
    assert net.net and net.stable
    under = framer.feed(b"\x02?D\r")[0]  # Odoo's example: under zero
    assert under.underload and not under.stable
    motion = framer.feed(b"\x02?A\r")[0]
    assert not motion.stable and motion.grams == 1234  # keeps showing the last weight
    assert framer.feed(b"\x02?B\r")[0].overload
    assert framer.feed(b"\x02?`\r")[0].net


def test_toledo_status_without_bit6_is_bad():
    framer, readings = feed("toledo8217", b"\x02?\x01\r")
    assert readings == [] and framer.bad_frames == 1


def test_toledo_settings_are_7e1_and_poll_w():
    proto = make_protocol("toledo8217")
    assert proto.settings.short == "9600 7E1" and proto.poll_command == b"W"
    assert (proto.zero_command, proto.tare_command, proto.clear_tare_command) == (b"Z", b"T", b"C")


# -- Yaohua XK3190 tF=0 ----------------------------------------------------------------------------
def test_yaohua_examples_and_software_stability():
    twenty = bytes.fromhex("02 2B 30 30 32 30 30 30 32 31 42 03")  # +20.00, XOR 0x1B
    zero = bytes.fromhex("022b303030303030303142 03".replace(" ", ""))
    framer = ScaleFramer(make_protocol("yaohua_tf0"), stable_after=3)
    results = [framer.feed(twenty)[0] for _ in range(3)]
    assert [r.grams for r in results] == [20000, 20000, 20000]
    assert [r.stable for r in results] == [False, False, True]
    assert framer.feed(zero)[0] == framer.latest and not framer.latest.stable


def test_yaohua_bad_checksum_counted():
    bad = bytes.fromhex("02 2B 30 30 32 30 30 30 32 31 43 03")
    good = yaohua.encode(1500)
    framer, readings = feed("yaohua_tf0", bad + good)
    assert framer.bad_frames == 1 and [r.grams for r in readings] == [1500]


# -- CAS 22-byte -----------------------------------------------------------------------------------
def test_cas22_layout_and_binary_id_byte():
    frame = b"ST,GS," + bytes([0x0A, 0xC4]) + b",000013.5 kg\r\n"  # device 10 sent as raw 0x0A (= LF)
    assert len(frame) == 22
    _, [r] = feed("cas22", frame)
    assert (r.grams, r.stable, r.net) == (13500, True, False)
    _, [net] = feed("cas22", cas22.encode(-200, stable=False, net=True))
    assert (net.grams, net.stable, net.net) == (-200, False, True)
    _, [ol] = feed("cas22", cas22.encode(0, overload=True))
    assert ol.overload


# -- MT-SICS ---------------------------------------------------------------------------------------
def test_sics_replies():
    framer = ScaleFramer(make_protocol("mtsics"))
    assert framer.feed(b"S S     100.00 g\r\n")[0].grams == 100
    dyn = framer.feed(b"S D   -0.6800 g\r\n")[0]
    assert not dyn.stable and dyn.grams == -1
    assert framer.feed(b"S I\r\n") == []
    assert framer.feed(b"S +\r\n")[0].overload
    assert framer.feed(b"S -\r\n")[0].underload
    assert framer.feed(b"ES\r\nET\r\nEL\r\n") == []
    assert framer.bad_frames == 0 and framer.ignored_frames == 4
    framer.feed(b"T S      50.00 g\r\n")
    assert framer.feed(b"S S     100.00 g\r\n")[0].net
    framer.feed(b"TAC A\r\n")
    assert not framer.feed(b"S S     100.00 g\r\n")[0].net


# -- all families ----------------------------------------------------------------------------------
GOOD = {
    "stgs": stgs.encode(1234),
    "toledo8217": toledo8217.encode_weight(1234),
    "yaohua_tf0": yaohua.encode(1234),
    "cas22": cas22.encode(1234),
    "mtsics": mtsics.encode(1234),
}


def test_every_family_has_a_good_example():
    assert set(GOOD) == set(PROTOCOLS)


@pytest.mark.parametrize("name", sorted(GOOD))
def test_any_chunking_gives_the_same_readings(name):
    stream = GOOD[name] * 4
    _, whole = feed(name, stream)
    framer = ScaleFramer(make_protocol(name))
    pieces = [framer.feed(stream[i:i + 1]) for i in range(len(stream))]
    assert [r for p in pieces for r in p] == whole
    assert len(whole) == 4 and whole[-1].grams == 1234


@pytest.mark.parametrize("name", sorted(GOOD))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300), cut=st.integers(0, 40))
def test_fuzz_no_exception_and_good_frame_after_noise_parses(name, data, cut):
    framer = ScaleFramer(make_protocol(name), stable_after=1)
    framer.feed(data)
    framer.feed(GOOD[name][:cut])  # a truncated frame...
    # ...then a line break and a complete frame: the framer must resynchronise
    readings = framer.feed(b"\r\n" + GOOD[name] + GOOD[name])
    assert readings and readings[-1].grams == 1234


@pytest.mark.parametrize("name", sorted(GOOD))
@settings(max_examples=100, deadline=None)
@given(chunks=st.lists(st.binary(max_size=40), max_size=20))
def test_fuzz_random_chunks_never_raise(name, chunks):
    framer = ScaleFramer(make_protocol(name))
    for chunk in chunks:
        for r in framer.feed(chunk):
            assert isinstance(r.grams, int)
    assert framer.bad_frames >= 0


def test_noise_between_frames_is_counted():
    framer, readings = feed("stgs", GOOD["stgs"] + b"garbage\r\n" + GOOD["stgs"])
    assert len(readings) == 2 and framer.bad_frames == 1
