"""A realisasi and its target written in units that cannot be compared (part of the engine): a
percentage beside a number with a scale word, a whole rupiah amount beside a Satuan counting in juta,
a percentage or a rupiah amount beside a count ("100%" of a target in orang); and a number inside a
realisasi read as a status ("sebanyak 5"). Each is said at its cell, in the findings' words. Pure."""

from __future__ import annotations

import functools
import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import number_notes, skor_ke_target, status_ragu, status_sumber
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, IndicatorInput, Value
from lkj_xl.core.nama_periode import HALF_WORD, QUARTER_WORD, di_pisah, month_pattern
from lkj_xl.core.number_format import excel_shown, format_number
from lkj_xl.core.number_words import (
    UNIT_ABBREVIATIONS,
    is_level_unit,
    is_money_unit,
    is_percent_unit,
    satuan_scale,
    scaled_satuan,
)
from lkj_xl.core.pasted import duration_unit, rank
from lkj_xl.core.per_mil import is_per_mil_satuan
from lkj_xl.core.predikat_depan import grade_first
from lkj_xl.core.satuan_utuh import whole_expected
from lkj_xl.core.skala_sepadan import sepadan
from lkj_xl.core.status_named import named_figure

# Satuan words of a score or a grade: a value typed with % may be one ("85%" of Satuan "nilai").
_SCORE_WORDS = frozenset({"nilai", "poin", "point", "angka", "predikat", "peringkat", "level", "kategori"})
_WORDS = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=1024)  # called per quarter, a few Satuan per workbook
def count_unit(satuan: str) -> bool:
    """A Satuan of a count or a quantity ("orang", "unit", "dokumen", "koperasi", "ton"): any Satuan
    that is not a level (%, indeks, rasio, skor), a duration, a score or an amount of rupiah."""
    if not satuan.strip() or is_level_unit(satuan) or duration_unit(satuan):
        return False
    if is_money_unit(satuan) or scaled_satuan(satuan):
        return False
    return _SCORE_WORDS.isdisjoint(_WORDS.split(satuan.casefold()))


def _no_rupiah_unit(satuan: str) -> bool:
    """A Satuan no rupiah amount can be in: a count, or a level or a duration ("%", "Indeks", "Hari";
    a "Rp 95" there was read 95 % without a word, "Rp 95 jt" of an index scored 105.555.555 %)."""
    if count_unit(satuan):
        return True
    if not satuan.strip() or is_money_unit(satuan) or scaled_satuan(satuan):
        return False
    return is_level_unit(satuan) or duration_unit(satuan)


def typed(value: Value) -> str:
    """A value as the user wrote it: its text, or a number cell as Excel shows it ("100%")."""
    if value.text:
        return value.text
    shown = figure(value.exact or Fraction(0))
    return f"{shown}%" if value.percent else shown


def _per_mil_of(value: Value, satuan: str) -> str:
    """The per mil a percentage typed under a per mil Satuan stands for (" (2,5 % = 25 ‰: ...)"): dropping
    the sign alone would read a tenth of the rate. "" for any other Satuan."""
    if not is_per_mil_satuan(satuan) or value.exact is None:
        return ""
    return f" ({typed(value)} = {figure(value.exact * 10)} {satuan.strip()}: angka persennya dikali 10)"


