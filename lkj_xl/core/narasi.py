"""The optional input sheet ``Narasi``: texts of the LKjIP document that no table knows.

Columns ``Bagian`` | ``Teks``, one row per section (several rows of one Bagian are its paragraphs in
order). Pure: works on the grid ``lkj_xl.xlsx.read.read_grids`` gives; a missing sheet is no error
(the document then shows a visible "[isi: ...]" placeholder for every section).

Per-indicator texts of Tabel 2.1 are named after the node's Kode in Kinerja: ``Formulasi S2``,
``Sumber Data S2``.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from lkj_xl.core import contract as c
from lkj_xl.core.angka_nanti import NANTI
from lkj_xl.core.dates import BULAN
from lkj_xl.core.long_text import SHORTEN_NARASI, cut_finding
from lkj_xl.core.model import PERINGATAN, Finding, Grid, Settings
from lkj_xl.core.nama_periode import HALF_WORD, MONTHS, NAMA_BULAN, QUARTER_WORD
from lkj_xl.core.narasi_data_lalu import data_lalu
from lkj_xl.core.narasi_pesan import periode_pesan
from lkj_xl.core.narasi_pola import (
    _GABUNGAN,
    _JUDUL,
    _KATA_EKOR,
    _KATA_KEPALA,
    _KINI_SEMESTER,
    _KINI_TRIWULAN,
    _PERIODE_KUARTAL,
    _PERIODE_NAMA,
    _PERIODE_SEMESTER,
    _SD_KINI,
    _SELA,
    _SEMESTER,
    _SEMESTER_KE,
    _TRIWULAN,
    ejaan,
    kuartal,
    rentang_penuh,
)
from lkj_xl.core.narasi_rencana import baca_rencana
from lkj_xl.core.narasi_rencana_lalu import rencana_lalu
from lkj_xl.core.narasi_riwayat import tanpa_riwayat
from lkj_xl.core.narasi_sebab import kini_lain, sebab_lalu
from lkj_xl.core.narasi_sisa import (
    _NAMA_BULAN,
    akhir_tahun_dicapai,
    dalam_rencana,
    judul_tahun_lain,
    rencana_bulan,
    sampai_bulan,
    selesai_dulu,
)
from lkj_xl.core.narasi_tahun import angka_dibanding, kuartal_lain, tahun_sendiri, tw_iv_laporan
from lkj_xl.core.parse_analisis import (
    dash_only,
    lines,
    not_text,
    placeholder,
    placeholder_pesan,
    wrapped_joined,
)

SHEET_NARASI = "Narasi"
HEADERS = ("Bagian", "Teks")

# Section name -> where it goes in the document (the README lists the same).
SECTIONS: dict[str, str] = {
    "Alamat": "sampul: alamat kantor di bawah nama perangkat daerah",
    "Kata Pengantar": "Kata Pengantar",
    "Ikhtisar Eksekutif": "Ikhtisar Eksekutif",
    "Pendahuluan": "Bab I, pembuka sebelum 1.1",
    "Struktur Organisasi": "1.1.1 Struktur Organisasi Perangkat Daerah",
    "Tugas dan Fungsi": "1.1.2 Tugas dan Fungsi Perangkat Daerah",
    "Sumber Daya Manusia": "1.1.3 Sumber Daya Manusia",
    "Sarana dan Prasarana": "1.1.4 Sumber Daya Sarana dan Prasarana",
    "Isu Strategis": "1.2 Isu Strategis",
    "Indikator Kinerja Utama": "2.1, pengantar Tabel 2.1",
    "Perjanjian Kinerja": "2.2, pengantar Tabel 2.3",
    "Program dan Kegiatan": "2.3, pengantar Tabel 2.4",
    "Pengukuran Kinerja": "3.1, pengantar",
    "Penutup": "Bab IV Penutup",
    "Tindak Lanjut": "Bab IV, tindak lanjut dan upaya",
}
# What each section holds: the document's "[isi: ...]" placeholder and the peringatan ask for it.
ISI: dict[str, str] = {
    "Alamat": "alamat kantor",
    "Kata Pengantar": "kata pengantar kepala perangkat daerah",
    "Ikhtisar Eksekutif": "ikhtisar eksekutif",
    "Pendahuluan": "latar belakang penyusunan laporan kinerja",
    "Struktur Organisasi": "struktur organisasi perangkat daerah",
    "Tugas dan Fungsi": "tugas dan fungsi perangkat daerah",
    "Sumber Daya Manusia": "komposisi pegawai",
    "Sarana dan Prasarana": "sarana dan prasarana",
    "Isu Strategis": "isu-isu strategis perangkat daerah",
    "Indikator Kinerja Utama": "dasar penetapan Indikator Kinerja Utama",
    "Perjanjian Kinerja": "pengantar Perjanjian Kinerja",
    "Program dan Kegiatan": "pengantar program dan kegiatan yang mendukung IKU",
    "Pengukuran Kinerja": "pengantar pengukuran kinerja",
    "Penutup": "kesimpulan",
    "Tindak Lanjut": "tindak lanjut dan upaya",
}
# Sections that are no required part of the LKjIP (PermenPANRB 53/2014: Ikhtisar Eksekutif, Bab I
# Pendahuluan with the organisation and its strategic issues, Bab II-IV; the seed's Kata Pengantar and
# the IKU's Formulasi and Sumber Data beside them): the introductions of tables the document prints
# anyway, the cover's address and staff's own follow-up (the Analisis sheet's is printed). There "-"
# alone means "none", as in an Analisis cell: nothing is printed. In a required section it is a
# section not written yet: the placeholder stays and a peringatan says what to write.
OPSIONAL = frozenset(
    {"Alamat", "Indikator Kinerja Utama", "Perjanjian Kinerja", "Program dan Kegiatan", "Pengukuran Kinerja",
     "Tindak Lanjut"}
)  # fmt: skip
# Per indicator node (Kode from Kinerja): Tabel 2.1's Formulasi and Sumber Data.
PER_KODE = ("Formulasi", "Sumber Data")
# The numbers of the tables and figures the LKjIP document holds (its captions; a test keeps them
# equal): a Narasi text citing another ("Berdasarkan tabel 1.1 di atas") cites what is not there.
TABEL_LAPORAN = ("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "L.1", "L.2")
GAMBAR_LAPORAN = ("3.1", "3.2")
_RUJUKAN = re.compile(r"\b(tabel|gambar)\s+((?:\d+|[A-Z])\.\d+)", re.IGNORECASE)


def rujukan_hilang(teks: str) -> list[str]:
    """The tables and figures ``teks`` cites that the document does not hold, as its captions would
    name them ("Berdasarkan tabel 1.1 di atas": ["Tabel 1.1"]), each once, in the order cited."""
    out: list[str] = []
    for match in _RUJUKAN.finditer(teks):
        jenis, nomor = match.group(1).capitalize(), match.group(2).upper()
        ada = TABEL_LAPORAN if jenis == "Tabel" else GAMBAR_LAPORAN
        if nomor not in ada and f"{jenis} {nomor}" not in out:
            out.append(f"{jenis} {nomor}")
    return out


_JUDUL_SENDIRI = re.compile(
    rf"(?P<sehingga>\bsehingga\s+(?:penyusunan\s+)?)?"
    rf"\b(?P<kepala>laporan(?:(?:{_SELA}){{0,2}}?\s+{_JUDUL}(?:{_KATA_KEPALA}){{0,15}}?)?)"
    rf"\s+(?P<periode>{_PERIODE_NAMA}(?:\s*(?:dan|/|&)\s*{_PERIODE_NAMA})?)"
    rf"(?P<ekor>(?:{_KATA_EKOR}){{0,15}}?)"
    r"\s+(?:(?P<ini>ini)|dapat\s+(?:kami\s+)?(?:diselesaikan|terselesaikan|tersusun|disusun|selesaikan|susun)"
    r"(?P<baik>\s+dengan\s+baik)?)\b",
    re.IGNORECASE,
)
_TAHUN_DI = re.compile(r"\btahun\s*(?:anggaran\s*)?(\d{4})\b", re.IGNORECASE)
# The year's report named as such ("laporan tahunan"): a half year beside it is mentioned, no period.
_TAHUNAN = re.compile(r"\blaporan(?:\s+kinerja)?\s+tahunan\b", re.IGNORECASE)


# The report's period written by its months: "selama periode bulan April – Juni 2025", "periode Januari
# s.d. Juni", "April s/d Juni", "Periode pelaporan: Januari - Juni" ("sd" too: no school between two
# months; a range without "periode"/"selama" may tell when an activity ran: not read).
_PERIODE_BULAN = re.compile(
    r"\b(?:periode|selama)\s+(?:(?:periode|pelaporan|laporan)\s*:?\s*)?(?:bulan\s+)?"
    rf"({NAMA_BULAN})\s*(?:[-–—]|s\.\s?d\.?|s/d|sd\b|sampai(?:\s+dengan)?|hingga)\s*({NAMA_BULAN})\b",
    re.IGNORECASE,
)


def _tahun_lain(match: re.Match[str], tahun: int | None) -> bool:
    """The period ``match`` names is given another year than the report's ("Semester II Tahun 2024")."""
    return bool(match.group(3)) and (tahun is None or int(match.group(3)) != tahun)


