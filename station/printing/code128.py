"""CODE128 symbols: the shortest code set B / C mix for a text, its bar pattern and width.

The ESC/POS encoder uses it to send ``{B``/``{C`` switched data (a waybill such as ``SF`` + 13 digits
is 290 dots wide with code C for the digits, 400 dots in code B alone: wider than 58 mm paper), the
preview draws real, scannable bars from it, and the label checker measures barcodes with it.
"""

from __future__ import annotations

# Bar/space widths of symbol values 0-106 (ISO/IEC 15417); 106 is the stop pattern without its final bar.
_PATTERNS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 "
    "122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 "
    "322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 "
    "112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 "
    "331121 312113 312311 332111 314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 114311 411113 "
    "411311 113141 114131 311141 411131 211412 211214 211232 233111"
).split()
START_B, START_C, CODE_B, CODE_C, STOP = 104, 105, 100, 99, 106
QUIET_MODULES = 10


def printable(data: str) -> str:
    """Printable ASCII (code set B without DEL); anything else is sent as '?'."""
    return "".join(ch if 32 <= ord(ch) <= 126 else "?" for ch in data)


def _digit_run(data: str, start: int) -> int:
    end = start
    while end < len(data) and data[end].isdigit() and data[end].isascii():
        end += 1
    return end - start


def segments(data: str) -> list[tuple[str, str]]:
    """``[(code_set, text), ...]`` with code C for digit runs long enough to pay for the switch
    (4 or more digits, or data that is nothing but an even number of digits)."""
    data = printable(data)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(data):
        run = _digit_run(data, i)
        if run >= 4 or (run == len(data) and run % 2 == 0 and run >= 2):
            if run % 2:  # an odd run leaves its first digit in code B
                if i == 0:
                    out.append(("B", data[i]))
                else:
                    out[-1] = ("B", out[-1][1] + data[i])
                i += 1
                run -= 1
            out.append(("C", data[i:i + run]))
            i += run
            continue
        if out and out[-1][0] == "B":
            out[-1] = ("B", out[-1][1] + data[i])
        else:
            out.append(("B", data[i]))
        i += 1
    return out


def values(data: str) -> list[int]:
    """Symbol values with start, switches and check symbol, without the stop symbol."""
    parts = segments(data)
    if not parts:
        return []
    out: list[int] = []
    for index, (code, text) in enumerate(parts):
        if index == 0:
            out.append(START_C if code == "C" else START_B)
        else:
            out.append(CODE_C if code == "C" else CODE_B)
        if code == "C":
            out.extend(int(text[k:k + 2]) for k in range(0, len(text), 2))
        else:
            out.extend(ord(ch) - 32 for ch in text)
    check = (out[0] + sum(position * value for position, value in enumerate(out[1:], start=1))) % 103
    return [*out, check]


def bar_widths(data: str) -> list[int]:
    """Alternating bar, space, bar ... widths in modules, stop pattern included."""
    widths: list[int] = []
    symbols = values(data)
    if not symbols:
        return widths
    for value in [*symbols, STOP]:
        widths.extend(int(w) for w in _PATTERNS[value])
    widths.append(2)  # the stop pattern's final bar
    return widths


def width_modules(data: str) -> int:
    """Symbol width without quiet zones."""
    symbols = values(data)
    return 11 * len(symbols) + 13 if symbols else 0


def escpos_data(data: str) -> bytes:
    """``GS k 73`` data: ``{B`` text (``{`` doubled) and ``{C`` digit pairs sent as byte values 0-99."""
    out = bytearray()
    for code, text in segments(data):
        if code == "C":
            out += b"{C" + bytes(int(text[k:k + 2]) for k in range(0, len(text), 2))
        else:
            out += b"{B" + text.replace("{", "{{").encode("ascii")
    return bytes(out)


def parse_escpos_data(raw: bytes) -> str:
    """The text behind ``GS k 73`` data, for the interpreter (code sets A, B, C and ``{{``)."""
    out: list[str] = []
    code = "B"
    i = 0
    while i < len(raw):
        b = raw[i]
        if b == 0x7B and i + 1 < len(raw):  # '{' starts a function: {A {B {C {S {1..{4 or {{
            nxt = chr(raw[i + 1])
            if nxt in "ABC":
                code = nxt
            elif nxt == "{":
                out.append("{")
            i += 2
            continue
        if code == "C":
            out.append(f"{b:02d}" if b < 100 else "?")
        else:
            out.append(chr(b) if 32 <= b < 127 else "?")
        i += 1
    return "".join(out)