def count_clash(
    quarter: int,
    name: str,
    value: Value,
    target: Value,
    item: IndicatorInput,
    log: FindingLog,
    galat: list[str],
) -> bool:
    """A galat (True) when exactly one of the realisasi ``value`` (of TW ``quarter``) and the
    ``target`` is a percentage or a rupiah amount while the Satuan is a count: 100% of a target of 10
    orang would print a capaian of 1000 %. Said at the cell with the odd mark, once."""
    if not (value.percent or target.percent or value.currency or target.currency):
        return False  # (nearly every figure: plain numbers)
    satuan, header = item.satuan, c.REALISASI_TW_HEADERS[quarter - 1]
    if not _no_rupiah_unit(satuan):
        return False
    count = count_unit(satuan)  # (a percentage beside a level or duration has its own checks)
    for what, noun, sign, odd_value, odd_target in (
        # (typed with % or "persen": a cell formatted as % on a count is read as it shows, a peringatan)
        (
            "persentase",
            "persentase",
            "%",
            count and value.percent and bool(value.text),
            count and target.percent and bool(target.text),
        ),
        ("jumlah rupiah", "rupiah", "Rp", value.currency, target.currency),
    ):
        if odd_value == odd_target:
            continue
        target_header = "Target Perubahan" if item.target_perubahan.filled else "Target"
        odd, other = (
            ((header, value), (target_header, target))
            if odd_value
            else ((target_header, target), (header, value))
        )
        where = log.where(c.SHEET_KINERJA, odd[0], item.row)
        if where not in galat:
            log.add(
                GALAT,
                c.SHEET_KINERJA,
                odd[0],
                item.row,
                f'{odd[0]} {name} "{typed(odd[1])}" ditulis sebagai {what}, padahal Satuan "{satuan}" dan '
                f'{other[0]} "{typed(other[1])}" bukan {noun}; capaian tidak dihitung: tulis {odd[0]} dalam '
                f"{satuan} tanpa {sign}{_per_mil_of(odd[1], satuan) if sign == '%' else ''}, atau ubah Satuan, "
                f"target dan realisasi menjadi {noun}",
            )
            galat.append(where)
        return True
    return False


def last_year_clash(header: str, name: str, value: Value, item: IndicatorInput, log: FindingLog) -> str:
    """Last year's realisation (under ``header``) typed as a percentage or a rupiah amount while the
    Satuan is a count and the target is not ("85%" beside 400 IKM): no comparison is drawn from it (330
    IKM against 85 % is no change of 245). A galat at its cell, whose reference is returned; "" else."""
    if not (value.percent and value.text or value.currency):
        return ""  # (nearly every figure)
    target = item.target_perubahan if item.target_perubahan.filled else item.target
    if not (count_unit(item.satuan) or value.currency and _no_rupiah_unit(item.satuan)):
        return ""
    what, noun, sign = (
        ("persentase", "persentase", "%") if value.percent else ("jumlah rupiah", "rupiah", "Rp")
    )
    if target.percent if value.percent else target.currency:
        return ""
    log.add(
        GALAT,
        c.SHEET_KINERJA,
        header,
        item.row,
        f'{header} {name} "{typed(value)}" ditulis sebagai {what}, padahal Satuan "{item.satuan}" dan '
        f'targetnya "{typed(target)}" bukan {noun}; perbandingan dengan tahun lalu tidak dihitung: tulis '
        f"{header} dalam {item.satuan} tanpa {sign}",
    )
    return log.where(c.SHEET_KINERJA, header, item.row)


def every_decimal(x: Fraction) -> str:
    """A figure to type with every decimal it has, up to 10 (78,4501253); figure()'s beyond them."""
    decimals = next((d for d in range(11) if (x * 10**d).denominator == 1), None)
    return figure(x) if decimals is None else format_number(x, decimals)


def scaled_percent(header: str, name: str, value: Value, target: Value, item: IndicatorInput) -> str:
    """The galat of a percentage beside a number with a scale word ("2 juta" beside a target of 40 %)."""
    unit = f'Satuan "{item.satuan}" adalah' if is_percent_unit(item.satuan) else "salah satunya"
    return (
        f'{header} {name} "{typed(value)}" dan targetnya "{typed(target)}" ditulis dengan skala berbeda, '
        f"padahal {unit} persentase; capaian tidak dihitung: tulis keduanya sebagai persentase (mis. 40,71%)"
    )