def _names_own_half(teks: str, semester: int, tahun: int | None) -> bool:
    """``teks`` names the half year's report's own period: its half year ("semester ini"), or s.d. its
    last quarter ("s.d. triwulan ini")."""
    # (revnarasi4) Semester II's end reached, "... tetapi pada akhir Desember 2025 mencapai 98%"
    # (narasi54) or its year's own figure stated, "... pada tahun 2025 sebesar 96%"
    if _KINI_SEMESTER.search(teks) or _SD_KINI.search(teks) or semester == 2 and akhir_tahun_dicapai(teks):
        return True
    if semester == 2 and tahun_sendiri(teks, 4, tahun):
        return True
    if semester in {_SEMESTER_KE[m.group(1).lower()] for m in _SEMESTER.finditer(teks)}:
        return True
    return any(
        not match.group(1).lower().startswith("laporan")
        and kuartal(match.group(2)) == 2 * semester
        and not _tahun_lain(match, tahun)
        for match in _PERIODE_KUARTAL.finditer(teks)
    )


def _periode_semester(
    teks: str, semester: int | None, tahunan: bool, tahun: int | None, dibanding: Collection[str] = ()
) -> list[str]:
    """The half year's report (``semester``) named as another half year or a quarter: "Laporan
    Kinerja Semester II" or "Laporan Kinerja (LKj) Triwulan II" under a cover saying SEMESTER I;
    "sampai dengan Triwulan I" there. A quarter inside the half year named otherwise ("kegiatan di
    triwulan I") is the report's own. The year's report: "Laporan Kinerja Semester II" as it
    names "Laporan Kinerja Triwulan IV", written for the shorter report ending in Desember. A text that
    also names the report's own period (its half year, "s.d." its last quarter, the year's "laporan
    tahunan") compares or lists periods ("s.d. Triwulan I sebesar 20% dan s.d. Triwulan II sebesar
    48%"), as does one naming a quarter inside the half year among others ("laporan TW I dan TW II").
    (narasi58) In the year's report "s.d. Semester II" stated with a figure the Analisis compared
    (``dibanding``) is the year's figure, as "s.d. TW IV" is (:func:`narasi_tahun.angka_dibanding`)."""
    if semester and _names_own_half(teks, semester, tahun) or tahunan and _TAHUNAN.search(teks):
        return []
    quarters_named = {kuartal(m.group(1)) for m in _TRIWULAN.finditer(teks)}
    named: list[str] = []
    for match in _PERIODE_SEMESTER.finditer(teks):
        half = _SEMESTER_KE[match.group(2).lower()]
        if tahunan and not match.group(1).lower().startswith("laporan") and angka_dibanding(match, dibanding):
            continue
        if semester == 1 and angka_dibanding(
            match, [a.removeprefix(NANTI) for a in dibanding if a.startswith(NANTI)]
        ):
            continue  # (narasi63) Semester II's figure in Semester I's report, told by angka_nanti
        if (half == 2 if tahunan else half != semester) and not _tahun_lain(match, tahun):
            named.append(f"Semester {c.roman(half)}")
    if semester:
        for match in _PERIODE_KUARTAL.finditer(teks):
            quarter = kuartal(match.group(2))
            laporan = match.group(1).lower().startswith("laporan")
            among = quarter in (2 * semester - 1, 2 * semester) and len(quarters_named) > 1
            if (laporan or quarter != 2 * semester) and not among and not _tahun_lain(match, tahun):
                named.append(f"Triwulan {c.roman(quarter)}")
    return list(dict.fromkeys(named))


