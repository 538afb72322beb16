"""The sync wire format shared by the station and the hub (see docs/sync.md).

Everything both sides must compute identically lives here: canonical JSON, the batch body
(NDJSON: one header line, then one line per record), deterministic batch ids, Content-Digest,
compression with a decompression cap, Ed25519 request and response signatures, the enrolment QR
payload and the reference-data checksum. No I/O, no database, no HTTP client.

Per-record payload and chain hashes are *not* sent: the hub recomputes them from the payload text
and checks the chain against the head hashes in the batch header. That keeps ~64 bytes of random
data per record off a 2G link while keeping end-to-end tamper evidence.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

import orjson
import zstandard
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PROTOCOL_VERSION = 1
ENVELOPE_VERSION = 1
MIN_PROTOCOL_VERSION = 1
ZERO_HASH = bytes(32)
MAX_BATCH_BYTES = 1 << 20  # compressed request body the hub accepts by default
MAX_DECOMPRESSED_BYTES = 64 << 20
MAX_JSON_BODY_BYTES = 256 << 10  # hello, sms, enrol... bodies
ENCODINGS = ("zstd", "gzip")

H_STATION = "X-Station-Id"
H_INCARNATION = "X-Incarnation"
H_BATCH = "X-Batch-Id"
H_CREATED = "X-Created"
H_NONCE = "X-Nonce"
H_SIGNATURE = "X-Signature"
H_DIGEST = "Content-Digest"
H_PAYLOAD_SHA = "X-Payload-SHA256"
H_HUB_SIGNATURE = "X-Hub-Signature"
H_HUB_TIME = "X-Hub-Time"
H_PROTOCOL = "X-Sync-Protocol"


class WireError(ValueError):
    """Malformed input on the wire. ``code`` is stable and goes into responses and logs."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(obj: Any) -> bytes:
    """Same bytes as json.dumps(obj, sort_keys=True, separators=(',',':'), ensure_ascii=False)."""
    return _CANONICAL.encode(obj).encode("utf-8")


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def chain_next(prev: bytes, seq: int, payload_sha256: bytes) -> bytes:
    return sha256(prev + seq.to_bytes(8, "big") + payload_sha256)


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(sha256(body)).decode("ascii") + ":"


def batch_id_for(station_id: str, incarnation_id: str, first_seq: int, last_seq: int,
                 payload_hashes: list[bytes]) -> str:
    head = f"{station_id}\n{incarnation_id}\n{first_seq}\n{last_seq}\n".encode()
    return hashlib.sha256(head + sha256(b"".join(payload_hashes))).hexdigest()


# ---------------------------------------------------------------- batch body


@dataclass(frozen=True, slots=True)
class Envelope:
    seq: int
    record_id: str
    kind: str
    schema_version: int
    payload: bytes  # canonical JSON bytes exactly as committed on the station
    created_wall: str
    created_mono_ns: int
    boot_id: str
    ref_versions: str = "{}"

    @property
    def payload_sha256(self) -> bytes:
        return sha256(self.payload)


@dataclass(frozen=True, slots=True)
class BatchHeader:
    station_id: str
    incarnation_id: str
    batch_id: str
    first_seq: int
    last_seq: int
    count: int
    prev_chain: bytes  # chain hash at first_seq - 1 (station's view)
    last_chain: bytes  # chain hash at last_seq; the hub recomputes and compares


# The JSON string quoting json.dumps(..., ensure_ascii=False) itself uses (the C version).
_quote = json.encoder.encode_basestring


def envelope_text(seq: int, record_id: str, kind: str, schema_version: int, payload: str, created_wall: str,
                  created_mono_ns: int, boot_id: str, ref_versions: str) -> str:
    """One record's line: exactly canonical_json of its fields (keys in sorted order, compact, UTF-8),
    written out field by field because a station catching up encodes tens of thousands of them and
    the general encoder (sorting, type dispatch) was a third of its sync time. tests/sync/test_wire.py
    checks it against canonical_json."""
    q = _quote
    return (f'{{"b":{q(boot_id)},"id":{q(record_id)},"k":{q(kind)},"m":{int(created_mono_ns)},"p":{q(payload)},'
            f'"r":{q(ref_versions)},"seq":{int(seq)},"v":{int(schema_version)},"w":{q(created_wall)}}}')


