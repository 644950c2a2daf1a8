"""Grade targets (predikat): an indicator whose target and realisasi are grades of a known ordinal scale
(Opini BPK "WTP", Predikat SAKIP "BB", Predikat KLA "Madya"), not numbers. Pure.

The rule (README, "Grade targets"): a realisasi at or above the target is exactly 100 % (tercapai), its
kriteria from the report's scale; below the target no capaian is invented (no agreed formula): it is
counted as below target, with a peringatan at the realisasi cell. The latest quarter with a grade is the
realisasi s.d. TW n (Nilai Akhir). A number, a grade of another scale, a Negatif polarity: galat.
A grade is read from a cell's text in :mod:`lkj_xl.core.predikat_baca` (its names the callers use,
``Predikat``, ``baca``, ``saran_target``, ``predikat_lain``, are there and here alike).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, galat_status
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, SOME_QUARTERS, TOTALS, IndicatorInput, Value
from lkj_xl.core.numbers import format_number
from lkj_xl.core.predikat_baca import BELUM, baca_awal, bertanda, key_of, sementara, unread_grade
from lkj_xl.core.predikat_baca import Predikat as Predikat
from lkj_xl.core.predikat_baca import baca as baca
from lkj_xl.core.predikat_baca import predikat_lain as predikat_lain
from lkj_xl.core.predikat_baca import saran_target as saran_target

# Words that say an indicator is graded on the scale itself: letters (B, BB) and words (Madya, Utama,
# Paripurna) also grade an IKM's mutu pelayanan, a school's or a Puskesmas' akreditasi, which are not
# the SAKIP evaluation or the KLA. The Opini BPK's codes (WTP, WDP) name no other grade.
_SKALA_KATA = {
    "Predikat SAKIP": re.compile(r"\b(?:sakip|akip|lakip|lkjip|akuntabilitas kinerja)\b"),
    "Predikat KLA": re.compile(r"\b(?:kla|layak anak)\b"),
}


def nama_skala(grade: Predikat, item: IndicatorInput, target: Value) -> str:
    """The scale as the report names ``grade``: "Opini BPK", "Predikat SAKIP" or "Predikat KLA" where
    the indicator, its Satuan or its target's text says so, else plain "Predikat" ("Predikat B" of an
    IKM, not "Predikat SAKIP B")."""
    words = _SKALA_KATA.get(grade.skala)
    if words is None:
        return grade.skala
    said = " ".join((item.indikator, item.satuan, target.text)).casefold()
    return grade.skala if words.search(said) else "Predikat"


def _dalam(label: str) -> str:
    """ " (Predikat SAKIP)" after a grade in a message; "" for the plain "Predikat"."""
    return "" if label == "Predikat" else f" ({label})"


@dataclass
class Hasil:
    """What a grade indicator comes to: its capaian (100 or none), why none, its realisasi as written."""

    galat: list[str] = field(default_factory=list)
    status: str | None = None
    capaian: Fraction | None = None
    realisasi_text: str = ""


def nilai(
    item: IndicatorInput, name: str, target: Value, grade: Predikat, triwulan: int | None, log: FindingLog
) -> Hasil:
    """Evaluate a grade indicator (its applicable target ``target`` reads as ``grade``); ``triwulan``
    None: the reported quarter is unknown, no quarter is read or checked."""

    out = Hasil()
    label = nama_skala(grade, item, target)
    _settings_cells(item, name, target, label, log, out.galat)
    if triwulan is None:
        return out
    latest: tuple[int, Predikat, str] | None = None
    pending: list[tuple[int, str]] = []
    for q, value in enumerate(item.realisasi_tw, start=1):
        header = c.REALISASI_TW_HEADERS[q - 1]
        here = baca(value.status) if value.status else None
        if q > triwulan:
            if value.exact is not None or here is not None:
                log.add(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f"Realisasi {c.TW_LABELS[q - 1]} {name} diisi, padahal laporan {log.laporan(triwulan)}; "
                    "nilai ini tidak dihitung",
                    LEFT_OUT,
                )
            continue
        if value.galat:
            out.galat.append(value.galat)
            _score_with_grade(item, header, f"{header} {name}", value, target, grade, label, log)
        elif why := _quarter_galat(
            f"{header} {name}", value, here, item, (q, triwulan), target, grade, label
        ):
            log.add(GALAT, c.SHEET_KINERJA, header, item.row, why)
            out.galat.append(log.where(c.SHEET_KINERJA, header, item.row))
        elif here is not None:
            latest = (q, here, value.text)
        elif value.status:
            pending.append((q, value.status))
            _meaning_alone(item, name, header, value.status, target, grade, log)
    if out.galat:
        out.status = galat_status(out.galat)
        return out
    if (unknown := _year_unknown(item, triwulan, latest)) is not None:  # never TW III's grade as the year's
        _grade_inside(item, name, grade, log, loose=True)
        out.status = unknown
        return out
    if triwulan == 4 and latest is not None and latest[0] < 4 and not item.realisasi_tw[3].text.strip():
        _blank_tw4(item, name, latest[0], log)
    if latest is None:
        out.status = pending[-1][1] if pending else "Belum ada realisasi"
        for pq, _ in pending:  # ("B B" typed: the grade is not read, never quietly)
            _grade_inside(item, name, grade, log, pq, triwulan)
        return out
    _later_status(item, name, triwulan, latest[0], pending, target, grade, log)
    q, real, out.realisasi_text = latest
    if real.peringkat >= grade.peringkat:
        out.capaian = Fraction(100)
        return out
    header = c.REALISASI_TW_HEADERS[q - 1]
    # BPK gives an opini, the others a predikat: "Opini WDP", "Predikat B" (said once when typed so).
    noun = "Opini" if grade.skala == "Opini BPK" else "Predikat"
    # ("Terakreditasi Madya di bawah target Paripurna": an accreditation says what it is too)
    first = out.realisasi_text.split(" ", 1)[0].casefold()
    named = first in ("opini", "predikat") or first in c.PREDIKAT_AWALAN_AKREDITASI
    out.status = f"{'' if named else noun + ' '}{out.realisasi_text} di bawah target {target.text}"
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{out.realisasi_text}" berada di bawah target "{target.text}"{_dalam(label)}: '
        "target belum tercapai; capaian (%) tidak dihitung karena tidak ada rumus baku untuk predikat di "
        "bawah target (dihitung sebagai capaian di bawah 100%)",
        LEFT_OUT,
    )
    return out


# A score with its grade in brackets, as an LHE prints a Nilai SAKIP ("68,5 (B)", "68,5 (Predikat B)"),
# or after a slash or a dash ("68,5 / B", "68,5 - B", pasted.not_a_number's).
_SKOR_KODE = re.compile(r"^[-+]?\d[\d.,]*\s*(?:\((.+)\)|[/\u2010-\u2015\u2212\ufe63\uff0d-]\s*(.+))$")


def _score_with_grade(
    item: IndicatorInput,
    header: str,
    cell: str,
    value: Value,
    target: Value,
    grade: Predikat,
    label: str,
    log: FindingLog,
) -> None:
    """The galat of a quarter holding a score with a grade of the target's scale in brackets ("68,5 (B)"
    beside a target "BB") reworded: the number reader's advice, "tulis angkanya saja (68,5)", followed
    beside a grade target is a galat again; the grade is what to type, the score a note."""
    found = _SKOR_KODE.match(value.text.strip())
    here = baca(found[1] or found[2]) if found else None
    if here is None or here.skala != grade.skala:
        return
    sel = log.ref(header, item.row, c.SHEET_KINERJA)
    # (replaced in place at its own cell: FindingLog.said_at's index of cells stays true)
    for k, f in enumerate(log.items):
        if f.sheet == c.SHEET_KINERJA and f.sel == sel and f.severity == GALAT:
            log.items[k] = replace(
                f,
                pesan=f'{cell} "{value.text}" berisi nilai dan predikatnya, padahal targetnya predikat '
                f'"{target.text}"{_dalam(label)}: tulis predikatnya saja ("{here.kode}") dan nilainya, bila '
                "perlu, di kolom Keterangan; capaian tidak dihitung",
            )


def _quarter_galat(
    cell: str,
    value: Value,
    here: Predikat | None,
    item: IndicatorInput,
    quarters: tuple[int, int],
    target: Value,
    grade: Predikat,
    label: str,
) -> str:
    """The galat of counted quarter ``quarters[0]`` (of a report s.d. ``quarters[1]``) holding no grade of
    the target's scale where one belongs (:func:`_bukan_predikat`), a grade not final (:func:`_belum_final`)
    or a grade's meaning with its score (predikat_arti_skor); "" otherwise."""
    from lkj_xl.core.predikat_arti_skor import arti_dengan_skor  # it builds on this module

    return (
        _bukan_predikat(cell, value, here, target, grade, label)
        or _belum_final(cell, value, item, *quarters)
        or (arti_dengan_skor(cell, value, item, target, grade, label) if here is None else "")
    )