def scaled_amount(header: str, name: str, item: IndicatorInput, figures: tuple[Value, Value]) -> str:
    """The galat of a whole rupiah amount ("Rp 250.000.000", "250 juta") beside a figure in the units
    of a Satuan that counts in juta (or ribu, milyar) rupiah ("523,40"); ``figures``: the quarter and
    its target, the one in rupiah named in the Satuan ("tulis Target 325 (Rp 325.000.000.000 /
    1.000.000.000)")."""
    unit = item.satuan.strip()
    factor, (value, target) = satuan_scale(unit), figures
    target_header = "Target Perubahan" if item.target_perubahan.filled else "Target"
    tulis = f'tulis keduanya dalam Satuan "{unit}" tanpa Rp (mis. 523,40)'
    for v, h in ((target, target_header), (value, header)):
        if factor and v.exact is not None and (v.scale_word is not None or v.currency and not v.in_satuan):
            tulis = (
                f"tulis {h} {every_decimal(v.exact / factor)} (Rp {figure(v.exact)} / {figure(Fraction(factor))}), "
                f'keduanya dalam Satuan "{unit}" tanpa Rp'
            )
            break
    return (
        f"{header} {name} dan targetnya ditulis dengan skala berbeda: satu dalam rupiah penuh (dengan Rp "
        f'atau ribu/juta/milyar), yang lain dalam Satuan "{unit}"; capaian tidak dihitung: {tulis}'
    )


def scale_differs(
    quarter: int,
    name: str,
    figures: tuple[Value, Value],
    item: IndicatorInput,
    why: str,
    log: FindingLog,
    galat: list[str],
    beda: list[str] | None,
) -> bool:
    """A quarter's realisasi and its target typed in different scales (``why``: findings.scale_mismatch):
    a galat when the capaian would be a million times off (True: the quarter's number is not used), else
    a peringatan to check its size, its cell added to ``beda``; nothing when both are one amount written
    otherwise ("12.500" of "12,5 rb": skala_sepadan)."""
    value, target = figures
    if sepadan(value, target, part=item.jenis_realisasi == c.KUMULATIF):  # ("12.500" of "12,5 rb")
        return False
    header = c.REALISASI_TW_HEADERS[quarter - 1]
    percent = is_percent_unit(item.satuan) or value.percent or target.percent
    if percent or scaled_satuan(item.satuan):
        # a percentage beside a number in juta, or a whole rupiah amount beside a figure in the
        # Satuan's juta: the capaian would be a million times off, whichever of the two is the slip
        why = (
            scaled_percent(header, name, value, target, item)
            if percent
            else scaled_amount(header, name, item, (value, target))
        )
        log.add(GALAT, c.SHEET_KINERJA, header, item.row, why)
        galat.append(log.where(c.SHEET_KINERJA, header, item.row))
        return True
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"Target dan realisasi {name} ditulis dengan skala berbeda ({why}); periksa besarnya",
    )
    if beda is not None:
        beda.append(log.where(c.SHEET_KINERJA, header, item.row))
    return False


# A number in a text ("sebanyak 5", "3 dari 4"), and the ones that are no realisation: a year, a
# quarter or a regulation's number after its word ("TW 4", "No. 5"), a day before its month, a date.
# A scale word typed against its figure ("2,5rb", "700jt"): the figure is still a number of the text.
_GLUED_SCALE = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun)\b"
# A number, its minus when it is a sign ("TW II: -0,2", never the dash of "7-18"); never the decimals of
# one the sign kept out ("2" of "-0,2": told "tulis 2", a wrong figure)
_NUMBER = re.compile(
    rf"(?:(?<![\w/.,-])-(?=\d)|(?<![\w/-]))(?<!\d[.,])\d+(?:[.,]\d+)*(?={_GLUED_SCALE}|(?![\w/-]))"
)
_CONTEXT_BEFORE = re.compile(rf"\b(?:{QUARTER_WORD}|{HALF_WORD}|tahun|thn|th|bulan|no|nomor|ke)\W*$")
_MONTH_AFTER = re.compile(rf"^\W*{month_pattern()}\b")