def _lain_tahun(year: str | None, tahun: int | None) -> bool:
    return bool(year) and (tahun is None or int(str(year)) != tahun)


def _judul_lain(
    teks: str, triwulan: int, tahunan: bool, semester: int | None, tahun: int | None
) -> list[str]:
    """Titles and periods of another report the other checks leave: a half year and its last quarter
    named together as the report ("Laporan Kinerja Triwulan II dan Semester I" in Triwulan III, even
    beside "kinerja triwulan III"), and in a quarterly report a half year as its title or period
    ("Laporan Kinerja Semester I ini", "s.d. Semester I" in Triwulan III: Semester I is s.d. TW II)."""
    named: list[str] = []
    for match in _GABUNGAN.finditer(teks):
        quarters = list(_TRIWULAN.finditer(match.group(0)))
        halves = list(_SEMESTER.finditer(match.group(0)))
        if len(quarters) != 1 or len(halves) != 1 or _lain_tahun(match.group(1), tahun):
            continue
        quarter, half = kuartal(quarters[0].group(1)), _SEMESTER_KE[halves[0].group(1).lower()]
        own = half == semester if semester else not tahunan and quarter == triwulan
        if quarter == 2 * half and not own:
            both = [
                (quarters[0].start(), f"Triwulan {c.roman(quarter)}"),
                (halves[0].start(), f"Semester {c.roman(half)}"),
            ]
            named += [name for _, name in sorted(both)]
    if tahunan or semester or triwulan in {kuartal(m.group(1)) for m in _TRIWULAN.finditer(teks)}:
        return named
    if _KINI_TRIWULAN.search(teks):  # "triwulan ini": the reported quarter named
        return named
    for match in _judul_sendiri(teks, tahun):
        halves = list(_SEMESTER.finditer(match.group("periode")))
        if len(halves) == 1 and not _TRIWULAN.search(match.group("periode")):
            half = _SEMESTER_KE[halves[0].group(1).lower()]
            if 2 * half != triwulan:
                named.append(f"Semester {c.roman(half)}")
    return named