def _envelope_line(e: Envelope) -> str:
    return envelope_text(e.seq, e.record_id, e.kind, e.schema_version, e.payload.decode("utf-8"), e.created_wall,
                         e.created_mono_ns, e.boot_id, e.ref_versions)


def encode_envelope(e: Envelope) -> bytes:
    return _envelope_line(e).encode("utf-8")


def _batch_head(header: BatchHeader) -> str:
    return canonical_json({
        "v": ENVELOPE_VERSION, "station": header.station_id, "inc": header.incarnation_id,
        "batch": header.batch_id, "first": header.first_seq, "last": header.last_seq,
        "count": header.count, "prev": header.prev_chain.hex(), "head": header.last_chain.hex(),
    }).decode("utf-8")


def encode_batch(header: BatchHeader, envelopes: list[Envelope]) -> bytes:
    return encode_batch_lines(header, [_envelope_line(e) for e in envelopes])


def encode_batch_lines(header: BatchHeader, lines: list[str]) -> bytes:
    """The batch body from envelope lines made by ``envelope_text``."""
    return "\n".join([_batch_head(header), *lines, ""]).encode("utf-8")


def _int(obj: dict, key: str, lo: int = 0, hi: int = (1 << 63) - 1) -> int:
    v = obj.get(key)
    if type(v) is not int or not lo <= v <= hi:
        raise WireError("envelope.bad_field", key)
    return v


def _str(obj: dict, key: str, max_len: int = 200, allow_empty: bool = False) -> str:
    v = obj.get(key)
    if not isinstance(v, str) or len(v) > max_len or (not v and not allow_empty):
        raise WireError("envelope.bad_field", key)
    return v


def _hash(obj: dict, key: str) -> bytes:
    v = _str(obj, key, 64)
    try:
        b = bytes.fromhex(v)
    except ValueError as exc:
        raise WireError("envelope.bad_field", key) from exc
    if len(b) != 32:
        raise WireError("envelope.bad_field", key)
    return b


def _load(line: bytes) -> dict:
    try:
        obj = orjson.loads(line)
    except ValueError as exc:  # orjson.JSONDecodeError, also for bad UTF-8 and integers beyond 64 bits
        raise WireError("envelope.bad_json") from exc
    if not isinstance(obj, dict):
        raise WireError("envelope.bad_json")
    return obj


def _envelope(o: dict) -> Envelope:
    g = o.get
    seq, rid, kind, ver, p, wall, mono, boot, refs = (g("seq"), g("id"), g("k"), g("v"), g("p"), g("w"), g("m"),
                                                      g("b"), g("r"))
    if not (type(seq) is int and 1 <= seq < 1 << 63 and type(rid) is str and 0 < len(rid) <= 64
            and type(kind) is str and 0 < len(kind) <= 64 and type(ver) is int and 0 <= ver <= 1 << 31
            and type(p) is str and type(wall) is str and 0 < len(wall) <= 64 and type(mono) is int
            and -(1 << 63) <= mono < 1 << 63 and type(boot) is str and len(boot) <= 64
            and type(refs) is str and len(refs) <= 4096):
        # slow path only to produce the precise error code
        _int(o, "seq", 1), _str(o, "id", 64), _str(o, "k", 64), _int(o, "v", 0, 1 << 31)
        _str(o, "p", MAX_DECOMPRESSED_BYTES, True), _str(o, "w", 64), _int(o, "m", -(1 << 63))
        _str(o, "b", 64, True), _str(o, "r", 4096, True)
        raise WireError("envelope.bad_field")
    try:
        payload = p.encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates
        raise WireError("envelope.bad_field", "p") from exc
    return Envelope(seq, rid, kind, ver, payload, wall, mono, boot, refs)