# A level written in Roman numerals, alone or after its word: the maturity of SPIP or the capability
# of APIP ("Level III", "Tingkat IV", "III"); a quarter's numeral in a longer text ("direkap TW III") is
# none, nor a "V" alone (a check mark typed for "done").
_LEVEL_WORD = r"(?:level|tingkat|lvl|lv)\.?\s*"
_ROMAN_AFTER_WORD = re.compile(_LEVEL_WORD + r"(iv|v|i{1,3})")
_ROMAN_ALONE = re.compile(r"(?=[iv]{2}|i$)(iv|v|i{1,3})")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
# A level's target ("Level 3", "Tingkat IV", "Level 3 (Terdefinisi)"): no other number of a target's text
# ("Meningkat 5%" is a relative increase, whose 5 is no target).
_TARGET_LEVEL = re.compile(_LEVEL_WORD + r"(\d+|iv|v|i{1,3})\b.*")
# A level with its name, as BPKP's assessment writes it ("Level 3 (Terdefinisi)", "Level III -
# Integrated"): the level is the figure meant, unless the words say it is not there yet.
# (no other number in its words but the assessment's year: "Level 3 (QA BPKP 2024)")
_NAMED_WORDS = r"(?:[^()\d]|(?<!\d)(?:19|20)\d\d(?!\d))+?"
_LEVEL_NAMED = re.compile(
    _LEVEL_WORD + rf"(\d+|iv|v|i{{1,3}})\s*(?:\(\s*({_NAMED_WORDS})\s*\)|[-:\u2013]\s*({_NAMED_WORDS}))\s*\.?"
)
# (being assessed is not there yet either: "(dalam penilaian)", "(sedang dinilai)")
_NOT_YET = re.compile(
    r"\b(?:menunggu|tunggu|belum|proses|diproses|target|rencana|sementara|usulan|akan|dalam|sedang|dinilai|"
    r"verifikasi|validasi)\b"
)


def _named_level(spaced: str) -> str:
    """The figure of a level typed with its name ("level iii (terdefinisi)": "3"; ``spaced``: casefolded,
    single spaces), "" for any other text or one saying the level is not there yet."""
    found = _LEVEL_NAMED.fullmatch(spaced)
    if found is None or _NOT_YET.search(found[2] or found[3] or ""):
        return ""
    return found[1] if found[1].isdigit() else str(_ROMAN[found[1]])


# An indicator of a level (SPIP maturity, APIP capability) typed in its name, where the Satuan is not.
_LEVEL_NAME = re.compile(r"\b(?:level|maturitas|kapabilitas|kematangan)\b")


def level_indicator(item: IndicatorInput) -> bool:
    """Satuan "Level"/"Tingkat", or a name that says it is a level: a bare "III" there is a level (a
    count's realisasi "III" is none)."""
    return item.satuan.strip().casefold() in ("level", "tingkat") or bool(
        _LEVEL_NAME.search(item.indikator.casefold())
    )


def level_in_target(text: str) -> str:
    """The figure of a level typed with its word or in Roman numerals ("Level 3", "Level III": "3"),
    "" for any other text."""
    folded = " ".join(text.casefold().split())
    if found := _TARGET_LEVEL.fullmatch(folded) or _ROMAN_ALONE.fullmatch(folded):
        return found[1] if found[1].isdigit() else str(_ROMAN[found[1]])
    return ""


