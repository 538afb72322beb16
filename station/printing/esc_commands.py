"""How many parameter bytes common fixed-length ESC/POS commands take (Epson ESC/POS reference, the
SPRT/HCC Chinese manuals cited in hardware.md §2), so the interpreter can step over commands it does
not act on without reading their parameters as text. Variable-length commands are handled in
``interpreter.py`` itself.
"""

from __future__ import annotations


def _table(spec: dict[int, str]) -> dict[int, int]:
    return {ord(ch): count for count, chars in spec.items() for ch in chars}


# ESC x ...: '@' init, 'i'/'m' old cuts, 'E'/'G' bold, 'a' align, 'd' feed lines, 'J' feed dots,
# 'p' drawer pulse, '$'/'\\' positions, 'c' n1 n2 panel/sensor settings, 'B' n t beeper (Chinese models).
ESC_ARGS = _table({0: "@2<SLim\x0c", 1: "!-3EGJKMRTUVadert{= %?Cu", 2: "$\\cB", 3: "p", 8: "W"})

# GS x ...: '!' character size, 'h'/'w'/'H'/'f' barcode settings, 'r'/'I' status and ID requests,
# 'L'/'W' margins and width, 'P' motion units, 'a' automatic status back, '/' print stored image.
GS_ARGS = _table({0: ":", 1: "!BHfhwabrIT/E", 2: "LWP$\\", 3: "^"})

# FS x ...: '!' Chinese print mode, 'W' quadruple Chinese, '-' Chinese underline, 'S' Chinese spacing,
# 'p' print NV image, '2' defines a Chinese glyph (2 code bytes, then 72 glyph bytes).
FS_ARGS = _table({1: "!-WC", 2: "Sp2"})

BARCODE_TYPES = {
    0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "CODABAR",
    65: "UPC-A", 66: "UPC-E", 67: "EAN13", 68: "EAN8", 69: "CODE39", 70: "ITF", 71: "CODABAR",
    72: "CODE93", 73: "CODE128",
}