def decode_batch(body: bytes) -> tuple[BatchHeader, list[Envelope]]:
    """Parse a decompressed batch body; raises WireError, never anything else."""
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if not lines:
        raise WireError("batch.empty")
    h = _load(lines[0])
    if h.get("v") != ENVELOPE_VERSION:
        raise WireError("batch.version", str(h.get("v")))
    header = BatchHeader(
        station_id=_str(h, "station", 64), incarnation_id=_str(h, "inc", 64),
        batch_id=_str(h, "batch", 64), first_seq=_int(h, "first", 1), last_seq=_int(h, "last", 1),
        count=_int(h, "count", 1, 1_000_000), prev_chain=_hash(h, "prev"), last_chain=_hash(h, "head"))
    try:  # one parse for the whole batch (orjson: a fifth of json's time); per line only to name the bad one
        objs = orjson.loads(b"[" + b",".join(lines[1:]) + b"]")
    except ValueError:
        objs = [_load(line) for line in lines[1:]]
        raise WireError("envelope.bad_json") from None
    envelopes: list[Envelope] = []
    for o in objs:
        if type(o) is not dict:
            raise WireError("envelope.bad_json")
        envelopes.append(_envelope(o))
    if len(envelopes) != header.count:
        raise WireError("batch.count_mismatch")
    seqs = [e.seq for e in envelopes]
    if seqs != list(range(header.first_seq, header.first_seq + len(seqs))) or seqs[-1] != header.last_seq:
        raise WireError("batch.seq_not_contiguous")
    return header, envelopes


def amount_fen(payload: bytes) -> int | None:
    """A record's money for the daily digest: its payload's top-level integer ``amount_fen``, or None
    (none, not an integer, out of range, not a JSON object). The hub and the station both count with
    this, so their per-day totals agree."""
    if b'"amount_fen"' not in payload:
        return None
    try:
        obj = orjson.loads(payload)
    except ValueError:
        return None
    v = obj.get("amount_fen") if type(obj) is dict else None
    return v if type(v) is int and -(1 << 62) < v < (1 << 62) else None


# ---------------------------------------------------------------- compression


def compress(data: bytes, encoding: str = "zstd", level: int = 3) -> bytes:
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=level, write_content_size=True).compress(data)
    if encoding == "gzip":
        return gzip.compress(data, compresslevel=6, mtime=0)
    if encoding == "identity":
        return data
    raise WireError("encoding.unsupported", encoding)