def number_in_status(text: str, *, level: bool = False) -> str:
    """The first number of a status text that may be the realisation ("sebanyak 5": "5", "Level III":
    "3", "III" where ``level``), "" when it has none ("Menunggu data BPS 2025", "direkap di TW 4",
    "Rilis 30 Juni"; "direkap ditw 4" as "direkap di tw 4")."""
    folded = di_pisah(text.casefold())
    spaced = " ".join(folded.split())
    if roman := _ROMAN_AFTER_WORD.fullmatch(spaced) or (level and _ROMAN_ALONE.fullmatch(spaced)):
        return str(_ROMAN[roman[1]])
    if named := _named_level(spaced):
        return named
    for found in _NUMBER.finditer(folded):
        number = found.group()
        if len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100:
            continue
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})", number):  # a date, 30.06.2025
            continue
        if _CONTEXT_BEFORE.search(folded[: found.start()]) or _MONTH_AFTER.match(folded[found.end() :]):
            continue
        return number
    return ""


# A rank typed with its word ("ke-3", "peringkat ke 3", "urutan 3"): the rank.
_RANK_TYPED = re.compile(r"(?:(?:peringkat|ranking|rangking|rank|urutan)\s*)?(?:ke\s*-?\s*)?(\d+)")


def rank_typed(text: str, item: IndicatorInput) -> str:
    """The rank of a rank indicator's text ("ke-3": "3"), "" for any other text or indicator."""
    found = _RANK_TYPED.fullmatch(" ".join(text.casefold().split()))
    return found[1] if found and rank(item.indikator, item.satuan) else ""


def status_figure(text: str, item: IndicatorInput) -> str:
    """The number a status text of ``item``'s quarter holds (number_in_status, or a rank's "ke-3")."""
    return rank_typed(text, item) or number_in_status(text, level=level_indicator(item))


_AFTER_MARK = re.compile(r"[^\W\d_]\s*[/-]\s*\d")  # a figure right after a word's slash or dash

# A scale word right after a status text's figure, and M / T (miliar / triliun in money; metres or tons
# elsewhere, a unit then, still named with its figure: never a bare 1,2 for a meant 1,2 miliar).
_SCALE_AFTER = r"(?:ribu|rb|juta|jt|miliar|milyar|triliun|m|t)\b\.?"


def _then(galat: bool, unknown: bool) -> str:
    """What a status holding a number leaves of the realisasi (status_number's words)."""
    return (
        "realisasi dan capaian tidak dihitung"
        if galat
        else "isinya tidak dihitung: realisasi dan capaian belum diketahui"
        if unknown  # (the quarter left out, as below: the rekap counts it so, core.rekap_catatan)
        else "triwulan ini tidak dihitung dalam realisasi dan capaian"
    )


def _sourced(status: str, number: str, item: IndicatorInput) -> bool:
    return bool(status_sumber.source_named(status, number, item.satuan))


def _said_whole(
    header: str, name: str, status: str, item: IndicatorInput, log: FindingLog, how: tuple[bool, bool]
) -> bool | None:
    """A status said whole before its number is looked at (``how``: whether the quarter counts, whether
    the status leaves the indicator belum diketahui): a range or a year after a label ("realisasi 5-6",
    "Nilai 2024": no figure to score, status_ragu) where the quarter counts, a galat; a regulation named
    ("Perbup 3", status_sumber); whether a galat was said, None for any other text."""
    counts, unknown = how
    if counts and (
        why := status_ragu.labelled_range(status, item.satuan) or status_ragu.year_only(status, item.satuan)
    ):
        log.add(GALAT, c.SHEET_KINERJA, header, item.row, f'{header} {name} "{status}" {why}')
        return True
    named, doubt = status_sumber.regulation(status, item.satuan)
    if not named or not status_figure(status, item):  # (no number read: indicator_cells' own peringatan)
        return None
    # (a Kumulatif left belum diketahui by it prints no figure: the peringatan names both readings)
    galat = counts and doubt and not unknown
    why = status_sumber.regulation_said(named, doubt, item.satuan, _then(galat, unknown))
    said = f'{header} {name} "{status}" {why}'
    log.add(
        GALAT if galat else PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        said,
        frozenset() if galat else LEFT_OUT,
    )
    return galat