@functools.lru_cache(maxsize=64)  # (narasi51: asked twice of one text, _judul_lain and _judul_ringkas)
def _judul_sendiri(teks: str, tahun: int | None) -> tuple[re.Match[str], ...]:
    """This report's own title in ``teks`` (_JUDUL_SENDIRI) of the report's year: before "ini", or
    "dapat diselesaikan" as the Kata Pengantar says it ("sehingga ...", "... dengan baik"); "Laporan
    Kinerja Semester I Tahun 2025 dapat diselesaikan tepat waktu pada bulan Juli" tells of another."""
    return tuple(
        [
            match
            for match in _JUDUL_SENDIRI.finditer(teks)
            if (match.group("ini") or match.group("sehingga") or match.group("baik"))
            and not any(_lain_tahun(m.group(1), tahun) for m in _TAHUN_DI.finditer(match.group("ekor")))
        ]
    )


def _judul_ringkas(teks: str, tahun: int | None) -> str:
    """``teks`` with this report's own titles written "Laporan Kinerja <period>": the title's words
    before the period ("Laporan Pelaksanaan Kinerja pada Dinas ... Triwulan IV ini") are no citation."""
    for match in reversed(_judul_sendiri(teks, tahun)):
        teks = teks[: match.start("kepala")] + "Laporan Kinerja" + teks[match.end("kepala") :]
    return teks