def _belum_final(cell: str, value: Value, item: IndicatorInput, q: int, triwulan: int) -> str:
    """The galat of quarter ``q`` holding a grade not final ("B (sementara)") where it is the latest
    grade typed up to the reported quarter after an earlier quarter's grade (it was a status: the grade
    of the quarter before taken, untold); "" otherwise: a later quarter's grade is the Nilai Akhir, and
    with no grade before it the status leaves the indicator belum diketahui (the lead's round 30)."""
    grade = sementara(value.status or "") if value.exact is None else None
    # (TW IV: the year's report, where its status makes the year belum diketahui, told: _grade_inside)
    if grade is None or q == 4 or any(baca(v.status) for v in item.realisasi_tw[q:triwulan] if v.status):
        return ""
    if not any(baca(v.status) for v in item.realisasi_tw[: q - 1] if v.status):
        return ""
    return (
        f'{cell} "{value.text}" berisi predikat "{grade.kode}" yang belum final; bila sudah final, tulis '
        f'predikatnya saja ("{grade.kode}") dan catatannya di kolom Keterangan; bila belum, tulis "-" (belum '
        "ada data); capaian tidak dihitung"
    )


def _bukan_predikat(
    cell: str, value: Value, here: Predikat | None, target: Value, grade: Predikat, label: str
) -> str:
    """The galat of a counted quarter (``cell``: its header and the indicator) holding no grade of the
    target's scale where one belongs: a number, a grade of another scale, a grade with a note; ""
    otherwise (a grade, a status)."""
    if value.exact is not None:  # a number where a grade belongs: which grade is meant?
        return (
            f'{cell} berisi angka "{value.text or _angka(value.exact)}", padahal targetnya predikat '
            f'"{target.text}"{_dalam(label)}; tulis predikatnya (mis. "{grade.kode}"), capaian tidak dihitung'
        )
    if here is not None and here.skala != grade.skala:
        return (
            f'{cell} "{value.text}" adalah {here.skala}, padahal targetnya {grade.skala} '
            f'"{target.text}"; predikat yang berbeda tidak dapat dibandingkan, capaian tidak dihitung'
        )
    status = value.status or ""
    if here is None and bertanda(status) is not None:  # "A-" beside a target "A"
        return (
            f'{cell} "{value.text}" berisi predikat bertanda plus/minus, yang tidak ada pada skala target '
            f'"{target.text}"{_dalam(label)}; "{value.text}" tidak sama dengan predikat tanpa tanda dan tidak '
            "dapat dibandingkan dengan targetnya: tulis predikat sesuai skala target, capaian tidak dihitung"
        )
    if here is None and unread_grade(status, grade, False) is not None:  # "B-B (Sangat Baik)": told BB
        return ""
    noted = baca_awal(status) if here is None else None  # "WTP (LHP 2024)", "B (64,5)"
    if noted is None or BELUM.search(status.casefold()):
        return ""
    # (never "tulis WTP" alone: followed for an opini not yet issued, it reports 100 % tercapai)
    return (
        f'{cell} "{value.text}" berisi predikat "{noted[1]}" dengan catatan; bila predikat itu sudah '
        f'diperoleh, tulis predikatnya saja ("{noted[1]}") dan catatannya di kolom Keterangan; bila belum, '
        "kosongkan atau tulis -; capaian tidak dihitung"
    )