def status_number(
    header: str,
    name: str,
    value: Value,
    item: IndicatorInput,
    log: FindingLog,
    counts: bool = False,
    unknown: bool = False,
) -> bool:
    """A realisasi read as a status although it holds a number ("sebanyak 5") or a change ("turun 2 %",
    told it is none: "tulis angkanya saja" followed would read 2 as the level, 180 % for a meant 120 %
    if Negatif). Where the quarter ``counts`` (it would change the realisasi s.d.) a galat, True: scored
    from the other quarters the figure would be wrong without a word (50 of a meant 50 + 95); else a
    peringatan (the quarter is left out, which changes nothing). False when it holds no number. A number
    counting something else ("Menunggu laporan 3 kecamatan", :func:`figure_meant`) stays the peringatan:
    the quarter has no figure yet, and a galat would blank the indicator's capaian without cause.
    ``unknown``: the status makes the indicator belum diketahui (status_dilaporkan), said so."""
    status = value.status or ""
    if (whole := _said_whole(header, name, status, item, log, (counts, unknown))) is not None:
        return whole
    change = number_notes.change_typed(status, item.indikator)
    number = "" if change else status_figure(status, item)
    # "B (85,20)": as "85,2 (B)", a galat; "B/85,20", "B-85,20" too, whose figure after the slash or dash
    # no status number is (its decimals "20" neither, since kinerja65: the "2" of "-0,2")
    asked = number or (not change and _AFTER_MARK.search(status))
    grade, typed = grade_first(status) if asked else ("", "")
    number = typed or number
    if not (change or number):
        return False
    # (a figure with its source, "Data BPS: 12,5", is meant as the figure: status_sumber)
    meant = (
        bool(number) and not change and (figure_meant(status, number, item) or _sourced(status, number, item))
    )
    # "IKM: 72,4" in another indicator's row: a figure named, maybe that indicator's (status_ragu)
    other = (
        ""
        if meant or change or grade or not number
        else status_ragu.named_other(status, number, item.indikator, item.satuan)
    )
    galat = bool(grade) or counts and (bool(change) or meant or bool(other))
    if number and (
        scaled := re.search(rf"(?<![\d.,]){re.escape(number)}\s*{_SCALE_AFTER}", status, re.IGNORECASE)
    ):
        number = scaled[0]  # "sekitar 2,5 rb": 2,5 rb named, never 2,5 (2,5 people for 2.500)
    then = _then(galat, unknown)
    target = item.target_perubahan if item.target_perubahan.filled else item.target
    if change:
        said = f"{change}; {then}"
    elif grade:
        said = (
            f'berisi predikat "{grade}" di depan angkanya; tulis angkanya saja ({number}) dan predikatnya, '
            f"bila perlu, di kolom Keterangan; {then}"
        )
    elif konversi := skor_ke_target.converted(status, skor_ke_target.target_figure(target), item.satuan):
        said = (  # "IKM 3,3 / 4" beside 82 (or 80-90)
            f"berisi angka di dalam teks; angkanya tidak dibaca, jadi {then}. Bila itu realisasinya, tulis "
            f"nilainya pada skala Target ({target.text or figure(target.exact or Fraction(0))}) di sel ini: "
            f"{konversi}, dan catatannya di kolom Keterangan"
        )
    else:
        said = (
            f"berisi angka di dalam teks; angkanya ({number}) tidak dibaca, jadi {then}. Bila {number} "
            "realisasinya, tulis angkanya saja di sel ini dan catatannya di kolom Keterangan"
        )
        if other and galat:
            said += (
                f'; "{other}" bukan nama indikator ini: periksa bahwa angka itu bukan milik indikator lain'
            )
    if galat:
        log.add(GALAT, c.SHEET_KINERJA, header, item.row, f'{header} {name} "{status}" {said}')
        return True
    log.add(PERINGATAN, c.SHEET_KINERJA, header, item.row, f'{header} {name} "{status}" {said}', LEFT_OUT)
    return False