# (narasi50) every period the checks below name is read off a quarter's, a half year's or a month's word
# (as the patterns spell them: "Triwulan", "TW", "Smt", narasi_sisa's months "Agt", "Nop", "May") or a
# year's figures: a text holding none names no period (a cheap look first: most Analisis cells hold none)
# (revnarasi50: a year's figures first, then the words in the lower-cased text: a third of one
# case-blind search's time on the example's Analisis cells)
_TANDA_TAHUN = re.compile(r"(?:19|20)\d\d")
# (the quarter and half-year words of nama_periode: "Sem. I" as "Smt. I"; "di" typed against one,
# "ditriwulan I", as narasi_pola.ejaan splits it)
_TANDA_PERIODE = re.compile(rf"\b(?:di)?(?:{QUARTER_WORD}|{HALF_WORD}|(?:{_NAMA_BULAN.lower()})(?![a-z]))")


def ada_periode(teks: str) -> bool:
    """Whether ``teks`` can name a period at all: a year's figures or a period's word in it."""
    return bool(_TANDA_TAHUN.search(teks) or _TANDA_PERIODE.search(teks.lower()))


def triwulan_lain(
    teks: str,
    triwulan: int | None,
    tahunan: bool = False,
    semester: int | None = None,
    tahun: int | None = None,
    sebab: bool = True,
    dibanding: Collection[str] = (),
) -> list[str]:
    """The quarters ``teks`` names ("Triwulan II") when it never names the reported one: a text
    written for another quarter ("Laporan Kinerja Triwulan II", "TW II", "Triwulan Kedua" in a Triwulan
    IV report). A text naming
    the reported quarter too ("telah dilaksanakan di triwulan I" in Triwulan II, or "triwulan ini":
    "Dibandingkan dengan capaian Triwulan I, capaian pada triwulan ini meningkat 12%.") is not. The year's
    report (``tahunan``) is no quarter: a text naming it, or its period, as Triwulan IV ("Laporan
    Kinerja Triwulan IV", "sampai dengan Triwulan IV") was written for the quarterly one. The half
    year's report (``semester``, 1 or 2): a text naming its period as another half year or as a
    quarter (:func:`_periode_semester`), or naming only quarters outside the half year. A half year
    merely mentioned ("dibandingkan dengan capaian Semester I") is no period: not read. And the
    period it gives by months ending before or after the reported one ("selama periode bulan April –
    Juni" in a Triwulan IV report, "Triwulan II" changed to "Triwulan IV" and the months left): Triwulan
    IV and the year's report end in Desember. An earlier report after "atas"/"terhadap" is history,
    unless this report's title left from it (:func:`narasi_riwayat.tanpa_riwayat`), named first. A plan
    for a later period, a comparison with an earlier one and a sentence telling of a later month of the
    reported quarter as past name no period; a future plan for the report's own period is a leftover,
    named last ("rencana untuk Triwulan IV"; :func:`narasi_rencana.baca_rencana`), a plan dated by a month
    the report has covered after it ("rencana untuk bulan Agustus 2025"); this report's title of another
    year is named first, Semester I's figure in Semester II with the quarters, and an activity told as
    done in an earlier quarter is history (:mod:`narasi_sisa`). ``dibanding``: the figures the Analisis's
    figure check compared in the text (:func:`narasi_tahun.tw_iv_laporan`)."""
    if triwulan not in (1, 2, 3, 4) or not ada_periode(teks):
        return []
    teks = rentang_penuh(ejaan(teks))
    teks, sisa = tanpa_riwayat(teks, triwulan, tahun)
    sisa += [nama for nama in judul_tahun_lain(teks, tahun) if nama not in sisa]
    bulan = rencana_bulan(teks, triwulan, tahunan, semester, tahun)
    teks = selesai_dulu(teks, triwulan, tahunan, semester, tahun)
    # the quarter before named as the data a figure rests on ("hanya berdasar realisasi triwulan I")
    teks = data_lalu(teks, triwulan, not tahunan and not semester, tahun)
    # an earlier period's plan told as done, moved or cancelled is history (the lead's decision 1, stop 39)
    teks = rencana_lalu(teks, 4 if tahunan else 2 * semester - 1 if semester else triwulan, tahun)
    teks, rencana = baca_rencana(teks, triwulan, tahunan, semester, tahun)
    # (narasi51) an earlier period called this one; an earlier quarter told only as an event's time is history
    named = [] if tahunan else kini_lain(teks, triwulan, semester)
    # (not in what is still to be done, ``sebab`` False: Upaya, Tindak Lanjut; nor in a quarterly report's
    # text, "triwulan ini", in the year's report)
    if sebab and not (tahunan and _KINI_TRIWULAN.search(teks)):
        awal = 4 if tahunan else 2 * semester - 1 if semester else triwulan
        teks = sebab_lalu(teks, awal, 2 * semester if semester else awal, tahun)
    named += _judul_lain(teks, triwulan, tahunan, semester, tahun)
    ringkas = _judul_ringkas(teks, tahun)
    named += _periode_semester(ringkas, semester, tahunan, tahun, dibanding) if tahunan or semester else []
    # (revnarasi3) "Triwulan I sampai dengan Triwulan IV" is the whole year, as "TW I s.d. IV" is
    if tahunan and tw_iv_laporan(ringkas, dibanding):
        named.insert(0, "Triwulan IV")
    else:
        # the quarters named, none of the report's own (narasi_tahun)
        named += kuartal_lain(teks, ringkas, triwulan, tahunan, semester, tahun)
    for match in _PERIODE_BULAN.finditer(teks):
        first, last = (BULAN[MONTHS[m.casefold()] - 1] for m in match.groups())
        # the half year's months are its six ("April – Juni" is Triwulan II's, not Semester I's)
        # or from Januari (the report is cumulative: Semester II is s.d. Desember, as Triwulan IV)
        awal = not semester or BULAN.index(first) in (0, 6 * (semester - 1))
        if (BULAN.index(last) + 1 != 3 * triwulan or not awal) and f"{first} – {last}" not in named:
            named.append(f"{first} – {last}")
    named += [nama for nama in sampai_bulan(teks, triwulan, tahunan, semester, tahun) if nama not in named]
    # a leftover of another year named with it: not again without ("Triwulan III Tahun 2024", "Triwulan III")
    polos = {nama.split(" Tahun ")[0] for nama in sisa}
    # a month of a period already planned for is that plan ("pada Triwulan IV ... pada bulan Desember")
    bulan = [nama for nama in bulan if not any(dalam_rencana(nama, r) for r in rencana)]
    return list(dict.fromkeys([*sisa, *(nama for nama in named if nama not in polos), *rencana, *bulan]))