def _settings_cells(
    item: IndicatorInput, name: str, target: Value, label: str, log: FindingLog, galat: list[str]
) -> None:
    """Polaritas and Jenis Realisasi of a grade indicator: a grade is better the higher it stands on
    its scale (Negatif is a galat), and only its latest value counts (Nilai Akhir; another Jenis
    chosen is a peringatan, a blank one is no choice)."""
    sheet = c.SHEET_KINERJA
    if not item.polaritas:  # unknown text: parse reported it at its cell
        galat.append(log.where(sheet, "Polaritas", item.row))
    elif item.polaritas == c.NEGATIF:
        log.add(
            GALAT,
            sheet,
            "Polaritas",
            item.row,
            f'Polaritas Negatif {name} tidak berlaku untuk target berupa predikat "{target.text}" '
            f"({'' if label == 'Predikat' else label + ': '}semakin tinggi predikatnya semakin baik); pilih "
            "Positif, capaian tidak dihitung",
        )
        galat.append(log.where(sheet, "Polaritas", item.row))
    if not item.jenis_realisasi:
        galat.append(log.where(sheet, "Jenis Realisasi", item.row))
    elif item.jenis_realisasi != c.NILAI_AKHIR and not item.jenis_kosong:
        log.add(
            PERINGATAN,
            sheet,
            "Jenis Realisasi",
            item.row,
            f'Jenis Realisasi {name} "{item.jenis_realisasi}" tidak berlaku untuk target berupa predikat '
            f'"{target.text}": predikat tidak dijumlahkan atau dirata-rata, dipakai predikat triwulan '
            'terakhir yang terisi (Nilai Akhir); pilih "Nilai Akhir"',
        )