# A status text's number is its figure only on a whitelist (precision over recall: a galat blanks the
# capaian, a number counting something else, "Menunggu laporan 3 desa", must not): an approximate word
# right next to it ("sekitar 95", "data sementara 95", "95 (sementara)"), or a short label alone before
# it ("TW II: 95", "Semester I: 95", "realisasi 95", "sebanyak 95"); after it, at most the Satuan (% on a
# % indicator), "dari target 100" and an approximate word.
_APPROX = r"(?:sekitar|(?:kurang|krg)\s*-?\s*(?:lebih|lbh)|kira\s*-?\s*(?:kira|2)|hampir|perkiraan|diperkirakan|estimasi|(?:data\s+)?sementara|±|\+/-|kl|kurleb)"
_APPROX_BEFORE = re.compile(rf"(?<!\w){_APPROX}\s*[:=(]?\s*$")
_LABEL = (
    r"(?:realisasi|capaian|mencapai|sudah|baru|tercapai|terealisasi|terlaksana|sebanyak|sejumlah|jumlah(?:nya)?|total|nilai|indeks|index|score|"
    rf"hasil|skor|level|tingkat|peringkat|ranking|urutan|ke|{QUARTER_WORD}\s*[.-]?\s*[ivx\d]+|"
    # a half year's report names its figure so: "Semester I: 13,8%", "Smt I 13,8", "Sem. I = 13,8"
    rf"{HALF_WORD}\s*[.-]?\s*(?:ii|i|[12]))"
)
_LABEL_ONLY = re.compile(rf"(?:{_LABEL}(?![\w])[\s:=.-]*)*")
_TARGET_AFTER = re.compile(r"dari\s+(?:target\s*)?\d[\d.,]*\s*")
_TAIL = re.compile(rf"[\s).,;:!-]*(?:\(?\s*{_APPROX}\s*\)?)?[\s).,;:!-]*")


@functools.lru_cache(maxsize=1024)  # per quarter, a few Satuan per workbook
def _satuan_words(satuan: str) -> frozenset[str]:
    """The Satuan's words, each in its full form ("Meter Persegi" also "m2")."""
    words = set(_WORDS.split(satuan.casefold())) - {""}
    full = {UNIT_ABBREVIATIONS.get(word, word) for word in words}
    return frozenset(full | ({"m2"} if {"meter", "persegi"} <= words else set()))


def _past_satuan(after: str, satuan: str) -> str:
    """``after`` (the text after a number) past the Satuan's words (abbreviated or not: "dok" of
    Dokumen, a dot after it kept for the tail), or past a % on a % indicator."""
    if is_percent_unit(satuan) and (found := re.match(r"\s*(?:%|persen\b)", after)):
        return after[found.end() :]
    words = _satuan_words(satuan)
    while (word := re.match(r"\s*(\w+)", after)) and UNIT_ABBREVIATIONS.get(word[1], word[1]) in words:
        after = after[word.end() :]
    return after


def figure_meant(status: str, number: str, item: IndicatorInput) -> bool:
    """Whether ``number`` in a status text is the quarter's figure (a galat where the quarter counts):
    approximate ("sekitar 95", "perkiraan 95 IKM", "Nilai 3,4 (sementara)") or alone after a short label
    ("TW II: 95", "realisasi 95 dari target 100", "Level III"). Not a number in any other text ("Menunggu
    laporan 3 desa" even of Satuan desa, "Menunggu data (95)", "tahap 2"), nor a zero under Kumulatif
    ("Belum ada kegiatan (0)": the sum is the same with or without it)."""
    return _meant(status, number, item.jenis_realisasi, item.satuan) or named_figure(
        status, number, item.indikator, item.satuan
    )


