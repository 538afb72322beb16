"""Carrier guessing and waybill cleaning: ranked, overlapping, never rejecting an unknown format."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.carriers import Carrier, guess_carriers, normalise_waybill, s10_check_ok
from station.domain.errors import DomainError


@pytest.mark.parametrize(("number", "first"), [
    ("SF1234567890123", Carrier.SF), ("JT0006968326954", Carrier.JT), ("JDVA11408814483", Carrier.JD),
    ("YT1234567890123", Carrier.YTO), ("DPK123456789012", Carrier.DEPPON), ("773012345678901", Carrier.STO),
    ("EE123456785CN", Carrier.EMS),
])
def test_prefixed_numbers_name_their_carrier_first(number, first):
    assert guess_carriers(number)[0].carrier == first


def test_overlapping_digit_runs_give_several_candidates():
    carriers = [g.carrier for g in guess_carriers("4625987794705")]  # 13 digits
    assert {Carrier.YUNDA, Carrier.EMS}.issubset(carriers) or len(carriers) >= 2
    assert len([g.carrier for g in guess_carriers("432542035598773")]) >= 2  # 15 digits: ZTO, Yunda...
    scores = [g.score for g in guess_carriers("432542035598773")]
    assert scores == sorted(scores, reverse=True)


def test_unknown_format_is_accepted_as_other():
    assert guess_carriers("ABCXYZ99")[0].carrier == Carrier.OTHER
    assert normalise_waybill(" abcxyz99 ") == "ABCXYZ99"


def test_scanner_prefix_full_width_and_spaces_are_cleaned():
    assert normalise_waybill("]C0SF1234567890123\r\n") == "SF1234567890123"
    assert normalise_waybill("ＳＦ１２３４５６７８９０１２３") == "SF1234567890123"


@pytest.mark.parametrize("garbage", ["", "  ", "ab", "张三的快递", "SF12\x00345678", "x" * 41, "12 34;56"])
def test_garbage_scans_are_refused_with_a_code(garbage):
    with pytest.raises(DomainError) as err:
        normalise_waybill(garbage)
    assert err.value.code in ("waybill.empty", "waybill.invalid")


def test_s10_check_digit():
    assert s10_check_ok("EE123456785CN")
    assert not s10_check_ok("EE123456786CN")


@given(st.text(max_size=60))
def test_any_text_either_normalises_or_raises_a_domain_error(text):
    try:
        waybill = normalise_waybill(text)
    except DomainError:
        return
    guesses = guess_carriers(waybill)
    assert guesses and all(0 <= g.score <= 100 for g in guesses)


@given(st.binary(max_size=50))
def test_random_bytes_never_escape(data):
    try:
        normalise_waybill(data.decode("latin-1"))
    except DomainError:
        pass
