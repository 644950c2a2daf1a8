"""Grade targets (predikat): an indicator whose target and realisasi are grades of a known ordinal scale
(Opini BPK "WTP", Predikat SAKIP "BB", Predikat KLA "Madya"), not numbers. Pure.

The rule (README, "Grade targets"): a realisasi at or above the target is exactly 100 % (tercapai), its
kriteria from the report's scale; below the target no capaian is invented (no agreed formula): it is
counted as below target, with a peringatan at the realisasi cell. The latest quarter with a grade is the
realisasi s.d. TW n (Nilai Akhir). A number, a grade of another scale, a Negatif polarity: galat.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, galat_status
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, SOME_QUARTERS, TOTALS, IndicatorInput, Value
from lkj_xl.core.numbers import format_number


@dataclass(frozen=True)
class Predikat:
    skala: str  # "Opini BPK"
    kode: str  # "WTP": the grade as the scale names it
    peringkat: int  # its rank on the scale: higher is better


@functools.cache
def _table() -> dict[str, Predikat]:
    table: dict[str, Predikat] = {}
    for skala, grades in c.PREDIKAT_SKALA.items():
        for rank, (kode, *others) in enumerate(grades):
            for word in (kode, *others):
                table[_key(word)] = Predikat(skala, kode, rank)
    return table


def _key(text: str) -> str:
    return " ".join(re.sub(r"[-_/]", " ", c.tidy_text(text)).casefold().rstrip(".").split())


_PAREN = re.compile(r"^(.*?)\s*\((.*)\)$")
# A grade with a plus or minus ("A-", "B+", "BB -"): a grade of another scale (an akreditasi, a school
# report); none of the scales here has signs, and A- is not A (read so, it reached a target "A").
# Any dash Word or a PDF types is the minus (en dash, em dash, hyphen U+2010). A sign glued to the code may be
# followed by a note ("A- (LHE 2024)", "A- LHE 2024", "A-*"); a spaced one by a footnote mark ("A -*)");
# "A - Memuaskan", "A-1", "WTP-DPP" are a code with a note or a name. Only the letters of Predikat SAKIP
# take a sign: "WTP -", "Madya-" is a grade with a stray dash (a note, see baca_awal); "WTP+" is signed.
_SIGN = "[-+\u2010-\u2015\u2212]"
_BERTANDA = re.compile(
    rf"^(.*?\w)(?:{_SIGN}(?:[\s(*\u00b9\u00b2\u00b3].*)?|\s+{_SIGN}(?:[*\u00b9\u00b2\u00b3].*)?)$"
)
_BERTANDA_SKALA = "Predikat SAKIP"
_SKALA_KATA_KATA = "Predikat KLA"  # the scale of grades in words, an accreditation's too


def baca(text: str | None) -> Predikat | None:
    """The grade a cell's text names ("WTP", "Opini WTP", "wajar tanpa pengecualian", "BB (Sangat
    Baik)", "KLA Madya"), or None when it names none (then it stays a status text, as before)."""
    if not text or len(text) > 80 or _BERTANDA.match(c.tidy_text(text)):
        return None  # (see bertanda; "WTP -" is WTP with a note)
    paren = _PAREN.match(text.strip())
    if paren:  # "WTP (Wajar Tanpa Pengecualian)", "BB (Sangat Baik)": both halves must agree
        outer, inner = baca(paren.group(1)), _key(paren.group(2))
        if outer is None:
            return None
        same = _table().get(inner) == outer or (
            outer.skala == "Predikat SAKIP" and inner in _arti(outer.kode)
        )
        return outer if same else None
    key = _key(text)
    found = _table().get(key)
    if found is None:
        for prefix in c.PREDIKAT_AWALAN:
            if key.startswith(prefix + " "):
                found = _table().get(key[len(prefix) + 1 :])
                break
    if found is None:
        for prefix in c.PREDIKAT_AWALAN_AKREDITASI:
            if key.startswith(prefix + " "):
                grade = _table().get(key[len(prefix) + 1 :])
                found = grade if grade is not None and grade.skala == _SKALA_KATA_KATA else None
                break
    return found