def rujukan_placeholder(rujukan: str, bagian: str) -> str:
    """The document's placeholder beside a sentence citing a table or figure it does not hold."""
    return (
        f"isi: {rujukan} yang disebut teks ini tidak ada dalam laporan ini; sisipkan di Word atau ubah "
        f'teksnya (sheet Narasi, Bagian "{bagian}")'
    )


@dataclass
class Narasi:
    """Texts by section name (canonical spelling of :data:`SECTIONS`, or "Formulasi S2")."""

    texts: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    present: bool = False  # the workbook has a Narasi sheet
    none: set[str] = field(default_factory=set)  # optional sections typed "-": nothing printed
    # by section, the other periods a cell names (periode_lain) at the index, in the section's text, of
    # the cell's line naming one (_baris_lain): the Word placeholder goes under it, as the peringatan says
    lain: dict[str, dict[int, list[str]]] = field(default_factory=dict)
    # each used cell: (section, index of its first line in the section's text, its text, its Teks cell
    # as a peringatan to fill); and the placeholders of a claim the figures deny (narasi_klaim)
    sel: list[tuple[str, int, str, Finding]] = field(default_factory=list)
    klaim: dict[str, dict[int, str]] = field(default_factory=dict)

    def get(self, bagian: str) -> str:
        return self.texts.get(bagian, "")

    def kosong(self, bagian: str) -> bool:
        """True when staff said the optional section has nothing ("-") and wrote no text for it."""
        return bagian in self.none and not self.get(bagian)

    def per_kode(self, what: str, kode: str) -> str:
        return self.texts.get(f"{what} {kode}".strip(), "")


