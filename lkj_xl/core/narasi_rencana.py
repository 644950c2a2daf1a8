"""Plans, comparisons and dated history in a Narasi text, read before the leftover-period check.

A report is written after its period ends (the seed's Triwulan II report still waits for data due
"tanggal 10 Juli 2025"), so:

- a plan for the report's own period ("Upaya yang akan dilakukan pada Triwulan II ...", "Pada Triwulan
  IV akan dilakukan percepatan", "Rencana tindak lanjut pada Semester II: ...") was written for the
  report before it: a leftover, named "rencana untuk Triwulan II"; not when its clause says it was
  done ("yang direncanakan pada Triwulan II telah terlaksana") or waits for data to be released
  ("realisasi triwulan II akan direlease ditanggal 10 Juli 2025");
- a plan for a later period ("akan dilaksanakan pada triwulan III" in Triwulan II, the seed's words) is
  what staff write every quarter: no period of the text;
- a comparison with the quarter just before the report ("Dibandingkan dengan capaian Triwulan I" in
  Triwulan II, "naik dari 48% pada Triwulan II" in Triwulan III) is the one staff make each quarter:
  no period of the text either (a quarter further back, "Triwulan I" in Triwulan III, is still read:
  the comparison of the report before, left in the cell);
- "telah/sudah ... (pada bulan) November" tells of a month of the reported quarter, not its first (in
  which the report before is written): the text names its own period ("Kegiatan yang belum terlaksana pada Triwulan III telah diselesaikan pada bulan
  November" in Triwulan IV).
"""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.dates import BULAN
from lkj_xl.core.narasi_pola import _KUARTAL, _PERIODE_NAMA, _SEMESTER, _SEMESTER_KE, _TRIWULAN, kuartal

# one period or a list of them: "TW III dan TW IV", "Triwulan III s.d. Triwulan IV"
_DAFTAR = rf"{_PERIODE_NAMA}(?:\s*(?:,|dan|serta|&|/|s\.\s?d\.?|s/d|-|–)\s*{_PERIODE_NAMA})*"
# the year after it: another year's period is planned for that year ("Triwulan I Tahun 2026")
_TAHUN = r"(?:\s*,?\s*(?:tahun\s*(?:anggaran\s*)?(?P<tahun>\d{4})|(?P<depan>tahun\s+(?:depan|berikutnya|mendatang)))\b)?"
# ("perlu" only after the period: "hal yang perlu diperhatikan pada Triwulan II" tells of it)
_MAU = r"(?:akan|direncanakan|dijadwalkan|rencana(?:nya)?|merencanakan)"
# what is said of the report itself or of a fact: no plan ("untuk Triwulan II akan menjadi bahan
# evaluasi", "pada Triwulan IV perlu dicatat")
_BUKAN = r"(?!\s+(?:menjadi|digunakan|dijadikan|dimanfaatkan|dicatat|diketahui|diperhatikan|diapresiasi|disampaikan|dijelaskan)\b)"
_RENCANA = re.compile(
    # "akan dilaksanakan pada Triwulan III", "Rencana tindak lanjut pada Semester II"
    rf"\b{_MAU}\b(?:\s+(?!(?:telah|sudah)\b)[^\s.;:,]+){{0,6}}?\s+(?:pada|di|dalam|untuk|mulai)\s+"
    rf"(?P<periode>{_DAFTAR}){_TAHUN}"
    # "Pada Triwulan IV akan dilakukan", "sehingga pada Triwulan IV perlu percepatan"
    rf"|\b(?:pada|di|dalam|untuk|mulai)\s+(?P<periode2>{_DAFTAR}){_TAHUN.replace('P<', 'P<b')}\s*,?\s+"
    rf"(?:nanti\s+|mendatang\s+)?(?:akan|perlu|direncanakan|dijadwalkan)\b{_BUKAN}",
    re.IGNORECASE,
)
# a clause saying the plan was carried out, or the period's data are yet to be released ("belum
# dapat terealisasi" is not)
_BELUM = re.compile(r"\b(?:belum|tidak|tak)\s+(?:(?:dapat|bisa|sepenuhnya|juga)\s+)*\w+", re.IGNORECASE)
_TERLAKSANA = re.compile(
    r"\b(?:telah|sudah|berhasil|terlaksana|tercapai|terealisasi|selesai)\b"
    r"|\b(?:di)?rel[e]?ase\b|\b(?:di)?rilis\b|\bterbit|\bdiumumkan\b|\bdipublikasikan\b|\btanggal\s+\d"
    r"|\btersedia\b|\bmenunggu\b",
    re.IGNORECASE,
)
# a sentence's end: not the dot of "s.d.", "TW.", "Kab.", "1.000"
_AKHIR = re.compile(
    r"[;:!?]|(?<!\bs\.d)(?<!\bs)(?<!\btw)(?<!\btriw)(?<!\btrw)(?<!\bsmt)(?<!\bkab)(?<!\bno)\.(?!\w)",
    re.IGNORECASE,
)
_QUARTER = rf"{_KUARTAL}(?:IV|III|II|I|[1-4]|pertama|kedua|ketiga|keempat)\b"
_BANDING = re.compile(
    r"\b(?:(?:di)?banding(?:kan)?(?:\s+dengan)?|daripada)"
    r"(?:\s+(?:capaian|realisasi|kinerja|serapan|anggaran|nilai|target|kondisi|periode|pada|di|akhir|data))*"
    rf"\s+(?P<periode>{_QUARTER}){_TAHUN}"
    r"|\b(?:naik|meningkat|turun|menurun|bertambah|berkurang)\s+dari\s+(?:[^\s.;:]+\s+){0,3}?(?:pada|di)\s+"
    rf"(?P<periode2>{_QUARTER}){_TAHUN.replace('P<', 'P<b')}",
    re.IGNORECASE,
)
_BELUM_DI = re.compile(r"\bbelum\b", re.IGNORECASE)
_SEBUT = re.compile(rf"\b(?P<periode>{_DAFTAR}){_TAHUN}", re.IGNORECASE)
_BULAN_LALU = re.compile(
    r"\b(?:telah|sudah)\s+(?!(?:di)?(?:rencanakan|jadwalkan|anggarkan|programkan)\b)"
    rf"(?:[^\s.;:,]+\s+){{0,4}}?(?:(?:pada|di|dalam)\s+)?(?:bulan\s+)?(?P<bulan>{'|'.join(BULAN)})\b",
    re.IGNORECASE,
)