def _arti(kode: str) -> tuple[str, ...]:
    """The meanings written beside a SAKIP or an IKM code ("A (Sangat Baik)", "BB- Sangat Baik")."""
    return (*c.PREDIKAT_ARTI.get(kode, ()), *c.IKM_ARTI.get(kode, ()))


def bertanda(text: str | None) -> Predikat | None:
    """The grade whose code a grade with a plus or minus carries ("A-": A, "BB +": BB), None for any
    other text: such a text is no grade of the scales known here, never the bare code."""
    signed = _BERTANDA.match(c.tidy_text(text)) if text and len(text) <= 80 else None
    if signed is None or (grade := baca(signed.group(1))) is None:
        return None
    after = signed.group()[signed.end(1) :]
    meaning = after.lstrip("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212").rstrip(". ").strip()
    # "BB- Sangat Baik", "A- (Memuaskan).", "A- [Memuaskan]": the grade's own meaning after a dash is a note
    if _key(meaning.strip("()[] ")) in _arti(grade.kode):
        return None
    # ("WTP -": a stray dash; "WTP+" no grade of its scale all the same)
    return grade if grade.skala == _BERTANDA_SKALA or "+" in signed.group()[signed.end(1) :] else None


# What follows a grade typed with a note: a footnote mark, a bracket, a slash or dash, a figure ("B
# (64,5)", "WTP*", "WTP 2024"), or a word of a note ("WTP ke-10", "WTP atas LKPD 2024").
_NOTE_AFTER = re.compile(
    r"[*¹²³(/,;:\-\u2013\u2014]|\d|(?:ke|tahun|th|thn|lhp|atas|untuk|berturut|nilai|skor|dengan)\b",
    re.IGNORECASE,
)