# An IKM's mutu pelayanan, graded A-D (PermenPANRB 14/2017) in letters the SAKIP uses too: said outright,
# or a bare "IKM" ("IKM kecamatan") that is no count of IKM, Industri Kecil Menengah, businesses.
_IKM = re.compile(r"\b(?:skm|kepuasan masyarakat|mutu pelayanan|(?:nilai|indeks|skor) ikm)\b")
_IKM_BARE = re.compile(r"\bikm\b")
_IKM_USAHA = re.compile(
    r"industri kecil|\b(?:jumlah|persentase|prosentase|banyaknya|pertumbuhan|pelaku|sentra|produk)\b.*\bikm\b"
    r"|\bikm\s+(?:yang|naik|binaan|dibina|baru|formal|bersertifikat|berstandar)\b"
)


def _kepuasan(item: IndicatorInput, said: str, target: Value) -> bool:
    """Whether an indicator is an IKM (Indeks Kepuasan Masyarakat): not "Jumlah IKM yang dibina" nor a
    Satuan "IKM" (400 IKM: businesses counted), both Industri Kecil Menengah, unless its Satuan or target
    is a grade ("IKM yang diperoleh unit layanan", Satuan predikat, target "Sangat Baik")."""
    if _IKM.search(said):
        return True
    graded = (
        item.satuan.strip().casefold() in ("predikat", "kategori", "mutu") or baca(target.text) is not None
    )
    business = item.satuan.strip().casefold() == "ikm" or _IKM_USAHA.search(item.indikator.casefold())
    return bool(_IKM_BARE.search(said)) and (graded or not business)


def arti_skala(item: IndicatorInput, target: Value) -> dict[str, tuple[str, ...]]:
    """The meanings of the letter grades as this indicator uses them: the SAKIP's where it says SAKIP
    (as :func:`nama_skala`), an IKM's (A Sangat Baik, not BB), none for any other (an akreditasi's A
    is "Unggul")."""
    said = " ".join((item.indikator, item.satuan, target.text)).casefold()
    if _SKALA_KATA["Predikat SAKIP"].search(said):
        return c.PREDIKAT_ARTI
    return c.IKM_ARTI if _kepuasan(item, said, target) else {}


def kode_arti(text: str, arti: dict[str, tuple[str, ...]]) -> list[str]:
    """The codes whose meaning (in ``arti``) ``text`` is alone ("Baik": ["B"], "Kurang": ["C", "D"] of
    the SAKIP), [] for any other text."""
    key = key_of(text)
    return [kode for kode, words in arti.items() if key in words]


def kode_disebut(codes: list[str]) -> str:
    """'"B"', '"C" atau "D"': the codes to type, as a message names them."""
    return " atau ".join(f'"{kode}"' for kode in codes)


def arti_kode(text: str, item: IndicatorInput, target: Value, grade: Predikat) -> list[str]:
    """:func:`kode_arti` beside a target ``grade`` of the letter scale, as the indicator means its
    letters; [] beside another scale (only letters have a meaning written beside them)."""
    return kode_arti(text, arti_skala(item, target)) if grade.skala == "Predikat SAKIP" else []


def _meaning_alone(
    item: IndicatorInput, name: str, header: str, status: str, target: Value, grade: Predikat, log: FindingLog
) -> None:
    """A peringatan at a realisasi holding the meaning of a grade without its code ("Baik" for a target
    "B"): read as a status it leaves the quarter out, where the staff typed a result."""
    if not (codes := arti_kode(status, item, target, grade)):
        return
    which = kode_disebut(codes)
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{status}" adalah arti predikat, bukan predikatnya, jadi triwulan ini tidak dihitung; '
        f'tulis predikatnya, {which} (boleh dengan artinya: "{codes[0]} ({status})"), agar dibandingkan '
        f'dengan target "{target.text}"',
        LEFT_OUT,
    )