def _rentang(periode: str) -> list[tuple[int, int, str]]:
    """Each period a list names, as (first quarter, last quarter, name): "TW III dan TW IV"."""
    out = []
    for match in re.finditer(rf"{_SEMESTER.pattern}|{_TRIWULAN.pattern}", periode, re.IGNORECASE):
        if match.group(1):
            half = _SEMESTER_KE[match.group(1).lower()]
            out.append((2 * half - 1, 2 * half, f"Semester {c.roman(half)}"))
        else:
            quarter = kuartal(match.group(2))
            out.append((quarter, quarter, f"Triwulan {c.roman(quarter)}"))
    return out


def _lain_tahun(match: re.Match[str], tahun: int | None, b: str = "") -> bool:
    year = match.group(f"{b}tahun")
    return bool(match.group(f"{b}depan")) or bool(year) and tahun is not None and int(year) != tahun


def _klausa(teks: str, start: int, end: int) -> str:
    """The sentence around ``teks[start:end]``."""
    awal = max((m.end() for m in _AKHIR.finditer(teks, 0, start)), default=0)
    akhir = _AKHIR.search(teks, end)
    return teks[awal : akhir.start() if akhir else len(teks)]


def baca_rencana(
    teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> tuple[str, list[str], bool]:
    """``teks`` without the plans for a later period and the comparison with the quarter just before
    the report; the report's own periods named as plans ("rencana untuk Triwulan II"); and whether it
    tells of a month of the reported quarter as past."""
    awal, akhir = (
        (1, 4) if tahunan else (2 * semester - 1, 2 * semester) if semester else (triwulan, triwulan)
    )
    rencana: list[str] = []

    def ganti_rencana(match: re.Match[str]) -> str:
        b = "" if match.group("periode") else "b"
        periode = match.group("periode") or match.group("periode2")
        klausa = _BELUM.sub("", _klausa(match.string, *match.span()))
        if _TERLAKSANA.search(klausa):
            return match.group(0)
        if _lain_tahun(match, tahun, b):  # "akan dilanjutkan pada Triwulan I Tahun 2026"
            return match.group(0).replace(periode, "periode rencana")
        rentang = _rentang(periode)
        if any(last < awal for _, last, _ in rentang):
            return match.group(0)  # a plan for an earlier period: the report before's, read as before
        # its last quarter, or (the half year's report) a quarter inside it
        sendiri = [
            n for first, last, n in rentang if last == akhir or semester and awal <= first <= last <= akhir
        ]
        rencana.extend(nama for nama in sendiri if nama not in rencana)
        return match.group(0).replace(periode, "periode rencana")

    teks = _RENCANA.sub(ganti_rencana, teks)

    def ganti_belum(match: re.Match[str]) -> str:
        # "belum tercapai maksimal karena pelaksanaan pada Triwulan III dan IV" (the seed's Triwulan
        # II): a later period in a clause saying it is not yet done is when it will be
        if not _BELUM_DI.search(_klausa(match.string, *match.span())) or _lain_tahun(match, tahun):
            return match.group(0)
        if all(first > akhir for first, _, _ in _rentang(match.group("periode"))):
            return match.group(0).replace(match.group("periode"), "periode berikutnya")
        return match.group(0)

    teks = _SEBUT.sub(ganti_belum, teks)
    sebelum = awal - 1
    if not tahunan and sebelum >= 1:

        def ganti_banding(match: re.Match[str]) -> str:
            b = "" if match.group("periode") else "b"
            periode = match.group("periode") or match.group("periode2")
            if _lain_tahun(match, tahun, b) or _rentang(periode)[0][0] != sebelum:
                return match.group(0)
            return match.group(0).replace(periode, "triwulan sebelumnya")

        teks = _BANDING.sub(ganti_banding, teks)
    # the months of the report's period but its first: the report before is written in that one
    # ("telah disampaikan pada bulan April" may be the Triwulan I report's own words)
    lower = [b.lower() for b in BULAN]
    bulan_kini = not tahunan and any(
        3 * (awal - 1) < lower.index(m.group("bulan").lower()) < 3 * akhir for m in _BULAN_LALU.finditer(teks)
    )
    return teks, [f"rencana untuk {nama}" for nama in rencana], bulan_kini