def baca_awal(text: str | None) -> tuple[Predikat, str] | None:
    """The grade a text begins with, followed by a note ("WTP (LHP 2024)", "B (64,5)", "WTP*", "Opini
    WTP ke-10"): (the grade, the words naming it); None for a grade alone or any other text. "TW" is
    not read so (a quarter: "TW II belum ada LHP")."""
    if not text or len(text) > 80 or baca(text) is not None or bertanda(text) is not None:
        return None  # ("A-": no A with a note "-")
    for end in range(len(text) - 1, 0, -1):
        if text[end - 1].isalnum() and text[end].isalnum():
            continue  # (within a word: "WTPX", "WTP2024" are no WTP)
        head, rest = text[:end].rstrip(" /,;:-\u2013\u2014"), text[end:].lstrip()
        if not head or not _NOTE_AFTER.match(rest):
            continue
        grade = baca(head)
        if grade is None and (grade := baca(_rapat(head))) is not None:  # "B-B (70,5)": BB, never B
            head = grade.kode
        after = baca(rest.lstrip(" :;,/-\u2013\u2014"))
        if after is not None and grade is not None and after.skala == grade.skala:
            continue  # ("KLA: Nindya": the programme's name, read alone as Paripurna, then the grade)
        if grade is not None and grade.kode != "TW":
            return grade, head
    return None


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
    from lkj_xl.core.predikat_arti_skor import arti_dengan_skor  # it builds on this module

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
        elif why := _bukan_predikat(f"{header} {name}", value, here, target, grade, label) or (
            arti_dengan_skor(f"{header} {name}", value, item, target, grade, label) if here is None else ""
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


# A note saying the grade is not there yet ("WTP (menunggu LHP BPK)", "B (proses evaluasi 2025)", "WTP
# (target)"): a status (belum dapat diukur), never a grade with a note to type alone.
_BELUM = re.compile(
    r"\b(?:menunggu|tunggu|belum|(?:di)?proses|(?:di)?target\w*|(?:di)?rencana\w*|proyeksi|sementara|"
    r"(?:di)?usul\w*|(?:di)?perkira\w*|estimasi|prognos\w*|(?:di)?harap\w*|akan|draft?|rancangan|konsep|"
    r"sedang|tahap|progres\w*|(?:di)?jadwal\w*|tentatif)\b"
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
    if here is None and _unread_grade(status, grade, False) is not None:  # "B-B (Sangat Baik)": told BB
        return ""
    noted = baca_awal(status) if here is None else None  # "WTP (LHP 2024)", "B (64,5)"
    if noted is None or _BELUM.search(status.casefold()):
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
    key = _key(text)
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
    found = _unread_grade(text, grade, loose)
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


# A label before the grade ("Predikat: A", "Hasil evaluasi: BB"), unless it says the grade is another
# year's or not there yet ("Tahun lalu: BB", "Target: A"); the LHE's score with its grade ("Nilai 72,5 (BB)").
_LABEL = re.compile(r"^([^\W\d_]+(?:\s+[^\W\d_]+)*)\s*[:=]\s*(.+)$")
_LAIN_WAKTU = re.compile(r"\b(?:lalu|sebelum\w*|kemarin)\b")
_NILAI_KODE = re.compile(r"^(?:nilai|skor)\s*:?\s*\d[\d.,]*\s*\((.+)\)$", re.IGNORECASE)


def _rapat(text: str) -> str:
    """``text`` without the spaces, dots and dashes between its letters and the quotes around it ("B B",
    "W.T.P", "B-B", '"BB"': "BB"); a dash after the last letter stays ("A-": a signed grade)."""
    return re.sub(r"(?<=\w)\s*[-\u2010-\u2015\u2212]\s*(?=\w)|[\s.]+", "", text).strip(_QUOTES)


_QUOTES = "\"'\u2018\u2019\u201c\u201d"


def _unread_grade(text: str, grade: Predikat | None, loose: bool) -> Predikat | None:
    """The grade of ``grade``'s scale (None: of any) a text holds in a form :func:`baca` does not read:
    spaced, dotted or dashed letters ("B B", "W.T.P", "B-B"), in quotes ('"BB"'), with its meaning in
    brackets ("B-B (Sangat Baik)"), after a label ("Predikat: A") or an LHE score; with ``loose`` before
    a note in brackets too ("opini wdp (sementara)"). A status mentioning a grade's letters or words
    otherwise holds none: "s.d. TW II" no D nor TW (Tidak Wajar), "verifikasi KLA" no Paripurna, "Tahun
    lalu BB", "menuju Nindya", and (without ``loose``) "B (sementara)"."""
    forms = [_rapat(text)]
    if paren := _PAREN.match(text.strip()):  # "B-B (Sangat Baik)": baca checks the meaning is BB's
        forms.append(f"{_rapat(paren[1])} ({paren[2]})")
    label = _LABEL.match(text)
    if label and not (_BELUM.search(label[1].casefold()) or _LAIN_WAKTU.search(label[1].casefold())):
        forms.append(_rapat(label[2]))
    if scored := _NILAI_KODE.match(text):
        forms.append(scored[1])
    if loose:  # the grade before a note in brackets ("opini wdp (sementara)", "B B (sementara)")
        head = text.split("(", 1)[0]
        forms += [head, _rapat(head)]
    found = (baca(w) for w in forms if w)
    return next((g for g in found if g is not None and (grade is None or g.skala == grade.skala)), None)


def saran_target(status: str) -> str:
    """The advice after a target's galat "bukan angka" whose text is a grade not read as one: typed
    unlike a grade ("B-B", "B B (Sangat Baik)": BB), with a note ("BB (70)"), or signed ("A-"); ""
    for any other text. Never "TW" (a quarter, not the Opini Tidak Wajar)."""
    unread = _unread_grade(status, None, False)
    if unread is not None and unread.kode != "TW":
        return f'; bila targetnya predikat, tulis predikatnya saja ("{unread.kode}")'
    if (noted := baca_awal(status)) is not None:  # "BB (70)": a grade, no figure
        return f'; bila targetnya predikat, tulis predikatnya saja ("{noted[1]}") dan catatannya di kolom Keterangan'
    if bertanda(status) is not None:  # "A-": no known scale has signs
        return (
            "; predikat bertanda plus/minus tidak ada pada skala predikat yang dikenal (mis. Predikat "
            'SAKIP AA sampai D, Opini BPK "WTP"): tulis target sesuai skala predikatnya, atau angka'
        )
    return ""


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
        g = _unread_grade(status, grade, False)
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


def predikat_lain(value: Value) -> Predikat | None:
    """The grade a realisasi cell of a numeric indicator holds ("WTP" beside a target 100): a galat."""
    if not value.status or value.exact is not None:
        return None
    return baca(value.status) or bertanda(value.status)  # ("A-" beside 100: a grade all the same)