def _year_unknown(
    item: IndicatorInput, triwulan: int, latest: tuple[int, Predikat, str] | None
) -> str | None:
    """The status of a grade indicator in the year's report (``triwulan`` 4: Triwulan IV, Tahunan,
    Semester II) whose TW IV holds no grade but a status ("menunggu LHP") or "-": TW IV's status, or
    "Belum ada realisasi" for "-" (the rule of core.nilai_akhir_tahunan, for grades: the grade of TW III
    is not the year's). None for TW IV a grade, blank, or another report. A galat is said before."""
    if triwulan != 4 or (latest is not None and latest[0] == 4) or len(item.realisasi_tw) < 4:
        return None
    value = item.realisasi_tw[3]
    if value.galat or value.exact is not None or not value.text.strip():
        return None
    return value.status or "Belum ada realisasi"


def _grade_inside(
    item: IndicatorInput,
    name: str,
    grade: Predikat,
    log: FindingLog,
    q: int = 4,
    triwulan: int = 4,
    loose: bool = False,
) -> None:
    """Quarter ``q`` (TW IV of the year's report, or a counted quarter when no quarter holds a grade)
    holding a grade of the target's scale in a form not read as one ("W T P", "Opini: WTP", "B B"): the
    realisasi s.d. ``triwulan`` is belum diketahui as for a status, and staff are told the grade is not
    read. ``loose`` (TW IV of the year's report): a grade with a note in brackets too ("opini wdp
    (sementara)": the year's grade typed provisional)."""
    text = item.realisasi_tw[q - 1].text.strip()
    found = unread_grade(text, grade, loose)
    if found is None:
        return
    header = c.REALISASI_TW_HEADERS[q - 1]
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{text}" tidak terbaca sebagai predikat: realisasi {log.sd(triwulan)} belum diketahui; '
        f'bila predikatnya sudah ada, tulis predikatnya saja ("{found.kode}")',
    )


def _blank_tw4(item: IndicatorInput, name: str, q: int, log: FindingLog) -> None:
    """TW IV of the year's report left blank beside an earlier grade: that grade is the year's, which
    the user must see at the cell (as for a Nilai Akhir figure; unless said at the column's title)."""
    header = c.REALISASI_TW_HEADERS[3]
    if (c.SHEET_KINERJA, header) in log.blank_columns:
        return
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Realisasi TW IV {name} ({log.dilaporkan()}) kosong: realisasi {log.sd(4)} diambil dari "
        f"{c.TW_LABELS[q - 1]} saja (Nilai Akhir: predikat triwulan terakhir yang terisi); isi predikatnya, "
        'atau "-" bila belum ada (belum diketahui)',
        TOTALS | SOME_QUARTERS,
    )


def _later_status(
    item: IndicatorInput,
    name: str,
    triwulan: int,
    q: int,
    pending: list[tuple[int, str]],
    target: Value,
    grade: Predikat,
    log: FindingLog,
) -> None:
    """A status text ("Menunggu LHP BPK") in a counted quarter after the latest grade: that grade is
    the realisasi s.d. TW n, which the user must see at the cell."""
    for later, status in pending:
        g = unread_grade(status, grade, False)
        if later > q and not arti_kode(
            status, item, target, grade
        ):  # (a grade's meaning alone: said already)
            header = c.REALISASI_TW_HEADERS[later - 1]
            log.add(
                PERINGATAN,
                c.SHEET_KINERJA,
                header,
                item.row,
                f'{header} {name} berisi "{status}", bukan predikat: realisasi {log.sd(triwulan)} '
                f"diambil dari {c.TW_LABELS[q - 1]}"
                # ("B-B": the grade typed unlike one, named so the quarter counts)
                + (f'; bila predikatnya sudah ada, tulis predikatnya saja ("{g.kode}")' if g else ""),
            )


def _angka(exact: Fraction) -> str:
    """A number cell as Excel shows it, the Indonesian way: 1 -> "1", 0.5 -> "0,5"."""
    return format_number(exact, 0) if exact.denominator == 1 else format_number(exact, 2).rstrip("0")