def status_figure_meant(status: str, *, jenis: str, satuan: str) -> bool:
    """Whether a quarter's status text holds its figure (:func:`figure_meant` of its first number,
    "belum final, sementara 40"), before the indicator is put together (typed_sd)."""
    level = satuan.strip().casefold() in ("level", "tingkat")
    number = number_in_status(status, level=level)
    return bool(number) and _meant(status, number, jenis, satuan)


def _meant(status: str, number: str, jenis: str, satuan: str) -> bool:
    """figure_meant of a Jenis Realisasi and Satuan."""
    folded = " ".join(status.casefold().split())
    if _named_level(folded):  # "Level 3 (Terdefinisi)": the level is the figure
        return True
    found = re.search(rf"(?<![\w.,]){re.escape(number)}(?={_GLUED_SCALE}|(?![\w]))", folded)
    if found is None:  # a Roman level ("Level III")
        return True
    if jenis == c.KUMULATIF and not found.group().strip("0.,"):
        return False
    before, after = folded[: found.start()], _past_satuan(folded[found.end() :], satuan)
    if (dari := _TARGET_AFTER.match(after.lstrip())) and _LABEL_ONLY.fullmatch(before):
        after = _past_satuan(after.lstrip()[dari.end() :], satuan)
        # "tercapai 3 dari 4 koperasi": one word naming the whole after it ("Baru 3 dari 5 kecamatan
        # lapor" goes on: a waiting text)
        after = (
            re.sub(
                rf"^\s*(?!(?:bulan|minggu|hari|tahun|tahap|tahapan|termin|fase|{QUARTER_WORD}|{HALF_WORD}|kali)\b)[^\W\d_]+",
                "",
                after,
                count=1,
            )
            if not _TAIL.fullmatch(after)
            else after
        )
    if not _TAIL.fullmatch(after):
        return False
    return bool(_APPROX_BEFORE.search(before) or _LABEL_ONLY.fullmatch(before))


def _stored(exact: Fraction, shown: Fraction) -> str:
    """A count told not whole, in its message: its figure (at most 4 decimals), or, when that reads
    whole (6,00001 is "6"), the 15 digits Excel shows with the decimals that make it no whole number."""
    said = figure(exact)
    if "," in said:
        return said
    decimals = next((d for d in range(1, 16) if (shown * 10**d).denominator == 1), None)
    return said if decimals is None else format_number(shown, decimals)


def whole_fraction(values: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog) -> None:
    """A number cell holding a fraction of people or schools (1,234 anak): most often "1.234" typed on
    an Excel set to English, which stores 1,234, a capaian a thousand times too small. Computed as
    stored; the cell says so. Text cells are read the Indonesian way (comma_thousands says "1,234").
    Never for a percentage, an index, a score or a ratio (a level: "Indeks (IKM)" 82,38, "Rasio siswa
    per guru" 18,5), whatever count word its Satuan holds: the quarters and the comparison columns
    share this one rule. Below 1 no English-Excel hint: "0.045" is stored as typed there. Decided on
    the figure Excel shows (a formula's 6.000000000000001 is 6, its 7.300000000000001 is 7,3): the
    one a copy resaved in LibreOffice holds."""
    if is_level_unit(item.satuan):
        return
    for header, value in values:
        x = value.number
        if x is None or value.text or value.percent or x.is_integer():  # (nearly every count: whole)
            continue
        shown = excel_shown(x)
        if shown.denominator == 1:
            continue
        if not whole_expected(item, header) or value.exact is None:  # (satuan_utuh: one rule for text)
            continue
        thousands = shown * 1000
        hint = (
            f'; bila diketik "{x:.3f}" di Excel atau LibreOffice berbahasa Inggris (titik desimal), tulis '
            f"{thousands.numerator} tanpa titik"
            if thousands.denominator == 1 and abs(x) >= 1
            else ""
        )
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} tersimpan {_stored(value.exact, shown)}, bukan bilangan bulat, padahal Satuan "
            f'"{item.satuan}" dihitung utuh{hint}; dihitung apa adanya, periksa angkanya',
        )
