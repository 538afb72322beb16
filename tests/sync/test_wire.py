"""The shared wire format: round trips, determinism, caps, signatures, and fuzzing of every parser."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station.sync import wire


def _envs(n: int, start: int = 1) -> list[wire.Envelope]:
    return [wire.Envelope(seq=start + i, record_id=f"rec-{start + i}", kind="parcel.taken_in",
                          schema_version=1, payload=wire.canonical_json({"amount_fen": i, "名": "张三"}),
                          created_wall="2024-05-01T08:00:00+08:00", created_mono_ns=i, boot_id="b")
            for i in range(n)]


def _batch(envs: list[wire.Envelope]) -> bytes:
    hashes = [e.payload_sha256 for e in envs]
    prev = wire.ZERO_HASH
    head = prev
    for e in envs:
        head = wire.chain_next(head, e.seq, e.payload_sha256)
    bid = wire.batch_id_for("st", "inc", envs[0].seq, envs[-1].seq, hashes)
    h = wire.BatchHeader("st", "inc", bid, envs[0].seq, envs[-1].seq, len(envs), prev, head)
    return wire.encode_batch(h, envs)


def test_canonical_json_is_sorted_compact_utf8():
    assert wire.canonical_json({"b": 1, "a": "站"}) == '{"a":"站","b":1}'.encode()


@settings(max_examples=300)
@given(seq=st.integers(1, (1 << 63) - 1), mono=st.integers(-(1 << 63), (1 << 63) - 1), version=st.integers(0, 1 << 31),
       texts=st.lists(st.text(max_size=40), min_size=6, max_size=6))
def test_envelope_text_is_canonical_json(seq, mono, version, texts):
    record_id, kind, payload, wall, boot, refs = texts
    fields = {"seq": seq, "id": record_id, "k": kind, "v": version, "p": payload, "w": wall, "m": mono, "b": boot,
              "r": refs}
    assert wire.envelope_text(seq, record_id, kind, version, payload, wall, mono, boot, refs).encode() == \
        wire.canonical_json(fields)


def test_batch_round_trip_preserves_payload_bytes():
    envs = _envs(5)
    header, back = wire.decode_batch(_batch(envs))
    assert back == envs
    assert header.count == 5 and header.first_seq == 1 and header.last_seq == 5


def test_batch_id_is_deterministic_and_content_bound():
    hashes = [e.payload_sha256 for e in _envs(3)]
    a = wire.batch_id_for("s", "i", 1, 3, hashes)
    assert a == wire.batch_id_for("s", "i", 1, 3, hashes)
    assert a != wire.batch_id_for("s", "i", 1, 3, list(reversed(hashes)))
    assert a != wire.batch_id_for("s2", "i", 1, 3, hashes)


def test_non_contiguous_or_miscounted_batches_are_rejected():
    envs = _envs(3)
    body = _batch(envs).split(b"\n")
    with pytest.raises(wire.WireError) as e:
        wire.decode_batch(b"\n".join(body[:2] + body[3:]))
    assert e.value.code in {"batch.count_mismatch", "batch.seq_not_contiguous"}


@pytest.mark.parametrize("encoding", ["zstd", "gzip", "identity"])
def test_compression_round_trip(encoding):
    data = _batch(_envs(200))
    assert wire.decompress(wire.compress(data, encoding), encoding) == data


@pytest.mark.parametrize("encoding", ["zstd", "gzip"])
def test_decompression_bomb_is_capped(encoding):
    bomb = wire.compress(b"\0" * (8 << 20), encoding)
    with pytest.raises(wire.WireError) as e:
        wire.decompress(bomb, encoding, cap=1 << 20)
    assert e.value.code == "body.too_large"


def test_gzip_truncated_is_corrupt():
    data = gzip.compress(b"x" * 10000)
    with pytest.raises(wire.WireError):
        wire.decompress(data[: len(data) // 2], "gzip")


def test_request_signature_covers_every_field():
    key = wire.new_private_key()
    pub = wire.public_key_from_text(wire.public_key_text(key))
    args = ("PUT", "/v1/x", "st", "inc", "bid", wire.content_digest(b"body"), "2024-01-01T00:00:00Z", "n1")
    sig = wire.sign(key, wire.request_signing_bytes(*args))
    assert wire.verify(pub, sig, wire.request_signing_bytes(*args))
    for i in range(len(args)):
        changed = list(args)
        changed[i] = changed[i] + "x"
        assert not wire.verify(pub, sig, wire.request_signing_bytes(*changed))
    assert not wire.verify(wire.new_private_key().public_key(), sig, wire.request_signing_bytes(*args))


def test_hub_response_verification_binds_request_nonce_and_body():
    key = wire.new_private_key()
    body = b'{"ok":1}'
    digest = wire.content_digest(body)
    headers = {wire.H_DIGEST: digest, wire.H_HUB_TIME: "t",
               wire.H_HUB_SIGNATURE: wire.sign(key, wire.response_signing_bytes(200, "n1", "st", digest, "t"))}
    pub = key.public_key()
    assert wire.verify_hub_response(pub, 200, body, headers, "n1", "st")
    assert not wire.verify_hub_response(pub, 200, body, headers, "n2", "st")
    assert not wire.verify_hub_response(pub, 200, b'{"ok":2}', headers, "n1", "st")
    assert not wire.verify_hub_response(pub, 201, body, headers, "n1", "st")
    assert not wire.verify_hub_response(pub, 200, b"<html>login</html>", {}, "n1", "st")


def test_private_key_text_round_trip():
    key = wire.new_private_key()
    again = wire.private_key_from_text(wire.private_key_to_text(key))
    assert wire.public_key_text(again) == wire.public_key_text(key)


def test_qr_payload_round_trip_and_rejects():
    text = wire.qr_payload("http://hub.local:8080/", "t" * 32, "abcd")
    assert wire.parse_qr_payload(text) == {"hub_url": "http://hub.local:8080", "token": "t" * 32, "fp": "abcd"}
    for bad in ["", "[]", '{"hub_url":"ftp://x","token":"tttttttttttttttttttt"}', '{"hub_url":"http://x"}',
                '{"hub_url":"http://x","token":"short"}']:
        with pytest.raises(wire.WireError):
            wire.parse_qr_payload(bad)


def test_dataset_checksum_is_order_independent():
    rows = [("a", '{"x":1}'), ("b", "2")]
    assert wire.dataset_checksum(rows) == wire.dataset_checksum(list(reversed(rows)))
    assert wire.dataset_checksum(rows) != wire.dataset_checksum([("a", '{"x":1}')])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_batch_random_bytes_never_escapes(data):
    try:
        wire.decode_batch(data)
    except wire.WireError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=4000), st.integers(min_value=0, max_value=255),
       st.integers(min_value=0, max_value=10_000))
def test_decode_batch_truncation_and_noise_never_escape(cut, noise, pos):
    body = bytearray(_batch(_envs(20)))
    body = body[:cut] if cut < len(body) else body
    if body:
        body[pos % len(body)] = noise
    try:
        wire.decode_batch(bytes(body))
    except wire.WireError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500), st.sampled_from(["zstd", "gzip", "identity", "br"]))
def test_decompress_random_bytes_never_escapes(data, encoding):
    try:
        wire.decompress(data, encoding, cap=1 << 16)
    except wire.WireError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_qr_random_text_never_escapes(text):
    try:
        wire.parse_qr_payload(text)
    except wire.WireError:
        pass
