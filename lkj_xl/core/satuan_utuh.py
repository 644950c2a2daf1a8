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
from lkj_xl.core.grids import SCALED_NOTE
from lkj_xl.core.kata_jumlah import COUNT_WORDS
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import UNIT_ABBREVIATIONS, is_level_unit, satuan_scale, scaled_satuan
from lkj_xl.core.pasted import duration_unit
from lkj_xl.core.satuan_sebutan import sejenis
from lkj_xl.core.ukuran import measure_word, rate_word

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
# A rate or an average: a fraction is its nature ("orang/hari", "orang per hari", "Rata-rata ...",
# "Rata2", "pengunjung harian"); an Indikator's slash is no rate ("... yang dibangun/direhab").
_AVERAGE = re.compile(r"\b(?:per|tiap|setiap|harian|(?:rata|rerata)(?:2|²)?)\b", re.IGNORECASE)
_NOT_COUNTED = frozenset({"lipat", "tahun", "bulan", "minggu", "triwulan", "semester"})
# An Indikator naming a ratio, a rate, a level or a density: its figure per something, even under a
# count Satuan ("Rasio guru terhadap murid" 18,5 murid, "Angka Kematian Ibu" 85,5 kasus, "Kepadatan
# penduduk" 812,5 jiwa, "Indeks Kepuasan Masyarakat" 78,5 IKM); not in a "Jumlah ..." name, which
# counts ("Jumlah desa dengan Indeks Desa Membangun mandiri", "Jumlah UMKM naik tingkat").
_LEVEL_NAMED = re.compile(
    r"\b(?:rasio|ratio|perbandingan|angka|indeks|index|nilai|skor|tingkat|kepadatan|perputaran|cakupan|"
    r"proporsi|persentase|prosentase|presentase|prevalensi|kepuasan)\b"
)
# Under "kali" (or "x"): a multiple ("Peningkatan omzet" 1,5 kali), not a frequency ("Frekuensi rapat").
_MULTIPLE_NAMED = re.compile(r"\b(?:peningkatan|kenaikan|pertumbuhan)\b")
# A per day written with a slash in an Indikator ("Jumlah kunjungan/hari"); a bracketed Satuan in it.
_SLASHED = re.compile(r"/\s*(\w+)")
_BRACKETED = re.compile(r"\(([^()]*)\)")
# Thousands written with zeros in a Satuan ("(000) jiwa", "jiwa (000)", "000 orang"): 4,5 of it is 4.500.
_ZEROS = re.compile(r"(?<![\w.,/])000(?:\.000)*(?![\w.,])")


def in_scale(satuan: str) -> bool:
    """A Satuan counting in a scale: a word ("Ribu Jiwa", "jiwa (ribu)", "juta jiwa", "rb orang"),
    zeros ("(000) jiwa", "jiwa (000)") or a multiplier ("Jiwa (x1000)"): 4,5 of it is 4.500 people,
    no fraction of a count, and 1.134,567 of it no slipped thousands dot."""
    return (
        scaled_satuan(satuan)
        or satuan_scale(satuan) is not None
        or _ZEROS.search(satuan) is not None
        or SCALED_NOTE.search(satuan.casefold()) is not None
    )


def _per(word: str) -> bool:
    """A word that makes the text a rate: "per", or a per glued to a time, kapita or a count word
    ("perhari", "Perkapita", "perdesa"; never "perusahaan")."""
    key = word.casefold()
    return key.startswith("per") and (rate_word(key) or key[3:] in WHOLE_WORDS)


def whole_satuan(satuan: str) -> bool:
    """A Satuan naming things counted whole ("orang", "Ruas Jalan", "Org", "dok", "Desa/Kelurahan"):
    not a level ("Indeks (IKM)"), a rate ("orang/hari", "jiwa per 1.000 penduduk", "orang perhari") or
    a Satuan in a scale word."""
    words = [UNIT_ABBREVIATIONS.get(w, w) for w in _WORDS.split(satuan.casefold()) if w]
    if WHOLE_WORDS.isdisjoint(words) or _AVERAGE.search(satuan) or is_level_unit(satuan):
        return False
    if "/" in satuan and not sejenis(satuan):
        return False  # (a rate; "Desa/Kelurahan" is either kind)
    # a measure or a time beside the count word ("km ruas jalan", "orang hari"), a multiple ("kali lipat")
    if any(measure_word(w) or duration_unit(w) or w in _NOT_COUNTED or _per(w) for w in words):
        return False
    return not in_scale(satuan)


def _rate_named(indikator: str, satuan: str) -> bool:
    """Whether the Indikator names an average, a rate, a ratio, a level or a multiple (see above), or
    the scale its figures count in ("Jumlah penduduk miskin (ribu jiwa)")."""
    name = indikator.casefold()
    words = [w for w in _WORDS.split(name) if w]
    if _AVERAGE.search(name) or any(_per(w) for w in words):
        return True
    if any(rate_word(w) for w in _SLASHED.findall(name)) or any(
        in_scale(b) for b in _BRACKETED.findall(name)
    ):
        return True
    first = next((w for w in words if w.isalpha() and len(w) > 1), "")  # (past "1.", "a)")
    if first not in COUNT_WORDS and _LEVEL_NAMED.search(name):  # ("Jml. desa dengan tingkat ...": a count)
        return True
    counted = {UNIT_ABBREVIATIONS.get(w, w) for w in _WORDS.split(satuan.casefold())}
    return "kali" in counted and bool(_MULTIPLE_NAMED.search(name))


def whole_expected(item: IndicatorInput, header: str) -> bool:
    """Whether the figure of ``item`` under ``header`` is expected whole: its Satuan counts whole
    things, its Indikator names no average, rate, ratio or level ("Rata-rata pengunjung per hari",
    "Rasio guru terhadap murid"), and it is no target nor comparison figure of a Rata-rata indicator
    (the mean to reach, last year's mean: 4,5 orang a quarter). Its quarters are counts."""
    if not whole_satuan(item.satuan) or _rate_named(item.indikator, item.satuan):
        return False
    return not (header not in c.REALISASI_TW_HEADERS and item.jenis_realisasi == c.RATA_RATA)


def _noun(satuan: str) -> str:
    """The Satuan as a noun in a sentence: "Ruas Jalan" is "ruas jalan", "UMKM" stays."""
    satuan = " ".join(satuan.split())
    return satuan if satuan.isupper() else satuan.lower()


def typed_fraction(
    values: Sequence[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog
) -> None:
    """A figure typed as text with a fraction under a Satuan of whole things ("4,5" orang): a
    peringatan at its cell naming the figure and the Satuan; computed as typed. A number cell is
    unit_checks.whole_fraction's. Asked last: quiet at a cell where a finding stands already ("1,250"
    orang's comma, a realisasi more than ten times its target), one word a slip; the row's other
    cells are told each on its own."""
    if not any(v.text and v.exact is not None and v.exact.denominator != 1 for _, v in values):
        return  # (nearly every row: whole figures; no cell reference built for them)
    for header, value in values:
        exact = value.exact
        if exact is None or exact.denominator == 1 or not value.text or value.percent:
            continue  # (a whole figure, or a number cell)
        if not whole_expected(item, header):
            continue
        if log.said_at(c.SHEET_KINERJA, [log.ref(header, item.row, c.SHEET_KINERJA)]):
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
