"""A blank template named by the abbreviation of the START of a counted agency's longer name is that
agency's (core.rekap_templat_kiriman, core.rekap_singkatan): ``LKjIP Dinsos.xlsx`` sent back blank
beside the counted ``Dinas Sosial P3A`` (Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak)
was flagged as the Dinas Sosial not reporting, though Dinsos IS that agency. The start counts only
up to where the name's next field begins (a comma, "dan", an abbreviation such as "P3A"): the Dinas
Kesehatan Hewan is still not the Dinas Kesehatan, DKP/BKD stay ambiguous, and only when exactly one
agency counted starts so. An abbreviation typed with its other words ("Dinsos P3A", "Satpol PP") and
with a digit for repeated letters ("P3A" = P-P-P-A, "DP3AP2KB") is read whole too."""

from __future__ import annotations

import pytest

import lkj_xl
from lkj_xl.core.rekap_berkas_lain import JENIS_FOLDER
from lkj_xl.core.rekap_templat_kiriman import JENIS_KOSONG, sent_templates
from lkj_xl.xlsx.template import write_template
from tests.test_mend35i import _file

_P3A = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"


def _flagged(blank: str, *agencies: str) -> bool:
    """``blank`` (a file's name among the agencies' files) is flagged as an agency's blank template
    not filled in, the ``agencies`` counted from other files."""
    counted = {agency: f"kab/counted {at}.xlsx" for at, agency in enumerate(agencies)}
    warnings, sent = sent_templates([f"kab/{blank}"], [], ["kab"], counted)
    assert bool(warnings) == bool(sent)
    return bool(sent)


@pytest.mark.parametrize(
    ("blank", "agency"),
    [
        # the task's case: Dinsos is the start of the Dinas Sosial P3A's name, P3A its next field
        ("LKjIP Dinsos.xlsx", "Dinas Sosial P3A"),
        ("LKjIP Dinsos TW II.xlsx", _P3A),  # the next field after a comma
        ("LKjIP Dinsos.xlsx", "Dinas Sosial dan Pemberdayaan Masyarakat Desa"),  # ... after "dan"
        ("LKjIP Dinsos.xlsx", "Dinsos P3A"),  # the agency typed by its abbreviations
        ("LKjIP Dinas Sosial.xlsx", "Dinas Sosial P3A"),  # the start typed whole in the blank's name
        ("LKjIP Dinkes.xlsx", "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"),
        ("LKjIP Disnak.xlsx", "Dinas Peternakan dan Kesehatan Hewan"),
        # the abbreviation with its other words: "P3A" P-P-P-A, "PP" Pamong Praja
        ("LKjIP Dinsos P3A.xlsx", "Dinas Sosial P3A"),
        ("LKjIP Dinsos P3A.xlsx", _P3A),
        ("LKjIP Satpol PP.xlsx", "Satuan Polisi Pamong Praja"),
        (
            "LKjIP DP3AP2KB TW II.xlsx",  # D-PPPA-PP-KB; "dan" left out
            "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
        ),
        # already read so (pinned by tests.test_rekap_blank_template_agency for others): still so
        ("LKjIP Diskoperindag.xlsx", "Dinas Koperasi, Perindustrian dan Perdagangan"),
        ("LKjIP Disperindag.xlsx", "Dinas Perindustrian dan Perdagangan"),
        ("LKjIP DPMPTSP.xlsx", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        ("LKjIP BPBD.xlsx", "Badan Penanggulangan Bencana Daerah"),
        ("LKjIP Bapperida.xlsx", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"),
        ("LKjIP Disparbud.xlsx", "Dinas Pariwisata dan Kebudayaan"),
        ("LKjIP DLH.xlsx", "Dinas Lingkungan Hidup"),
    ],
)
def test_a_blank_named_for_an_agency_counted_is_not_flagged(blank, agency):
    assert not _flagged(blank, "Dinas Kesehatan Hewan", agency)


@pytest.mark.parametrize(
    ("blank", "agencies"),
    [
        # "Hewan" continues Kesehatan (no next field): the Dinas Kesehatan Hewan is another agency
        ("LKjIP Dinkes.xlsx", ("Dinas Kesehatan Hewan",)),
        ("LKjIP Dinkes Hewan.xlsx", ("Dinas Kesehatan",)),
        # DKP and BKD stay ambiguous, at the start of a name too
        ("LKjIP DKP.xlsx", ("Dinas Kelautan dan Perikanan, Ketahanan Pangan",)),
        ("LKjIP BKD.xlsx", ("Badan Kepegawaian Daerah, Pendidikan dan Pelatihan",)),
        ("LKjIP BKD.xlsx", ("BKD PSDM",)),
        # two agencies counted start so: which one sent the blank is not known, nor whether a third
        ("LKjIP Dinsos.xlsx", ("Dinas Sosial P3A", "Dinas Sosial, Pemberdayaan Masyarakat Desa")),
        # the abbreviation's other words spell no more of the name counted
        ("LKjIP Dinsos PMD.xlsx", ("Dinas Sosial P3A",)),
        ("LKjIP Satpol PP Damkar.xlsx", ("Satuan Polisi Pamong Praja",)),
        # a start of the kind alone names no agency ("Dinas" of "Dinas PUPR")
        ("LKjIP Dinas.xlsx", ("Dinas PUPR",)),
        ("LKjIP Sekretariat.xlsx", ("Sekretariat DPRD",)),
        # a number is no next field: the Puskesmas 2 is another Puskesmas than the 1
        ("LKjIP UPT Puskesmas 1.xlsx", ("UPT Puskesmas 2",)),
    ],
)
def test_a_blank_of_no_agency_counted_is_still_flagged(blank, agencies):
    assert _flagged(blank, "Dinas Pendidikan", *agencies)


def test_the_start_is_no_fit_when_the_whole_name_of_another_agency_fits():
    # Dinas Sosial and Dinas Sosial P3A both counted (two agencies, never joined): the blank is the
    # Dinas Sosial's by its whole name, not flagged; both still counted apart (their own rows)
    assert not _flagged("LKjIP Dinsos.xlsx", "Dinas Sosial", "Dinas Sosial P3A")


_PEMDA = "Kabupaten Lumajang"


def test_rekap_of_the_dinsos_p3a_and_a_blank_dinsos(tmp_path):
    # the leftover as staff met it: the Dinas Sosial P3A's filled workbook, named otherwise, and the
    # blank template it also sent back named by its abbreviation; the Dinas Kesehatan beside them
    root = tmp_path / "TW II"
    _file(root / "LKjIP Dinkes TW II.xlsx", _PEMDA, "Dinas Kesehatan", "1.000.000.000", disk=1)
    _file(root / "LKJIP TW2 final.xlsx", _PEMDA, "Dinas Sosial P3A", "1.200.000.000", disk=1)
    root.mkdir(parents=True, exist_ok=True)
    write_template(root / "LKjIP Dinsos.xlsx")
    result = lkj_xl.rekap(root, jobs=1)
    assert sorted(result.perangkat_daerah["perangkat_daerah"]) == ["Dinas Kesehatan", "Dinas Sosial P3A"]
    assert result.perangkat_daerah["pagu"].sum() == 2_200_000_000  # 1.000.000.000 + 1.200.000.000
    assert JENIS_FOLDER not in set(result.peringatan["jenis"])
    assert not result.tanpa_buku_kerja.get(JENIS_KOSONG)