def isi(bagian: str) -> str:
    """What a section (canonical name) holds, as its placeholder asks for it."""
    for what in PER_KODE:
        if bagian.startswith(f"{what} "):
            return f"{what} indikator Kode {bagian[len(what) + 1 :]} di Tabel 2.1"
    return ISI.get(bagian, bagian)


def _placeholder_pesan(name: str, teks: str) -> str:
    """The peringatan of a section holding only a placeholder mark ("...", "-")."""
    if name in OPSIONAL:
        pesan = placeholder_pesan(f'Teks Bagian "{name}"', teks)
        return f'{pesan}; bila bagian ini memang tidak diisi, tulis "-" saja'
    return (
        f'Teks Bagian "{name}" hanya berisi "{" ".join(teks.split())}": bagian ini wajib dalam laporan '
        f"kinerja dan belum ditulis; tulis {isi(name)} di sel ini (sampai ditulis, laporan Word "
        'mencetak "[isi: ...]" di tempatnya)'
    )


def _canonical(bagian: str) -> str | None:
    """The section's canonical name, or None when the name is unknown."""
    key = c.normalize_label(bagian)
    for name in SECTIONS:
        if c.normalize_label(name) == key:
            return name
    for what in PER_KODE:
        prefix = c.normalize_label(what) + " "
        if key.startswith(prefix) and key[len(prefix) :].strip():
            kode = " ".join(bagian.split()[len(what.split()) :])
            return f"{what} {kode}"
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # a vertical tab pasted from a PDF is a line break; the PDF's wrapping of a paragraph is not
    return "\n".join(wrapped_joined(lines(str(value)))).strip()


def periode_lain(
    teks: str, settings: Settings | None, sebab: bool = True, dibanding: Collection[str] = ()
) -> list[str]:
    """The other periods a Narasi cell's text names (:func:`triwulan_lain`) under the report's
    ``settings``: the one verdict of its peringatan and of its Word placeholder (``sebab`` False for a
    text of what is still to be done: an earlier quarter there is no cause's time; ``dibanding`` the
    figures an Analisis cell's figure check compared, none in the Narasi)."""
    if settings is None or settings.triwulan_galat:
        return []
    return triwulan_lain(
        teks,
        settings.triwulan,
        bool(settings.tahun_tahunan),
        settings.semester_laporan,
        settings.tahun,
        sebab,
        dibanding,
    )


def _baris_lain(teks: str, named: list[str], settings: Settings | None, sebab: bool = True) -> int:
    """The line of a cell naming another period (``named``, the cell's verdict) that the Word
    placeholder goes under, where staff find the phrase (not under a list of 26 bullets after it): the
    first naming one of them read alone, else the last (a period read only with the whole cell)."""
    lines = teks.split("\n")
    for i, line in enumerate(lines):
        if set(periode_lain(line, settings, sebab)) & set(named):
            return i
    return len(lines) - 1


def _teks_findings(
    name: str, teks: str, at: Finding, settings: Settings | None, named: list[str]
) -> list[Finding]:
    """The peringatan of a used Teks (``at`` gives its cell): a period other than the report's
    (``named``), a table or figure the document does not hold."""
    out: list[Finding] = []
    if settings is not None and named:
        out.append(replace(at, pesan=periode_pesan(f'Teks Bagian "{name}"', named, settings)))
    for rujukan in rujukan_hilang(teks):
        pesan = (
            f'Teks Bagian "{name}" menyebut {rujukan}, yang tidak ada dalam laporan (tabelnya '
            f"{', '.join(TABEL_LAPORAN)}; gambarnya {', '.join(GAMBAR_LAPORAN)}): sisipkan "
            f"{rujukan} di dokumen Word sesudah dibuat, atau ubah teksnya"
        )
        out.append(replace(at, pesan=pesan))
    return out


