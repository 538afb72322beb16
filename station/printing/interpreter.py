"""ESC/POS bytes back into what the printer would do: text lines with their style, QR codes,
barcodes, images, feeds and cuts. Tests assert on it; training mode draws it as the virtual printer.

It understands what our encoder sends plus the common commands other software sends; anything else
is counted as unknown and skipped, never raised (it is fuzzed with random bytes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Fixed-length commands we skip without meaning: ESC x n / GS x n ...
_ESC_ONE_ARG = set(b"!-23EGJMRSTVadpt{") - {ord("p")}
_GS_ONE_ARG = set(b"!BHLWfhw")


@dataclass
class TextRun:
    text: str
    bold: bool
    width: int
    height: int
    align: int  # 0 left, 1 centre, 2 right


@dataclass
class PrintedLine:
    runs: list[TextRun] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Image:
    width_dots: int
    height_dots: int
    bits: bytes


@dataclass
class Interpretation:
    items: list[object] = field(default_factory=list)  # PrintedLine | ("qr", str) | ("barcode", str) | Image
    cuts: int = 0
    drawer_pulses: int = 0
    status_queries: int = 0
    unknown: int = 0
    chinese_mode: bool = False

    @property
    def lines(self) -> list[str]:
        return [i.text for i in self.items if isinstance(i, PrintedLine)]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def qr_payloads(self) -> list[str]:
        return [i[1] for i in self.items if isinstance(i, tuple) and i[0] == "qr"]

    @property
    def barcodes(self) -> list[str]:
        return [i[1] for i in self.items if isinstance(i, tuple) and i[0] == "barcode"]

    @property
    def ends_with_cut(self) -> bool:
        return self.cuts > 0


class _State:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.bold = False
        self.width = self.height = 1
        self.align = 0
        self.chinese = False
        self.pending = bytearray()
        self.line = PrintedLine()
        self.qr_data = ""

    def reset(self) -> None:
        self.bold, self.width, self.height, self.align, self.chinese = False, 1, 1, 0, False

    def flush_text(self) -> None:
        if self.pending:
            codec = self.encoding if self.chinese else "latin-1"
            text = bytes(self.pending).decode(codec, errors="replace")
            self.line.runs.append(TextRun(text, self.bold, self.width, self.height, self.align))
            self.pending.clear()


def interpret(data: bytes, encoding: str = "gbk") -> Interpretation:
    out = Interpretation()
    st = _State(encoding)
    i, n = 0, len(data)

    def end_line() -> None:
        st.flush_text()
        out.items.append(st.line)
        st.line = PrintedLine()

    while i < n:
        b = data[i]
        if b == 0x0A:
            end_line()
            i += 1
        elif b == 0x1B and i + 1 < n:
            st.flush_text()
            cmd = data[i + 1]
            if cmd == ord("@"):
                st.reset()
                i += 2
            elif cmd == ord("E") and i + 2 < n:
                st.bold = bool(data[i + 2] & 1)
                i += 3
            elif cmd == ord("a") and i + 2 < n:
                st.align = data[i + 2] % 3 if data[i + 2] < 3 else data[i + 2] - 48 if 48 <= data[i + 2] <= 50 else 0
                i += 3
            elif cmd == ord("d") and i + 2 < n:
                for _ in range(data[i + 2]):
                    out.items.append(PrintedLine())
                i += 3
            elif cmd == ord("p") and i + 4 < n:
                out.drawer_pulses += 1
                i += 5
            elif cmd in _ESC_ONE_ARG and i + 2 < n:
                i += 3
            else:
                out.unknown += 1
                i += 2
        elif b == 0x1C and i + 1 < n:
            st.flush_text()
            if data[i + 1] == ord("&"):
                st.chinese = out.chinese_mode = True
            elif data[i + 1] == ord("."):
                st.chinese = False
            else:
                out.unknown += 1
            i += 2
        elif b == 0x1D and i + 1 < n:
            st.flush_text()
            i = _gs(data, i, st, out)
        elif b == 0x10 and i + 2 < n and data[i + 1] == 0x04:
            out.status_queries += 1
            i += 3
        elif b < 0x20 and b not in (0x0D,):
            out.unknown += 1
            i += 1
        elif b == 0x0D:
            i += 1
        else:
            if st.chinese and b >= 0x81 and i + 1 < n:  # a GBK double-byte character
                st.pending += data[i:i + 2]
                i += 2
            else:
                st.pending.append(b)
                i += 1
    st.flush_text()
    if st.line.runs:
        out.items.append(st.line)
    return out


def _gs(data: bytes, i: int, st: _State, out: Interpretation) -> int:
    n = len(data)
    cmd = data[i + 1]
    if cmd == ord("!") and i + 2 < n:
        st.width, st.height = (data[i + 2] >> 4) + 1, (data[i + 2] & 0x0F) + 1
        return i + 3
    if cmd == ord("V") and i + 2 < n:
        out.cuts += 1
        return i + (4 if data[i + 2] in (65, 66) and i + 3 < n else 3)
    if cmd == ord("(") and i + 4 < n and data[i + 2] == ord("k"):
        length = data[i + 3] | (data[i + 4] << 8)
        body = data[i + 5:i + 5 + length]
        if len(body) >= 3 and body[0] == 49 and body[1] == 80:
            st.qr_data = body[3:].decode("utf-8", errors="replace")
        elif len(body) >= 2 and body[0] == 49 and body[1] == 81 and st.qr_data:
            out.items.append(("qr", st.qr_data))
        return i + 5 + length
    if cmd == ord("k") and i + 3 < n:
        if data[i + 2] >= 65:  # GS k m n d1..dn
            length = data[i + 3]
            payload = data[i + 4:i + 4 + length].decode("ascii", errors="replace")
            out.items.append(("barcode", payload[2:] if payload.startswith("{") else payload))
            return i + 4 + length
        end = data.find(b"\x00", i + 3)
        return n if end < 0 else end + 1
    if cmd == ord("v") and i + 7 < n and data[i + 2] == ord("0"):
        width_bytes = data[i + 4] | (data[i + 5] << 8)
        height = data[i + 6] | (data[i + 7] << 8)
        size = width_bytes * height
        out.items.append(Image(width_bytes * 8, height, bytes(data[i + 8:i + 8 + size])))
        return i + 8 + size
    if cmd in _GS_ONE_ARG and i + 2 < n:
        return i + 3
    out.unknown += 1
    return i + 2
