from hypothesis import given, settings
from hypothesis import strategies as st

from station.devices import modem_at as at
from station.domain.readings import SimState, SmsReason


def reply(data: bytes, echo: str = "") -> at.AtReply:
    reader = at.AtReader(echo_of=echo)
    reader.feed(data)
    return reader.reply


def test_ucs2_encoding_of_number_and_text():
    assert at.ucs2_hex("138") == "003100330038"
    assert at.ucs2_hex("村站") == "67517AD9"
    assert at.cmgs_command("13800138000") == b'AT+CMGS="00310033003800300030003100330038003000300030"\r'
    assert at.message_body("OK") == b"004F004B\x1a"
    assert at.ucs2_unhex("67517AD9") == "村站" and at.ucs2_unhex("zz") is None


def test_long_text_is_split_at_70_utf16_units_without_breaking_surrogates():
    assert [len(p) for p in at.split_text("取" * 150)] == [70, 70, 10]
    parts = at.split_text("a" * 69 + "😀" + "b")
    assert parts == ["a" * 69, "😀b"]
    assert at.split_text("") == []


def test_phone_normalisation():
    assert at.normalize_phone("138 0013-8000") == "13800138000"
    assert at.normalize_phone("+8613800138000") == "+8613800138000"
    assert at.normalize_phone("138****5678") is None


def test_reader_handles_echo_chunks_and_finals():
    reader = at.AtReader(echo_of="AT+CSQ")
    done = [reader.feed(bytes([b])) for b in b"AT+CSQ\r\r\n+CSQ: 21,99\r\n\r\nOK\r\n"]
    assert done[-2] and done[-1] and not any(done[:-2])  # complete at the CR after OK
    assert reader.reply.lines == ["+CSQ: 21,99"] and at.parse_csq(reader.reply) == 21
    assert at.parse_csq(reply(b"\r\n+CSQ: 99,99\r\n\r\nOK\r\n")) is None
    assert reply(b"\r\n> ").final == "PROMPT"
    sent = reply(b"\r\n+CMGS: 17\r\n\r\nOK\r\n")
    assert sent.ok and at.parse_cmgs(sent) == 17


def test_error_numbers_map_to_reasons():
    assert reply(b"\r\n+CMS ERROR: 331\r\n").reason() == SmsReason.NO_NETWORK
    assert reply(b"\r\n+CMS ERROR: 332\r\n").reason() == SmsReason.NETWORK_TIMEOUT
    assert reply(b"\r\n+CMS ERROR: 310\r\n").reason() == SmsReason.NO_SIM
    assert reply(b"\r\n+CMS ERROR: 1\r\n").reason() == SmsReason.INVALID_NUMBER
    assert reply(b"\r\n+CMS ERROR: 330\r\n").reason() == SmsReason.NO_SMSC
    assert reply(b"\r\n+CME ERROR: 10\r\n").reason() == SmsReason.NO_SIM
    assert reply(b"\r\n+CME ERROR: SIM not inserted\r\n").reason() == SmsReason.NO_SIM
    assert reply(b"\r\n+CMS ERROR: 999\r\n").reason() == SmsReason.UNKNOWN
    assert reply(b"\r\n+CMS ERROR: 331\r\n").error_number() == 331


def test_sim_and_registration_parsing():
    assert at.parse_cpin(reply(b"\r\n+CPIN: READY\r\n\r\nOK\r\n")) == SimState.READY
    assert at.parse_cpin(reply(b"\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n")) == SimState.PIN_REQUIRED
    assert at.parse_cpin(reply(b"\r\n+CME ERROR: 10\r\n")) == SimState.NO_SIM
    assert at.parse_creg(reply(b"\r\n+CREG: 0,1\r\n\r\nOK\r\n")) is True
    assert at.parse_creg(reply(b"\r\n+CREG: 0,5\r\n\r\nOK\r\n")) is True
    assert at.parse_creg(reply(b"\r\n+CREG: 0,2\r\n\r\nOK\r\n")) is False
    assert at.parse_creg(reply(b"\r\nERROR\r\n")) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=50), max_size=10))
def test_fuzz_reader_never_raises(chunks):
    reader = at.AtReader(echo_of="AT")
    for chunk in chunks:
        reader.feed(chunk)
    r = reader.reply
    r.reason()
    at.parse_cmgs(r), at.parse_csq(r), at.parse_creg(r), at.parse_cpin(r)
