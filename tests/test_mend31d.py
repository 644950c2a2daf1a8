"""Review of round 31's output checks and laporan --pdf (mend31d).

Found, and tested here:
- B3: every output was checked for Word's short owner-file name (``~$`` + the name without its first
  two characters). With Word holding 02-lkjip.docx open (owner file ``~$-lkjip.docx``), writing a new
  01-lkjip.docx was refused "is open", and ``export -o 01-indikator.csv`` was refused because of a
  ``~$-indikator.csv`` that Excel never makes (Excel names its owner file ``~$`` + the full name; only
  Word shortens, and only its documents). Now the short form is looked for only beside a Word
  document that exists, and said as "may be open in Word".
- B4: every failed conversion of a Word document (the ODT pass too) ended "a Word document needs
  LibreOffice Writer (apt-get install ...)", also where Writer is installed, and named the temporary
  copy "laporan.docx", not the user's document.
- B5: ``run --laporan`` refused an open or read-only .docx only when writing it, after the agency's
  workbook was rebuilt and its PDF printed; now before any of that agency's work.
- S3: the text apostrophe was three lists; "'85" was read as 85 but "’85" (Word's autocorrected
  apostrophe, pasted) was a galat. One definition now; both read alike.
"""

from __future__ import annotations

import shutil
import stat
from fractions import Fraction
from pathlib import Path

import pytest

from lkj_xl.core.model import GALAT
from lkj_xl.errors import DeliveryError
from lkj_xl.xlsx.safe_io import FileBusyError, refuse_unwritable
from tests.common import EXAMPLE
from tests.test_cli import invoke
from tests.test_engine import anggaran_row, kinerja_row, run

# --- B3: whose owner file ---------------------------------------------------------------------------


def test_a_new_word_document_is_written_beside_another_documents_owner_file(tmp_path):
    # Word has 02-lkjip.docx open: its owner file is ~$-lkjip.docx ("02" replaced). 01-lkjip.docx
    # does not exist yet, so nothing of it can be open anywhere: `laporan` writes it.
    from lkj_xl.laporan import write_laporan

    (tmp_path / "02-lkjip.docx").write_bytes(b"draf dinas lain")
    (tmp_path / "~$-lkjip.docx").write_bytes(b"\x04Budi")
    out = tmp_path / "01-lkjip.docx"
    write_laporan(EXAMPLE, out)
    assert out.read_bytes()[:2] == b"PK"
    assert (tmp_path / "02-lkjip.docx").read_bytes() == b"draf dinas lain"


@pytest.mark.parametrize(
    "name", ["01-indikator.csv", "01-tabel-3-3.pdf", "01-laporan.xlsx", "01-kinerja.json"]
)
def test_word_short_owner_name_is_no_lock_of_another_kind_of_file(tmp_path, name):
    # Excel names its owner file "~$" + the whole name (~$01-indikator.csv); the shortened form is
    # Word's, for Word documents only: ~$-indikator.csv locks no CSV (an existing one either).
    out = tmp_path / name
    out.write_bytes(b"hasil lama")
    (tmp_path / f"~${name[2:]}").write_bytes(b"\x04Budi")
    refuse_unwritable(out)  # no error
    (tmp_path / f"~${name}").write_bytes(b"\x04Budi")  # Excel's own form: refused as before
    with pytest.raises(FileBusyError, match="is open in Word, Excel or LibreOffice"):
        refuse_unwritable(out)


def test_export_csv_beside_a_short_owner_name_is_written(tmp_path):
    out = tmp_path / "01-indikator.csv"
    (tmp_path / "~$-indikator.csv").write_bytes(b"\x04Budi")
    result = invoke("export", EXAMPLE, "--format", "csv", "-o", out)
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


def test_an_existing_word_document_with_the_short_owner_name_may_be_open(tmp_path):
    # 01-lkjip.docx exists and ~$-lkjip.docx is beside it: Word may hold 01-lkjip.docx (or
    # 02-lkjip.docx, whose owner file has the same name): refused, said as "may", naming the other.
    out = tmp_path / "01-lkjip.docx"
    out.write_bytes(b"draf yang sedang disunting")
    (tmp_path / "02-lkjip.docx").write_bytes(b"draf dinas lain")
    (tmp_path / "~$-lkjip.docx").write_bytes(b"\x04Budi")
    with pytest.raises(FileBusyError) as caught:
        refuse_unwritable(out)
    said = str(caught.value)
    assert said.startswith(
        f"cannot write {out}: it may be open in Word (its lock file '~$-lkjip.docx' exists; Word gives "
        "that name to 02-lkjip.docx too)"
    ), said
    assert "Excel" not in said
    assert out.read_bytes() == b"draf yang sedang disunting"


