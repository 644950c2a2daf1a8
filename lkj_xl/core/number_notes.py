"""Notes, in Bahasa Indonesia, on what staff typed in a number cell: a text that holds a number the
user meant but that is not read ("± 4", "–5"), a percent-formatted cell holding an amount that is no
percentage. Pure."""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.number_words import is_money_unit, is_percent_unit
from lkj_xl.core.numbers import (
    NumberParseError,
    format_number,
    looks_numeric,
    parse_number,
)
from lkj_xl.core.per_mil import is_per_mil_satuan


def stacked_numbers(raw: str, kinerja: bool) -> str:
    """Why a cell holding several numbers on lines of their own (Alt+Enter: two indicators, or two
    programs, typed in one row, "40,71%" over "50%") is not read, in Bahasa Indonesia; "" otherwise.
    Joined as one line they read as "40,71% 50%", whose own message (a doubled %) says nothing useful."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if len(lines) < 2 or not all(map(_whole_number, lines)):
        return ""
    what = "indikator" if kinerja else "program"
    return (
        f"berisi {len(lines)} angka, masing-masing di baris sendiri di dalam sel (Alt+Enter); satu sel hanya "
        f"untuk satu angka. Bila itu {len(lines)} {what}, tulis masing-masing di barisnya sendiri"
    )


def _whole_number(line: str) -> bool:
    """Whether a line of a cell reads as a number on its own: not a piece of one broken over two lines
    ("1.234.567.000" over ",00", "1.282.684," over "40 juta", "25" over "(+4)")."""
    if not looks_numeric(line) or line.startswith((",", ".")) or line.endswith((",", ".")):
        return False
    try:
        parse_number(line)
    except NumberParseError:
        return False
    return True


# A zero after a dash ("- 0 izin", "- 0,0", "- 0%"): its unit's words after it, no other digit.
_ZERO_AFTER = re.compile(r"0+(?:[.,]0*)?\s*%?(?:\s*[^\W\d_][^\d]*)?")


def unclear_number(text: str, keterangan: bool = True) -> str:
    """Why a non-empty text that does not look numeric still holds a number the user meant ("± 4",
    "> 90", "½"), in Bahasa Indonesia; "" for a status text ("Menunggu data BPS", "TW 2 belum").
    ``keterangan``: the sheet has a Keterangan column to note a mark's meaning in (Kinerja's); there a
    change ("↓ 2%") is a status, told what "turun 2%" is told beside its indicator (change_typed)."""
    # The first letter or digit decides: "(Data 2024 belum terbit)" is a status, "± 4" a number.
    first = next((ch for ch in text if ch.isalnum()), "")
    if not first.isnumeric():
        return ""
    if text[0].isnumeric():  # a digit outside 0-9
        if figure := _as_ascii(text):  # "８５，５" pasted from a document in an Asian font
            return f"angka ditulis dengan digit selain 0-9 (tersalin dari dokumen lain); tulis {figure}"
        return fraction_sign(text) or "angka ditulis dengan digit 0-9 (mis. 0,5)"
    if text[0] == "`" and _readable(figure := text[1:].strip()):  # no text mark (TEXT_MARKS are read)
        return f"ada tanda ` di depan angka (bukan tanda petik '); tulis {figure} tanpa tanda itu"
    if unicodedata.category(text[0]) == "Pd":  # "–5" (Word, a PDF), "- 5": a minus sign meant?
        rest = text.lstrip(" " + "".join(ch for ch in text if unicodedata.category(ch) == "Pd"))
        if _ZERO_AFTER.fullmatch(rest) and keterangan:  # "- 0 izin": no minus of zero; no data, or zero?
            return 'tanda "-" (tidak ada data) ditulis bersama angka 0; bila tidak ada data, tulis "-" saja, bila nol, tulis 0'
        if _ZERO_AFTER.fullmatch(rest):  # (of spending "-" is Rp 0 too)
            return 'tanda "-" ditulis bersama angka 0; tulis 0 saja'
        return (
            f'tanda "{text[0]}" di depan angka bukan tanda minus; bila angkanya di bawah nol, tulis '
            f"-{rest} (tanda minus tanpa spasi)"
        )
    if hint := change_typed(text):  # "↓ 2%": the number alone would be another target
        return "" if keterangan else hint
    note = " dan catat keterangannya di kolom Keterangan" if keterangan else ""
    return f'ada tanda "{text[0]}" di depan angka; tulis angkanya saja{note}'


# A change typed where a level belongs: "turun 2 %", "naik 5%", "↓ 2%", "meningkat sebesar 10 %"; a
# score's in its points too, "naik 0,3 poin" (told a number in a text, a peringatan, the quarter before
# then scored as the level: a change, as "+0,3 poin" is, tanda_tambah).
_CHANGE = re.compile(
    r"(?:(turun|menurun|berkurang|penurunan|naik|meningkat|bertambah|kenaikan|peningkatan)\s+(?:sebesar\s+)?"
    r"|([↑↓▲▼⬆⬇])\s*)([0-9][0-9.,]*\s*(?:%|persen|poin\b\.?|point\b\.?)?)",
    re.IGNORECASE,
)
_POINTS = re.compile(r"\s*poin(?:t)?\.?$", re.IGNORECASE)
_DOWN = ("turun", "menurun", "berkurang", "penurunan", "↓", "▼", "⬇")
# An indicator that itself measures a change: its name starts with the change, after at most a measure
# word ("Persentase penurunan angka stunting", "Angka peningkatan ..."); its value is the change, typed as
# a number (a change against its direction negative). A change word in a clause or brackets ("Persentase
# UMKM yang mengalami peningkatan omzet", "Prevalensi stunting (penurunan)") is none. A rate ("Laju
# pertumbuhan ekonomi", "Pertumbuhan ekonomi", "Tingkat inflasi"): "turun 0,1%" is the rate itself
# (-0,1 %) or the rate 0,1 lower than before; both are said.
_MEASURE_FIRST = r"^(?:(?:persentase|prosentase|presentase|angka|tingkat|rasio|nilai)\s+)?"
# ("Persentase pengurangan sampah" is a level, the share of the waste reduced: Jakstrada's 30 %)
_MEASURES_DOWN = re.compile(_MEASURE_FIRST + r"penurunan\b")
_MEASURES_CHANGE = re.compile(_MEASURE_FIRST + r"(?:peningkatan|kenaikan|penambahan|perubahan)\b")
_MEASURES_RATE = re.compile(_MEASURE_FIRST + r"(?:laju\s+)?(?:laju|pertumbuhan|inflasi)\b")


def change_typed(text: str, indikator: str | None = None) -> str:
    """Why a change typed as a target or a realisasi ("turun 2 %", "↓ 2%") is no figure and what to
    type: the number alone (2 %) would be read as the level itself, unless ``indikator`` measures that
    change ("Persentase penurunan ..."), whose value it is; None: the indicator is unknown here (both
    readings are said). "" for any other text."""
    found = _CHANGE.fullmatch(text.strip())
    if not found:
        return ""
    typed, word, amount = text.strip(), (found.group(1) or found.group(2)).casefold(), found.group(3).strip()
    points = _POINTS.search(amount)
    amount = amount[: points.start()] if points else amount  # ("0,3 poin": its figure, typed bare)
    down = word in _DOWN
    change = "penurunan" if down else "kenaikan"
    folded = " ".join((indikator or "").casefold().split())
    measured = (
        "penurunan"
        if _MEASURES_DOWN.search(folded)
        else "perubahan"
        if _MEASURES_CHANGE.search(folded)
        else ""
    )
    word_typed = found.group(1) or found.group(2)
    if _MEASURES_RATE.search(folded):  # no sign asserted: the rate itself, or the rate's own change
        number = f"-{amount}" if down else amount
        return (
            f"berupa {change} ({typed}); indikator ini mengukur laju, jadi ada dua bacaan: bila lajunya sendiri "
            f'{number}, tulis {number} saja, tanpa "{word_typed}"; bila lajunya {"turun" if down else "naik"} {amount} '
            f"dari nilai sebelumnya, tulis nilai lajunya (nilai sebelumnya {'dikurangi' if down else 'ditambah'} {amount})"
        )
    if measured:  # "turun 2%" of a "Persentase penurunan ...": 2 %; "naik 1%" of it: -1 %
        against = (measured == "penurunan") != down
        number = f"-{amount}" if against else amount
        sign = f" ({change} pada indikator {measured} ditulis dengan tanda minus)" if against else ""
        return (
            f"berupa {change} ({typed}); indikator ini sendiri mengukur {measured}, jadi nilainya angka itu: "
            f'tulis {number} saja{sign}, tanpa "{word_typed}"'
        )
    if points:  # a score's change in points: the level is the one before plus the change (tanda_tambah's)
        return (
            f"berupa {change} ({typed}) dari nilai sebelumnya, bukan nilai yang tercapai; angka {amount} saja akan "
            f"dibaca sebagai nilai itu sendiri. Tulis nilainya (nilai sebelumnya {'dikurangi' if down else 'ditambah'} "
            f"{amount}) dan {change}nya, bila perlu, di kolom Keterangan"
        )
    said = (
        f"berupa {change} ({typed}), bukan nilainya; angka {amount} saja akan dibaca sebagai nilai itu "
        "sendiri. Tulis nilainya (target: yang dituju pada Perjanjian Kinerja; realisasi: yang tercapai)"
    )
    said += f', atau ukur perubahannya dengan indikator "Persentase {change} ..." ({amount})'
    return (
        f"{said}; bila indikator ini sendiri mengukur {change}, tulis {amount} saja"
        if indikator is None
        else said
    )


def _readable(text: str, satuan: str | None = None, money: bool = False) -> bool:
    """``text`` reads as one number ("85", "85,5%")."""
    if not looks_numeric(text):
        return False
    try:
        parse_number(text, satuan=satuan, money=money)
    except NumberParseError:
        return False
    return True


_O_FOR_ZERO = re.compile(r"(?<=[0-9.,])[Oo]+|[Oo]+(?=[0-9.,])")


# Two figures, one "of" the other: "Rp 2,5 M dari 5,2 M", "2,5 M / 5,2 M".
_OF = re.compile(r"(.+?)\s*(?:/|\bdari\b)\s*(.+)", re.IGNORECASE)


def amount_share(text: str, satuan: str | None) -> str:
    """Why a percentage typed as the share of two amounts with a scale word ("Rp 2,5 M dari 5,2 M") is
    not read, with the percentage to type (2.500.000.000 / 5.200.000.000 x 100 = 48,08); "" otherwise."""
    if not satuan or not is_percent_unit(satuan) or not (of := _OF.fullmatch(text.strip())):
        return ""
    if not any(ch.isalpha() for ch in f"{of[1]} {of[2]}"):  # (a plain share: rasio_ketik.share_hint's)
        return ""
    try:  # each side as an amount of rupiah: "M" is miliar there, "2.500 jt" is 2.500.000.000
        sides = [parse_number(side, satuan="Rupiah") for side in of.groups()]
    except NumberParseError:
        return ""
    said = f"tidak valid: berupa bagian dari jumlah ({' '.join(text.split())}), bukan satu angka"
    (part, whole), scales = (s.exact for s in sides), {s.scale_word is None for s in sides}
    # ("2,5 dari 5,2 M": 2,5 M? a guess; but nothing of it is 0 % in any scale; no share of a whole <= 0)
    if part is None or whole is None or whole <= 0 or (len(scales) > 1 and part != 0):
        return f"{said}; tulis persentasenya"
    n, of_n = Fraction(part), Fraction(whole)
    return (
        f'{said}; untuk Satuan "{satuan}" tulis persentasenya: {whole_or_two(n)} / {whole_or_two(of_n)} '
        f"x 100 = {whole_or_two(n / of_n * 100)}"
    )


# An amount with a second figure in brackets after it: "Rp 312,5 M (312.500.000.000)".
_TWICE = re.compile(r"([^()]*?[0-9][^()]*?)\s*\(\s*([^()]*?[0-9][^()]*?)\s*\)")


def amount_twice(text: str, satuan: str | None, money: bool) -> str:
    """Why an amount of rupiah followed by another in brackets is not read: the same amount twice (type
    one) or two amounts (type the right one; none is chosen). "" otherwise, "(2.500.000)" alone too."""
    if not (money or (satuan and is_money_unit(satuan))) or not (found := _TWICE.fullmatch(text.strip())):
        return ""
    from lkj_xl.core.note_after import bracket_scale  # (lazy, as pasted's: numbers reads this module)

    if bracket_scale(f"({found[2]})", money=True):  # "1.800.000 (Rp 000)": a scale, thousands
        return ""
    try:  # (each side read as an amount: "M" is miliar)
        first, second = (parse_number(side, satuan="Rupiah").exact for side in found.groups())
    except NumberParseError:
        return ""
    if first is None or second is None:
        return ""
    if first == second:
        return (
            f'tidak valid: ada angka kedua "({found[2]})" di belakang angka, sama nilainya; tulis salah satu '
            f"saja ({' '.join(found[1].split())})"
        )
    return (
        f"tidak valid: ada dua angka, {whole_or_two(Fraction(first))} dan {whole_or_two(Fraction(second))} "
        "berbeda; tulis angka yang benar saja dan catatannya, bila perlu, di kolom Keterangan"
    )


def typing_slip(text: str, satuan: str | None, money: bool) -> str:
    """Why a number cell's text is not read, with the figure to type, where it is a slip of the keys
    whose correction reads: a full stop ending it ("85,2%."), the letter O typed for the digit 0
    ("9O", "Rp 8.OOO.OOO": side by side on the keyboard, alike in Calibri), a doubled percent sign
    ("95%%"). "" otherwise."""
    if hint := fraction_sign(text):  # "1½", "2 ½ jam"
        return hint
    if hint := amount_share(text, satuan) or amount_twice(text, satuan, money):  # "Rp 2,5 M dari 5,2 M"
        return hint
    if figure := before_full_stop(text, satuan, money):
        return f"tidak valid: ada titik (.) di akhir angka; tulis {figure}"
    if any(ch.isdigit() for ch in text) and ("O" in text or "o" in text):
        # only an O touching a digit or a separator: the o of a word after it ("1O dokumen") stays
        figure = _O_FOR_ZERO.sub(lambda m: "0" * len(m.group()), text.strip())
        if figure != text.strip() and _readable(figure, satuan, money):
            return f"tidak valid: huruf O ditulis di tempat angka 0; tulis {figure}"
    # "95%%", "85 %%", "85% %" (or the full-width "％" of an IME): the key pressed twice, a space
    # before or between; with a Satuan that is no percentage (orang) the figure without the sign,
    # never "tulis 85%", which is a galat there too
    if money and (note := _NOTE_AFTER.fullmatch(text.strip())) and _readable(note[1], satuan, money):
        # "1,35 M (APBD-P)": the note is what is not read, not the scale ("Tulis skala dengan ...")
        from lkj_xl.core.note_after import bracket_scale, has_scale  # (lazy, as pasted's below)
        from lkj_xl.core.pasted import keterangan_kolom  # (lazy: pasted is read at import of numbers)

        if not has_scale(note[1]) and (word := bracket_scale(note[2], money=True)):  # "Rp 312,5 (juta)"
            return (
                f'tidak valid: ada teks "{note[2]}" di belakang angka, padahal angka di sel dibaca apa adanya; '
                f"tulis kata skalanya bersama angka itu ({note[1]} {word}) atau tulis angka lengkapnya"
            )
        return (
            f'tidak valid: ada teks "{note[2]}" di belakang angka; tulis angkanya saja ({note[1]}) dan '
            f"teksnya, bila perlu, di {keterangan_kolom(False)}"
        )
    if _DOUBLED_AFTER_DIGIT.search(text):
        percent = not money and (not (satuan or "").strip() or is_percent_unit(satuan or ""))
        figure = _DOUBLED.sub("%" if percent else "", text.strip()).strip()
        if _readable(figure, satuan, money):
            return f"tidak valid: tanda persen (%) ganda; tulis {figure}" + ("" if percent else " (tanpa %)")
    return ""


def words_after_percent(text: str, satuan: str | None) -> str:
    """Why a Kinerja percentage with words after its sign ("75% fisik", a progres fisik as the PPK
    reports it) is not read, naming the figure to type as "100% (PHO)" is told; "" otherwise (another
    Satuan than a percentage, where "75%" would be no figure to type either)."""
    found = _WORDS_AFTER_PERCENT.fullmatch(text.strip())
    if satuan is None or (satuan.strip() and not is_percent_unit(satuan)) or not found:
        return ""
    if not _readable(found[1], satuan, False) or _OF_TARGET.search(found[2]) or _UP_TO.search(found[2]):
        return ""  # ("75% dari target": a capaian; "75% per Juni": a total s.d., summed again if Kumulatif)
    from lkj_xl.core.pasted import keterangan_kolom  # (lazy: pasted is read at import of numbers)

    return (
        f'ada teks "{found[2]}" di belakang angka; tulis angkanya saja ({found[1]}) dan teksnya, bila perlu, '
        f"di {keterangan_kolom(True)}"
    )


# A percentage and words after its sign: "75% fisik", "62,5 % fisik konstruksi"
_OF_TARGET = re.compile(
    r"\b(?:dari|dr|terhadap|thd|trhdp|target|tgt|trgt|capaian|keuangan|anggaran|pagu|penyerapan)\b",
    re.IGNORECASE,
)
# Words saying the figure is a total up to a date ("per Juni", "posisi 30 Juni", "total")
_UP_TO = re.compile(r"\b(?:per|posisi|total|keadaan|kondisi)\b", re.IGNORECASE)
_WORDS_AFTER_PERCENT = re.compile(r"([-\u2212]?\d[\d.,]*\s*[%％])\s*([^\W\d_][^%％]*)")
# A figure with its scale word and a note in brackets after it: "1,35 M (APBD-P)", "Rp 700 jt (DAK)"
_NOTE_AFTER = re.compile(r"(.*?\d.*?)\s*(\([^\W\d_][^()]*\))")
_DOUBLED = re.compile(r"\s*[%％](?:\s*[%％])+")
_DOUBLED_AFTER_DIGIT = re.compile(r"[0-9]\s*[%％]\s*[%％]")


def before_full_stop(text: str, satuan: str | None, money: bool) -> str:
    """The number before a full stop ending ``text`` when that reads ("85,2%." copied from a sentence,
    "sebesar 85,2%."), to be said as the stop it is, not as a "%" or a thousands point out of place;
    never read (the point may be a slip of another figure). "" otherwise."""
    s = text.strip()
    if not s.endswith(".") or s.endswith((".-", "..")):
        return ""
    figure = s[:-1].rstrip()
    return figure if _readable(figure, satuan, money) else ""


def _as_ascii(text: str) -> str:
    """``text`` with its digits, comma, point and percent sign written in 0-9 and ASCII ("８５，５" ->
    "85,5"), when that reads as one number; "" otherwise."""
    folded = "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in unicodedata.normalize("NFKC", text)
    ).strip()
    return folded if folded.isascii() and _readable(folded) else ""


def percent_format_note(label: str, exact: Fraction, satuan: str | None, money: bool) -> str:
    """The peringatan for a percent-formatted cell holding an amount that is not a percentage (a
    rupiah amount, a Satuan such as "unit"); "" where a percentage belongs or the unit is not known."""
    if not money and (not satuan or is_percent_unit(satuan)):
        return ""
    what = "jumlah rupiah" if money else f'Satuan "{satuan}"'
    shown = whole_or_two(exact)
    # (under per mil a % meant is ten times the figure read: 2,50% = 25 ‰, as a typed "2,5 %" is told)
    mil = f"; bila maksudnya {shown}%, tulis {whole_or_two(exact * 10)} ({shown}% = {whole_or_two(exact * 10)} ‰)"
    return (
        f"{label} berformat persen (%) padahal {what} bukan persentase; dibaca {shown} seperti yang "
        f"tampak tanpa tanda %{mil if satuan and is_per_mil_satuan(satuan) else ''}. Periksa angkanya dan ubah "
        "format selnya ke angka"
    )


# A whole number and a fraction sign ("½", "1½", "2 ¾ jam"): only the signs of a finite decimal.
# (the digits from the start of their run: from every digit of a 10.000-digit run the search was quadratic)
_FRACTION_SIGN = re.compile(r"(?<![0-9])([0-9]*)\s*([¼½¾⅕⅖⅗⅘⅛⅜⅝⅞⅒])")


def fraction_sign(text: str) -> str:
    """The decimal to type for a fraction sign in a number ("1½": 1,5), "" without one."""
    if not (m := _FRACTION_SIGN.search(text)):
        return ""
    value = Fraction(int(m[1] or 0)) + Fraction(unicodedata.numeric(m[2])).limit_denominator(10)
    figure = format_number(value, next(d for d in range(4) if (value * 10**d).denominator == 1))
    typed = (text[: m.start()] + figure + text[m.end() :]).strip()  # "¾%": 0,75%
    return f"tidak valid: pecahan {m[0].strip()} ditulis sebagai angka desimal; tulis {typed}"