def parse_narasi(grid: Grid | None, sheet: str = SHEET_NARASI, settings: Settings | None = None) -> Narasi:
    """Read the Narasi grid. Unknown section names and a missing header are peringatan findings (the
    document still drafts: those texts stay placeholders); so are a table cited that the document does
    not hold and, with the report's ``settings``, a text written for another quarter."""
    out = Narasi()
    if grid is None:
        return out
    out.present = True
    header_row, cols = -1, {}
    for r, row in enumerate(grid[: c.HEADER_SEARCH_ROWS]):
        found = {
            c.normalize_label(cell.value): i for i, cell in enumerate(row) if isinstance(cell.value, str)
        }
        if all(c.normalize_label(h) in found for h in HEADERS):
            header_row, cols = r, {h: found[c.normalize_label(h)] for h in HEADERS}
            break
    if header_row < 0:
        empty = not any(cell.value not in (None, "") for row in grid for cell in row)
        message = (
            f'Sheet {sheet} kosong: narasi tidak dipakai (isi kolom "Bagian" dan "Teks", atau hapus sheet ini)'
            if empty
            else 'Kolom "Bagian" dan "Teks" tidak ditemukan: narasi tidak dipakai'
        )
        out.findings.append(Finding(PERINGATAN, sheet, "", message))
        return out
    from lkj_xl.core.grids import column_letter

    for r in range(header_row + 1, len(grid)):
        row = grid[r]

        def value(h: str, row=row) -> str:
            i = cols[h]
            return _text(row[i].value) if i < len(row) else ""

        bagian, teks = value("Bagian"), value("Teks")
        teks_cell = row[cols["Teks"]] if cols["Teks"] < len(row) else None
        problem = not_text(teks_cell, teks) if teks_cell is not None else ""
        if not bagian and not teks and not problem:
            continue
        cell = f"{column_letter(cols['Bagian'])}{r + 1}"
        if problem:
            # As in Analisis: a number would print the English way (12345.678), an error would vanish.
            where = f"{column_letter(cols['Teks'])}{r + 1}"
            out.findings.append(
                Finding(PERINGATAN, sheet, where, f"Teks {problem}, bukan teks; sel ini tidak dipakai")
            )
            continue
        name = _canonical(bagian) if bagian else None
        if name is None:
            close = difflib.get_close_matches(bagian, list(SECTIONS), n=1, cutoff=0.6)
            hint = f' (maksud Anda "{close[0]}"?)' if close else ""
            why = f'Bagian "{bagian}" tidak dikenal{hint}' if bagian else "Bagian kosong"
            out.findings.append(
                Finding(PERINGATAN, sheet, cell, f"{why}: teks ini tidak dipakai dalam laporan")
            )
            continue
        if teks and dash_only(teks) and name in OPSIONAL:
            out.none.add(name)  # "-": the optional section has nothing, as an Analisis "-" says
            continue
        if teks and placeholder(teks):
            # "...", or "-" in a required section: not written yet; the document keeps asking for it
            where = f"{column_letter(cols['Teks'])}{r + 1}"
            out.findings.append(Finding(PERINGATAN, sheet, where, _placeholder_pesan(name, teks)))
            continue
        if teks:
            first = out.texts[name].count("\n") + 1 if name in out.texts else 0
            sebab = name != "Tindak Lanjut"  # (narasi51) what is still to be done: no cause told
            if named := periode_lain(teks, settings, sebab):
                out.lain.setdefault(name, {})[first + _baris_lain(teks, named, settings, sebab)] = named
            out.texts[name] = f"{out.texts[name]}\n{teks}" if name in out.texts else teks
            at = Finding(PERINGATAN, sheet, f"{column_letter(cols['Teks'])}{r + 1}", "")
            out.sel.append((name, first, teks, at))
            out.findings += _teks_findings(name, teks, at, settings, named)
            if (cut := cut_finding(sheet, at.sel, teks_cell, SHORTEN_NARASI)) is not None:
                out.findings.append(cut)
    return out