def test_a_short_word_name_keeps_its_full_owner_name(tmp_path):
    # A name of six letters or fewer ("lkjip"): Word's owner file is ~$lkjip.docx, the whole name.
    out = tmp_path / "lkjip.docx"
    out.write_bytes(b"draf")
    (tmp_path / "~$jip.docx").write_bytes(b"\x04Budi")  # no form Word makes for lkjip.docx
    refuse_unwritable(out)
    (tmp_path / "~$lkjip.docx").write_bytes(b"\x04Budi")
    with pytest.raises(
        FileBusyError, match=r"it is open in Word, Excel or LibreOffice \(its lock file '~\$lkjip"
    ):
        refuse_unwritable(out)


def test_an_excel_workbook_is_not_locked_by_a_word_style_owner_name(tmp_path):
    from lkj_xl.xlsx.safe_io import check_writable, excel_owner_files

    target = tmp_path / "Laporan Kinerja.xlsx"
    target.write_bytes(b"isi")
    (tmp_path / "~$poran Kinerja.xlsx").write_bytes(b"x")  # Excel never shortens
    check_writable(target)
    assert excel_owner_files(target) == []


# --- B4: the Writer hint ----------------------------------------------------------------------------


def _fake_libreoffice(root: Path, *, writer: bool) -> Path:
    """A LibreOffice program folder whose soffice fails every conversion as LibreOffice does."""
    program = root / "lo" / "program"
    program.mkdir(parents=True)
    for lib in ("libmergedlo.so", "libsclo.so", *(["libswlo.so"] if writer else [])):
        (program / lib).write_bytes(b"")
    soffice = program / "soffice"
    soffice.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    soffice.chmod(soffice.stat().st_mode | stat.S_IXUSR)
    return soffice


@pytest.mark.parametrize("writer", [True, False])
def test_a_failed_word_conversion_names_writer_only_when_it_is_missing(tmp_path, monkeypatch, writer):
    from lkj_xl.laporan import write_laporan

    monkeypatch.setenv("LKJ_SOFFICE", str(_fake_libreoffice(tmp_path, writer=writer)))
    out = tmp_path / "LKjIP TW II.docx"
    with pytest.raises(DeliveryError) as caught:
        write_laporan(EXAMPLE, out, pdf=True)
    said = str(caught.value)
    assert said.startswith("LibreOffice could not convert LKjIP TW II.docx to PDF"), said
    assert "laporan.docx" not in said
    hint = "a Word document needs LibreOffice Writer (apt-get install libreoffice-writer-nogui)"
    assert (hint in said) is not writer, said
    assert said.endswith(f"; {out} was written; its PDF was not")


def test_a_failed_odt_pass_through_a_wrapper_says_no_guess_about_writer(tmp_path, monkeypatch):
    # The reviewer's wrapper: a script in front of soffice (here failing the ODT pass): whether
    # Writer is there is not known from the wrapper's folder, so no install hint is made up.
    from lkj_xl.laporan import write_laporan

    wrapper = tmp_path / "bin" / "soffice-wrapper"
    wrapper.parent.mkdir()
    wrapper.write_text("#!/bin/sh\necho 'odt pass failed' >&2\nexit 1\n")
    wrapper.chmod(0o755)
    monkeypatch.setenv("LKJ_SOFFICE", str(wrapper))
    with pytest.raises(DeliveryError) as caught:
        write_laporan(EXAMPLE, tmp_path / "LKjIP.docx", pdf=True)
    said = str(caught.value)
    assert (
        "LibreOffice could not convert LKjIP.docx to PDF (exit code 1" in said and "odt pass failed" in said
    )
    assert "apt-get" not in said, said


# --- B5: run --laporan checks the document first ----------------------------------------------------


