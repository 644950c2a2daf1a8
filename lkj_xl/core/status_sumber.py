"""A quarter's status text naming where its figure comes from or a regulation (kinerja67).

- A figure with its source, `Data BPS: 12,5`, `Sumber BPS 12,5`, `Menurut Dinkes: 72,4`, `BPS: 72,4`:
  staff mean 12,5 is the realisasi, its source noted beside it. The tool reads no figure from a text,
  so where the quarter counts the figure is meant (a galat, unit_checks.status_number): scoring the
  quarter before it (a Nilai Akhir's TW I) was a capaian from another figure than the one typed.
- A regulation's number, `Perbup 3`, `Perda No. 5 Tahun 2024`, `SK 12`: no figure of the indicator; the
  quarter holds no realisasi yet, told so in its own words (a peringatan, as a waiting text), except
  under a Satuan counting documents or regulations (`Dokumen`, `Regulasi`, `Perbup`), where `Perbup 3`
  may as well be three of them: a galat naming both readings where the quarter counts.
Pure."""

from __future__ import annotations

import re

from lkj_xl.core.status_named import NOT_YET

_WORD = re.compile(r"[^\W\d_]+")
# Words saying where a figure comes from, and the agencies and surveys staff name as one.
# ("survei" is none: "Survei IKM 2" is the second survey, "Nilai Survei 72,4" a note, as on main)
_MARKS = frozenset(["sumber", "menurut", "berdasarkan", "data"])
# A stage, a round or a period before the figure counts it ("Survei tahap 2", "Data bulan 3"): no source.
# (a quarter or half year counts it only right before it, "Data triwulan 2"; "Data TW II: 46,6" names the
# quarter of the figure, the figure meant as "TW II: 46,6" is, unit_checks.figure_meant: rev_kinerja67)
_QUARTER = frozenset(["tw", "triwulan", "trw", "semester", "smt", "sem"])
_COUNTED = frozenset(
    [
        "tahap",
        "tahapan",
        "termin",
        "fase",
        "ke",
        "putaran",
        "gelombang",
        "angkatan",
        "periode",
        "bulan",
        "minggu",
        "hari",
        "tahun",
        "no",
        "nomor",
        "rilis",
    ]
)
_AGENCIES = frozenset(
    [
        "bps",
        "bpk",
        "bpkp",
        "bappeda",
        "bapperida",
        "dinkes",
        "disdik",
        "dukcapil",
        "kemendagri",
        "kemenkes",
        "kemenpan",
        "kemenpanrb",
        "ombudsman",
        "susenas",
        "sakernas",
        "sensus",
        "sipd",
        "inspektorat",
    ]
)
_NUM = r"\d+(?:[.,]\d+)*"
_YEAR = re.compile(r"(?:19|20)\d\d")
# A regulation's kind, then its number ("Perbup 3", "Perda No. 5 Tahun 2024", "SK Nomor 12/2025").
_REGULATION = re.compile(
    r"(perbup|perda|perdes|perwali|perwal|pergub|perkada|perpres|permen[^\W\d_]*|pp|uu|sk|kepbup|kepwal|"
    r"inpres|keputusan\s+(?:bupati|wali\s?kota|kepala\s+dinas)|"
    r"peraturan\s+(?:bupati|daerah|desa|wali\s?kota|gubernur|menteri|presiden|pemerintah))"
    r"\.?\s*:?\s*(?:(?:no|nomor|nmr)\.?\s*)?(\d+)"
    r"(?:\s*(?:tahun|thn\.?|th\.?|/)\s*(?:19|20)\d\d)?\s*\.?",
    re.IGNORECASE,
)
# A Satuan counting documents or regulations: "Perbup 3" under it may be three of them.
_DOCUMENTS = frozenset(
    ["dokumen", "dok", "regulasi", "peraturan", "perbup", "perda", "sk", "produk", "kebijakan", "keputusan"]
)


def source_named(status: str, number: str, satuan: str) -> str:
    """The source ``status`` names before its only figure ``number`` ("Data BPS" of "Data BPS: 12,5",
    "BPS" of "BPS: 72,4"): at least one word saying so or an agency's, at most four words, none of a
    figure not there yet ("Menunggu data BPS: 12,5": waiting) nor of a stage or period counted ("Survei
    tahap 2"); after the figure at most % or the Satuan's word; "" for any other text, and for a year
    ("Data BPS 2024": the data's year, a status as before)."""
    spaced = " ".join(status.split())
    found = re.fullmatch(rf"([^\d]*?)\s*[:=]?\s*({_NUM})\s*(%|[^\W\d_]+)?\s*\.?", spaced)
    if found is None or found[2] != number or _YEAR.fullmatch(number) or not number.strip("0.,"):
        return ""
    if (
        found[3]
        and found[3] != "%"
        and found[3].casefold() not in ("persen", *_WORD.findall(satuan.casefold()))
    ):
        return ""
    name = found[1].strip(" :=-")
    words = _WORD.findall(name.casefold())
    if (
        not words
        or len(words) > 4
        or any(w in NOT_YET or w in _COUNTED for w in words)
        or words[-1] in _QUARTER
    ):
        return ""
    # (a colon inside the name, "Sumber: BPS 12,5", "Sumber data: Dinkes 12,5", as after it)
    if not re.fullmatch(r"[^\W\d_]+(?:[\s.:]+[^\W\d_]+)*", name):
        return ""
    return name if any(w in _MARKS or w in _AGENCIES for w in words) else ""


def regulation(status: str, satuan: str) -> tuple[str, bool]:
    """The regulation ``status`` names ("Perbup 3") with whether its number may be the realisasi (a
    Satuan counting documents: three Perbup?); ("", False) for any other text."""
    spaced = " ".join(status.split())
    found = _REGULATION.fullmatch(spaced)
    if found is None:
        return "", False
    return spaced.rstrip(" ."), counts_documents(satuan)


def counts_documents(satuan: str) -> bool:
    """Whether ``satuan`` counts documents or regulations ("Dokumen", "Regulasi", "Perbup")."""
    return bool(set(_WORD.findall(satuan.casefold())) & _DOCUMENTS)


def regulation_said(named: str, counted: bool, satuan: str, then: str) -> str:
    """What is said of a regulation typed as a quarter's realisasi (see :func:`regulation`)."""
    number = _REGULATION.fullmatch(named)
    figure = number[2] if number else ""
    if counted:
        unit = satuan.strip() or "dokumen"
        return (
            f"menyebut peraturan ({named}), jadi {then}: {figure} itu nomor peraturannya atau jumlahnya "
            f"({figure} {unit})? Bila realisasinya {figure}, tulis {figure} saja di sel ini dan "
            f"peraturannya di kolom Keterangan; bila {figure} nomornya, tulis jumlah {unit} yang "
            "ditetapkan (1 untuk satu peraturan)"
        )
    return (
        f"menyebut peraturan ({named}), bukan angka realisasi; {then}. Tulis angka realisasinya di sel "
        'ini, atau "-" bila belum ada data, dan peraturannya di kolom Keterangan'
    )
