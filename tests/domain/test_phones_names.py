import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.domain.errors import DomainError
from station.domain.names import normalise_name, pinyin_full, pinyin_initials
from station.domain.people import make_draft, query_keys, search_keys
from station.domain.phones import PhoneKind, mask_phone, parse_phone


@pytest.mark.parametrize(("text", "kind", "last4"), [
    ("13812345678", PhoneKind.FULL, "5678"),
    ("+86 138 1234 5678", PhoneKind.FULL, "5678"),
    ("１３８１２３４５６７８", PhoneKind.FULL, "5678"),
    ("138****5678", PhoneKind.MASKED, "5678"),
    ("17012345678-1234", PhoneKind.VIRTUAL, "5678"),
    ("17012345678转1234", PhoneKind.VIRTUAL, "5678"),
    ("17112345678", PhoneKind.VIRTUAL, "5678"),
    ("0571-88886666", PhoneKind.LANDLINE, "6666"),
    ("5678", PhoneKind.LAST4, "5678"),
])
def test_parse_phone_accepts_what_waybills_show(text, kind, last4):
    phone = parse_phone(text)
    assert phone.kind == kind
    assert phone.last4 == last4


def test_masking_hides_the_middle():
    assert parse_phone("13812345678").masked() == "138****5678"
    assert mask_phone("138****5678") == "138****5678"
    assert parse_phone("13812345678").can_receive_sms
    assert not parse_phone("138****5678").can_receive_sms


@pytest.mark.parametrize("text", ["12345", "abc", "1381234567", "23812345678", ""])
def test_bad_phones_get_a_code(text):
    with pytest.raises(DomainError) as err:
        parse_phone(text)
    assert err.value.code == "phone.invalid"


@given(st.text(max_size=25))
def test_parse_phone_fuzz(text):
    try:
        phone = parse_phone(text)
    except DomainError:
        return
    assert len(phone.last4) == 4 and "****" in phone.masked()


def test_pinyin_keys():
    assert pinyin_initials("张三") == ["zs"]
    assert pinyin_full("张三") == "zhangsan"
    assert set(pinyin_initials("曾小明")) >= {"zxm", "cxm"}  # both readings of the surname


@pytest.mark.parametrize("name", ["", "   ", "张3", "a" * 31, "王@"])
def test_absurd_names_rejected(name):
    with pytest.raises(DomainError):
        normalise_name(name)


def test_search_keys_and_queries_meet():
    draft = make_draft("张三", ["13812345678"])
    keys = set(search_keys(draft.name, draft.phones).keys)
    assert {"n:张三", "p:zhangsan", "i:zs", "t:5678", "f:13812345678"} <= keys
    assert query_keys("5678") == [("t:5678", False)]
    assert ("i:zs", True) in query_keys("ZS")
    assert query_keys("张") == [("n:张", True)]


def test_last_four_alone_cannot_register_a_person():
    with pytest.raises(DomainError) as err:
        make_draft("李四", ["5678"])
    assert err.value.code == "person.phone_incomplete"
