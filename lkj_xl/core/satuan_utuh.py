"""A Satuan of things counted whole (orang, sekolah, unit, dokumen, desa): a figure of it with a
fraction is a slip (a percentage or an average typed in the wrong row, thousands typed the English
way). One list of their words, read by the comma-for-thousands check (comma_thousands), the number
cell stored with decimals (unit_checks.whole_fraction) and a fraction typed as text (typed_fraction,
here). Never of a rate or an average ("orang/hari", "orang per hari", an Indikator "Rata-rata ...",
the target of a Rata-rata indicator), nor of a Satuan counting in a scale word ("ribu orang"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import UNIT_ABBREVIATIONS, is_level_unit, satuan_scale, scaled_satuan
from lkj_xl.core.pasted import duration_unit
from lkj_xl.core.ukuran import measure_word

# Satuan words of things counted whole: people, households, schools, units (never 1,5 of them).
WHOLE_WORDS = frozenset(
    {
        # people
        "orang", "jiwa", "penduduk", "anak", "siswa", "murid", "peserta", "pasien", "wisatawan",
        "pengunjung", "asn", "pegawai", "pns", "bayi", "balita", "kpm", "pmks", "pelaku",
        # households, groups, bodies
        "kk", "keluarga", "rumah", "rt", "rtm", "lembaga", "kelompok", "koperasi", "umkm", "ukm", "ikm",
        "usaha", "perusahaan", "opd", "sekolah", "pasar",
        # places
        "desa", "kelurahan", "kecamatan", "titik", "lokasi", "ruas",
        # things and events
        "unit", "buah", "dokumen", "laporan", "izin", "sertifikat", "produk", "paket", "kegiatan",
        "kasus", "kunjungan", "kali", "event", "ekor",
    }
)  # fmt: skip
_WORDS = re.compile(r"[^\w]+")
# A rate or an average: a fraction is its nature ("orang/hari", "orang per hari", "Rata-rata ..."); an
# Indikator's slash is no rate ("... yang dibangun/direhab").
_AVERAGE = re.compile(r"\b(?:per|tiap|setiap|rata|rerata)\b", re.IGNORECASE)
_NOT_COUNTED = frozenset({"lipat", "tahun", "bulan", "minggu", "triwulan", "semester"})
_TARGETS = frozenset({"Target", "Target Perubahan", c.H_TARGET_RENSTRA, c.H_STANDAR_NASIONAL})


def whole_satuan(satuan: str) -> bool:
    """A Satuan naming things counted whole ("orang", "Ruas Jalan", "Org", "dok"): not a level
    ("Indeks (IKM)"), a rate ("orang/hari", "jiwa per 1.000 penduduk") or a Satuan in a scale word."""
    words = [UNIT_ABBREVIATIONS.get(w, w) for w in _WORDS.split(satuan.casefold()) if w]
    if WHOLE_WORDS.isdisjoint(words) or "/" in satuan or _AVERAGE.search(satuan) or is_level_unit(satuan):
        return False
    # a measure or a time beside the count word ("km ruas jalan", "orang hari"), a multiple ("kali lipat")
    if any(measure_word(w) or duration_unit(w) or w in _NOT_COUNTED for w in words):
        return False
    return not scaled_satuan(satuan) and satuan_scale(satuan) is None


def whole_expected(item: IndicatorInput, header: str) -> bool:
    """Whether the figure of ``item`` under ``header`` is expected whole: its Satuan counts whole
    things, its Indikator names no average or rate ("Rata-rata pengunjung per hari"), and it is no
    target of a Rata-rata indicator (the mean to reach, 4,5 orang a quarter)."""
    if not whole_satuan(item.satuan) or _AVERAGE.search(item.indikator):
        return False
    return not (header in _TARGETS and item.jenis_realisasi == c.RATA_RATA)


def _noun(satuan: str) -> str:
    """The Satuan as a noun in a sentence: "Ruas Jalan" is "ruas jalan", "UMKM" stays."""
    satuan = " ".join(satuan.split())
    return satuan if satuan.isupper() else satuan.lower()


def typed_fraction(
    values: Sequence[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """A figure typed as text with a fraction under a Satuan of whole things ("4,5" orang): a
    peringatan at its cell naming the figure and the Satuan; computed as typed. A number cell is
    unit_checks.whole_fraction's. Asked last: quiet when a finding stands at one of ``values``' cells
    already ("1,250" orang's comma, a realisasi more than ten times its target), one word a slip."""
    refs = [log.ref(header, item.row, c.SHEET_KINERJA) for header, _ in values]
    if not any(v.text and v.exact is not None and v.exact.denominator != 1 for _, v in values) or log.said_at(
        c.SHEET_KINERJA, refs
    ):
        return  # (nearly every row: whole figures)
    for header, value in values:
        exact = value.exact
        if exact is None or exact.denominator == 1 or not value.text or value.percent:
            continue  # (a whole figure, or a number cell)
        if not whole_expected(item, header):
            continue
        satuan = " ".join(item.satuan.split())
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f'{header} {name} "{value.text}" dibaca {figure(exact)} {satuan}: jumlah {_noun(satuan)} biasanya '
            "bilangan bulat; dihitung apa adanya, periksa angkanya (persentase atau rata-rata yang "
            "tertulis di baris ini?)",
        )