def decompress(data: bytes, encoding: str, cap: int = MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress at most ``cap`` bytes of output; a bigger result raises ``body.too_large``."""
    try:
        if encoding == "zstd":
            declared = zstandard.frame_content_size(data)
            if declared > cap:
                raise WireError("body.too_large")
            out = _zstd_stream(data, cap)
            if 0 <= declared != len(out) and len(out) <= cap:
                raise WireError("body.corrupt", "truncated")
        elif encoding == "gzip":
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = d.decompress(data, cap + 1)
            if len(out) <= cap and not d.eof:
                raise WireError("body.corrupt", "truncated")
        elif encoding == "identity":
            out = data
        else:
            raise WireError("encoding.unsupported", encoding)
    except WireError:
        raise
    except (zstandard.ZstdError, zlib.error, EOFError, ValueError, OSError) as exc:
        raise WireError("body.corrupt") from exc
    if len(out) > cap:
        raise WireError("body.too_large")
    return out


def _zstd_stream(data: bytes, cap: int) -> bytes:
    reader = zstandard.ZstdDecompressor().stream_reader(data)
    parts: list[bytes] = []
    size = 0
    while size <= cap:
        more = reader.read(min(1 << 20, cap + 1 - size))
        if not more:
            break
        parts.append(more)
        size += len(more)
    return b"".join(parts)


# ---------------------------------------------------------------- keys and signatures


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def private_key_from_text(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return base64.b64encode(pub.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError) as exc:
        raise WireError("key.malformed") from exc


def key_fingerprint(public_text: str) -> str:
    return hashlib.sha256(public_text.encode("ascii")).hexdigest()[:16]


def request_signing_bytes(method: str, path: str, station_id: str, incarnation_id: str, batch_id: str,
                          digest: str, created: str, nonce: str) -> bytes:
    parts = ["vs-req-1", method.upper(), path, station_id, incarnation_id or "-", batch_id or "-",
             digest, created, nonce]
    return "\n".join(parts).encode("utf-8")


def response_signing_bytes(status: int, request_nonce: str, station_id: str, digest: str,
                           hub_time: str) -> bytes:
    return "\n".join(["vs-res-1", str(status), request_nonce, station_id, digest, hub_time]).encode()


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message)).decode("ascii")


def verify(public: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    try:
        public.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def rotation_proof_bytes(station_id: str, old_public: str, new_public: str) -> bytes:
    return f"vs-rotate-1\n{station_id}\n{old_public}\n{new_public}".encode()


def signed_headers(key: Ed25519PrivateKey, method: str, path: str, body: bytes, station_id: str,
                   incarnation_id: str, batch_id: str, created: str, nonce: str) -> dict[str, str]:
    digest = content_digest(body)
    sig = sign(key, request_signing_bytes(method, path, station_id, incarnation_id, batch_id, digest,
                                          created, nonce))
    headers = {H_STATION: station_id, H_CREATED: created, H_NONCE: nonce, H_SIGNATURE: sig}
    if incarnation_id and incarnation_id != "-":
        headers[H_INCARNATION] = incarnation_id
    if batch_id and batch_id != "-":
        headers[H_BATCH] = batch_id
    if body:  # an empty body's digest is implied (and still signed): fewer bytes on 2G
        headers[H_DIGEST] = digest
    return headers


def verify_hub_response(hub_key: Ed25519PublicKey, status: int, body: bytes, headers: Any,
                        request_nonce: str, station_id: str) -> bool:
    """True only for an answer the hub signed for *this* request (captive portals fail here)."""
    sig = headers.get(H_HUB_SIGNATURE)
    hub_time = headers.get(H_HUB_TIME) or ""
    digest = content_digest(body)  # computed here: the signature covers it, no header needed
    if not sig:
        return False
    return verify(hub_key, sig, response_signing_bytes(status, request_nonce, station_id, digest, hub_time))


# ---------------------------------------------------------------- enrolment QR and reference data


def qr_payload(hub_url: str, token: str, hub_key_fp: str = "") -> str:
    obj = {"hub_url": hub_url, "token": token}
    if hub_key_fp:
        obj["fp"] = hub_key_fp
    return canonical_json(obj).decode("utf-8")


def parse_qr_payload(text: str) -> dict[str, str]:
    try:
        obj = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise WireError("enrol.bad_qr") from exc
    if not isinstance(obj, dict):
        raise WireError("enrol.bad_qr")
    url, token = obj.get("hub_url"), obj.get("token")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")) or len(url) > 500:
        raise WireError("enrol.bad_qr", "hub_url")
    if not isinstance(token, str) or not 16 <= len(token) <= 200:
        raise WireError("enrol.bad_qr", "token")
    fp = obj.get("fp", "")
    return {"hub_url": url.rstrip("/"), "token": token, "fp": fp if isinstance(fp, str) else ""}


def dataset_checksum(rows: list[tuple[str, str]] | Any) -> str:
    """Order-independent checksum of a reference dataset: sha256 over rows sorted by key."""
    h = hashlib.sha256()
    for key, value_json in sorted(rows):
        h.update(key.encode("utf-8") + b"\x00" + value_json.encode("utf-8") + b"\n")
    return h.hexdigest()


def combined_etag(cursors: dict[str, tuple[int, str]]) -> str:
    """One tag over every dataset's (cursor, checksum): 'nothing new' costs one 304."""
    text = "|".join(f"{name}:{cur}:{chk}" for name, (cur, chk) in sorted(cursors.items()))
    return '"' + base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()[:15]).decode() + '"'
