"""Documents as PDF pages with the Chinese font embedded."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from station.domain.documents import Cut, KeyValue, Line, Receipt, Title
from station.domain.layouts import self_test_page
from station.printing.pdf import receipt_pdf
from station.printing.samples import PURCHASE_RECEIPT

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_is_produced_with_the_font_embedded():
    pdf = receipt_pdf(self_test_page("和兴村服务站", "2026-11-25"))
    assert pdf.startswith(b"%PDF") and b"FontFile2" in pdf and len(pdf) > 5000


@needs_poppler
def test_pdf_text_reads_back_in_chinese(tmp_path):
    text = pdf_text(receipt_pdf(PURCHASE_RECEIPT, page="A5"), tmp_path)
    assert "和兴村电商服务站" in text and "￥364.80" in text and "到货时应收" in text


@needs_poppler
def test_long_text_wraps_and_cut_starts_a_page(tmp_path):
    receipt = Receipt((Title("清单"), Line("长句子" * 60), KeyValue("很长的项目名称" * 8, "￥1.00"), Cut(),
                       Line("第二页")))
    text = pdf_text(receipt_pdf(receipt, page="A5"), tmp_path)
    pages = text.split("\f")
    assert "第二页" in pages[1] and "第二页" not in pages[0]
    assert max(len(line) for line in pages[0].splitlines()) < 60  # nothing runs off the page
    assert "长句子" * 60 == "".join(line.strip() for line in pages[0].splitlines() if "长句子" in line)


@needs_poppler
def test_pdf_renders_to_an_image(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(receipt_pdf(self_test_page("和兴村服务站", "2026-11-25")))
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_writer_object_takes_a_fonts_folder(tmp_path):
    from station.printing.pdf import PdfWriter
    from station.printing.preview import default_font_path

    pdf = PdfWriter(default_font_path().parent).render(Receipt((Line("中文"),)), page="A5")
    assert pdf.startswith(b"%PDF") and b"/MediaBox [ 0 0 419.5276 595.2756 ]" in pdf