@pytest.mark.parametrize("how", ["open", "read-only"])
def test_run_refuses_the_agencys_document_before_building_and_printing(tmp_path, monkeypatch, how):
    mark = tmp_path / "libreoffice-ran"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\ntouch '{mark}'\nexit 1\n")
    soffice.chmod(0o755)
    monkeypatch.setenv("LKJ_SOFFICE", str(soffice))
    workbook = tmp_path / "Dinas Koperasi.xlsx"
    shutil.copy(EXAMPLE, workbook)
    before = workbook.read_bytes()
    draft = tmp_path / "Dinas Koperasi.docx"
    draft.write_bytes(b"draf yang sedang disunting")
    if how == "open":
        (tmp_path / "~$nas Koperasi.docx").write_bytes(b"owner")
    else:
        draft.chmod(0o444)
    result = invoke("run", workbook, "--laporan")
    assert result.exit_code == 2, result.output
    assert f"ERROR {workbook}: cannot write {draft}: it " in result.stderr, result.stderr
    assert workbook.read_bytes() == before  # not rebuilt for a document that cannot be written
    assert not mark.exists()  # nor printed
    assert not (tmp_path / "Dinas Koperasi.pdf").exists()
    assert draft.read_bytes() == b"draf yang sedang disunting"


# --- S3: one text apostrophe ------------------------------------------------------------------------


def _capaian(typed: str):
    tws = (typed, None, None, None)
    report = run(
        [kinerja_row("T1", "Tujuan", "", "Tujuan", "Cakupan imunisasi", "90", tws, jenis="Kumulatif")],
        triwulan=1,
    )
    return report.indicators[0].capaian_exact, [f for f in report.findings if f.severity == GALAT]


@pytest.mark.parametrize("typed", ["'85", "\u201985", "\u201885", "\u2019 85"])
def test_a_figure_after_any_text_apostrophe_is_read_alike(typed):
    # Word turns the apostrophe staff type before a number into ’ (or ‘): pasted into the cell it is
    # the same mark as Excel's '. Realisasi 85 of target 90: 85 / 90 x 100.
    capaian, galat = _capaian(typed)
    assert capaian == Fraction(85, 90) * 100
    assert galat == []


def test_a_backtick_before_a_figure_is_no_text_mark_and_is_said():
    # ` is not the apostrophe of Excel nor of Word: not read, and the galat does not call it Excel's.
    capaian, galat = _capaian("`85")
    assert capaian is None
    (said,) = galat
    assert "tulis 85" in said.pesan and "tanda Excel" not in said.pesan, said.pesan


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_anggaran_amounts_after_a_text_apostrophe_are_read_alike(mark):
    # Pagu 1.250.000.000 and realisasi s.d. TW II 312.500.000 pasted with the mark: read as typed,
    # so the total pagu is 1.250.000.000 and the realisasi 312.500.000, with either mark.
    kinerja = [
        kinerja_row("T1", "Tujuan", "", "Tujuan", "I T", 100, (None, 40, None, None)),
        kinerja_row("S1", "Sasaran", "T1", "Sasaran", "I S", 100, (None, 40, None, None)),
        kinerja_row("P1", "Program", "S1", "PROGRAM A", "I P", 100, (None, 40, None, None)),
    ]
    program = anggaran_row(
        "P1", "PROGRAM A", None, f"{mark}1.250.000.000", (None, f"{mark}312.500.000", None, None)
    )
    report = run(kinerja, [program])
    assert report.total_pagu == 1_250_000_000
    assert report.total_realisasi_anggaran == 312_500_000
    assert not [f for f in report.findings if f.severity == GALAT]


def test_one_definition_of_the_text_apostrophe():
    from lkj_xl.core import findings, number_notes
    from lkj_xl.core.numbers import TEXT_MARKS

    assert set(TEXT_MARKS) == {"'", "\u2018", "\u2019"}
    assert not hasattr(findings, "_TEXT_MARKS") and not hasattr(number_notes, "_APOSTROPHES")


@pytest.mark.skipif(
    shutil.which("soffice") is None or not Path("/usr/lib/libreoffice/program/libswlo.so").exists(),
    reason="LibreOffice Writer not installed",
)
@pytest.mark.slow
def test_real_libreoffice_with_writer_failing_on_a_broken_document_gives_no_install_hint(tmp_path):
    # The installed LibreOffice has Writer (libswlo.so beside it): a document it cannot read fails
    # with LibreOffice's words, and no "install Writer" that would send the admin the wrong way.
    from lkj_xl.delivery.pdf import PdfError, docx_to_pdf, find_soffice, writer_installed

    assert writer_installed(find_soffice(writer=True)) is True
    broken = tmp_path / "draf rusak.docx"
    broken.write_bytes(b"PK\x03\x04 bukan dokumen")
    with pytest.raises(PdfError) as caught:
        docx_to_pdf(broken, tmp_path / "draf rusak.pdf", timeout=120)
    said = str(caught.value)
    assert said.startswith("LibreOffice could not convert draf rusak.docx to PDF"), said
    assert "apt-get" not in said, said
    assert not (tmp_path / "draf rusak.pdf").exists()
