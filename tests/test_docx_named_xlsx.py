"""A Word document (.docx) or a PowerPoint (.pptx) renamed .xlsx is named so (rekap53).

Its package has a ``_rels/.rels`` whose office document is ``word/document.xml``: read as a workbook,
it was an lkj-xl workbook of no sheet ("sheet Pengaturan, Kinerja dan Anggaran tidak ditemukan (sheet
yang ada: tidak ada)"), which sends the analyst looking for sheets in a Word report. As an .ods renamed
.xlsx gets the OpenDocument message, the Word document is named: in the rekap's Pemeriksaan (Bahasa
Indonesia: ask the agency for its workbook) and in build/check's English error."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from click.testing import CliRunner

import lkj_xl
from lkj_xl.cli import main
from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_rincian import rincian_teknis

_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="%s"/></Relationships>'
)
_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.%s"/></Types>'
)


def _office(main_part: str, content_type: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES % (main_part.encode(), content_type.encode()))
        z.writestr("_rels/.rels", _RELS % main_part.encode())
        z.writestr(main_part, b'<?xml version="1.0" encoding="UTF-8"?><document><body/></document>')
    return out.getvalue()


def _docx() -> bytes:
    # what Word saves: the office document word/document.xml (the LKjIP narrative as a Word report)
    return _office("word/document.xml", "wordprocessingml.document.main+xml")


def _pptx() -> bytes:
    return _office("ppt/presentation.xml", "presentationml.presentation.main+xml")


def test_pemeriksaan_names_a_word_document(tmp_path):
    root = tmp_path / "TW II"
    root.mkdir()
    (root / "LKjIP Dinas Sosial TW II.xlsx").write_bytes(_docx())
    (root / "Paparan Dinkes.xlsx").write_bytes(_pptx())
    result = lkj_xl.rekap(root, jobs=1)
    rows = {
        Path(b).name: (s, k, r)
        for b, s, k, r in result.pemeriksaan[["berkas", "status", "keterangan", "rincian"]].itertuples(
            index=False
        )
    }
    status, said, detail = rows["LKjIP Dinas Sosial TW II.xlsx"]
    assert status == core.TIDAK_TERBACA
    assert said.startswith("dokumen Word (.docx) yang diberi nama .xlsx, bukan buku kerja Excel")
    assert "minta perangkat daerah mengirim buku kerja LKjIP-nya" in said
    assert "sheet Pengaturan" not in said and "sheet Pengaturan" not in detail
    assert detail == "bukan buku kerja .xlsx/.xlsm: dokumen Word (.docx), tanpa xl/workbook.xml"
    status, said, detail = rows["Paparan Dinkes.xlsx"]
    assert said.startswith("presentasi PowerPoint (.pptx) yang diberi nama .xlsx, bukan buku kerja Excel")
    assert detail == "bukan buku kerja .xlsx/.xlsm: presentasi PowerPoint (.pptx), tanpa xl/workbook.xml"


def test_a_real_word_document_renamed(tmp_path):
    docx = __import__("pytest").importorskip("docx")
    path = tmp_path / "LKjIP Dinsos.xlsx"
    document = docx.Document()
    document.add_paragraph("BAB I PENDAHULUAN")
    document.save(str(path))
    result = lkj_xl.rekap(tmp_path, jobs=1)
    (said,) = result.pemeriksaan["keterangan"]
    assert said.startswith("dokumen Word (.docx)")


def test_build_and_check_say_it_is_a_word_document(tmp_path):
    path = tmp_path / "LKjIP Dinas Sosial.xlsx"
    path.write_bytes(_docx())
    for command in (["check", str(path)], ["build", str(path)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, command
        assert "is a Word document (.docx), not an Excel workbook" in result.output, command
        assert "Pengaturan" not in result.output, command


def test_rincian_teknis_of_the_english_message():
    english = (
        "File 'x.xlsx' is not an Excel workbook (.xlsx/.xlsm): it has no xl/workbook.xml. It is a Word "
        "document (.docx), not an Excel workbook: ask for the agency's .xlsx workbook."
    )
    assert (
        rincian_teknis(english) == "bukan buku kerja .xlsx/.xlsm: dokumen Word (.docx), tanpa xl/workbook.xml"
    )
