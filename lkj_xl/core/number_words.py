"""The words around an Indonesian number: scale words ("juta", "jt", "M" in money), unit words and the
Satuan they are compared with ("Persen (%)", "Juta Rupiah", "thn" for "tahun"), read after the digits
by :func:`lkj_xl.core.numbers.parse_number`; an unknown word raises with a suggestion. Pure: standard
library only."""

from __future__ import annotations

import difflib
import functools
import re

from lkj_xl.core import satuan_sebutan
from lkj_xl.core.durasi import (
    PRODUCT_FACTOR,
    duration_hint,
    duration_with_note,
    is_time_unit,
    product_factor,
    same_time_unit,
    spaced_product,
    time_word,
)
from lkj_xl.core.durasi_persen import waktu_di_persen
from lkj_xl.core.number_error import NumberParseError, number_error
from lkj_xl.core.per_mil import is_per_mil, is_per_mil_satuan
from lkj_xl.core.satuan_dokumen import jenis_dokumen
from lkj_xl.core.ukuran import measure_conversion, measure_hint, measure_word, same_measure, square_metres

# Scale words, case-insensitive and without a trailing dot, mapped to (normalised name, factor).
_SCALE_WORDS: dict[str, tuple[str, int]] = {
    "ribu": ("ribu", 10**3),
    "rb": ("ribu", 10**3),
    "juta": ("juta", 10**6),
    "jt": ("juta", 10**6),
    "milyar": ("milyar", 10**9),
    "miliar": ("milyar", 10**9),
    "triliun": ("triliun", 10**12),
}
# "M" and "T" are miliar and triliun in money, but meter and ton elsewhere: read as a scale only
# where the amount is money (Anggaran, "Rp", a Satuan in rupiah), never guessed.
_MONEY_ABBREVIATIONS: dict[str, tuple[str, int]] = {
    "m": ("milyar", 10**9),
    "t": ("triliun", 10**12),
}
_MONEY_UNITS = frozenset({"rp", "rupiah", "idr"})
#: any scale word of an amount of money after its figure ("40 jt", "1,2 M", "5 ribu."), for patterns
MONEY_SCALE = rf"(?:{'|'.join(sorted(_SCALE_WORDS.keys() | _MONEY_ABBREVIATIONS.keys()))})\b\.?"
# What a misspelt word is compared with, for the suggestion in the message.
_KNOWN_WORDS = ("ribu", "juta", "miliar", "milyar", "triliun", "rupiah", "persen")


_PERCENT_UNITS = {"%", "persen", "persentase", "prosentase", "prosen", "presentase", "persentasi"}


@functools.lru_cache(maxsize=1024)  # called per indicator, a few Satuan per workbook
def is_percent_unit(satuan: str) -> bool:
    """A Satuan that is a percentage ("%", "Persen", "Persen (%)", "persentase")."""
    return "%" in satuan or bool(set(re.split(r"[^\w%]+", satuan.casefold())) & _PERCENT_UNITS)


@functools.lru_cache(maxsize=1024)  # called per figure written, a few Satuan per workbook
def only_percent(satuan: str) -> bool:
    """A Satuan that is a percentage and nothing more, however spelt ("%", "Persen (%)", "Persentase"):
    its figures are written with the sign ("85%"); "%/tahun" is not."""
    words = set(re.split(r"[^\w%]+", satuan.casefold())) - {""}
    return bool(words) and words <= _PERCENT_UNITS


# Satuan words of a rate, an index, a ratio, a score: a level at a moment, which a sum over the quarters
# does not mean (a count, an amount of rupiah are summed).
_LEVEL_UNITS = _PERCENT_UNITS | {"indeks", "index", "rasio", "ratio", "skor", "score"}


@functools.lru_cache(maxsize=1024)  # called per indicator, a few Satuan per workbook
def is_level_unit(satuan: str) -> bool:
    """A Satuan whose figures are levels, not amounts: "%", "Persen (%)", "Indeks", "Rasio", "Skor"."""
    return "%" in satuan or bool(set(re.split(r"[^\w%]+", satuan.casefold())) & _LEVEL_UNITS)


def _word_key(word: str) -> str:
    """A word as compared with the scale words and a Satuan: case-folded, without trailing dots."""
    return word.casefold().rstrip(".")


def split_glued_word(token: str) -> str | tuple[str, str]:
    """ "700jt" -> ("700", "jt") when the letters glued to the digits are a scale word; else the token."""
    for i, ch in enumerate(token):
        if ch.isalpha():
            word = token[i:]
            key = _word_key(word)
            if key in _SCALE_WORDS or key in _MONEY_ABBREVIATIONS:
                return token[:i], word
            return token
    return token


# A Satuan's word as staff abbreviate it after a figure ("40 dok", "sementara 40 dok", "40 org
# (sementara)"), or its full word where the Satuan is abbreviated (Satuan "Ha", "40 hektar"): one table,
# for a figure's unit here and a status text's in unit_checks.
UNIT_ABBREVIATIONS = {
    "dok": "dokumen",
    "keg": "kegiatan",
    "org": "orang",
    "bh": "buah",
    "pkt": "paket",
    "lap": "laporan",
    "x": "kali",
    "ha": "hektar",
    "hektare": "hektar",
    "km": "kilometer",
    "mm": "milimeter",
    "cm": "sentimeter",
    "centimeter": "sentimeter",
    "m²": "m2",
    "point": "poin",
    **satuan_sebutan.SINGKATAN,  # ("pkm": puskesmas, "kec", "ds", "skl", "jiwa": orang)
}
# A figure's unit reads every abbreviation but "x" (an "x" between digits is a multiplication, "2 x 50
# orang"); "2x" / "2 x" alone under a Satuan of times is read as "2 kali" (numbers._times_as_word); a status
# text's unit reads "x" too.
_FIGURE_ABBREVIATIONS = {short: word for short, word in UNIT_ABBREVIATIONS.items() if short != "x"}


def satuan_key(words: list[str] | str) -> str:
    """Words as compared with a Satuan: case-folded, without trailing dots, an abbreviated time unit or
    count read as its word ("thn": "tahun", "dok": "dokumen")."""
    if isinstance(words, str):
        words = words.split()
    keys = (time_word(_word_key(w)) for w in words if _word_key(w))  # ("thn": "tahun")
    return satuan_sebutan.frasa(" ".join(_FIGURE_ABBREVIATIONS.get(k, k) for k in keys))


# A slash between a Satuan's words ("Orang/Tahun"), spaced or not.
_SLASH = re.compile(r"\s*/\s*")
_SAMPAI = re.compile(r"\bs\s*/\s*d\b", re.IGNORECASE)  # "s/d", sampai dengan: no rate


def _unit_tokens(text: str) -> list[str]:
    """``text``'s words as typed, a slash its own word: "Orang/Tahun" -> ["Orang", "/", "Tahun"]."""
    return _SLASH.sub(" / ", text).split()


def _unit_key(token: str) -> str:
    """One word of :func:`_unit_tokens` as compared with a Satuan's: as :func:`satuan_key` reads it,
    "per" read as the slash ("orang per tahun" is "Orang/Tahun")."""
    key = satuan_key([token])
    return "/" if key == "per" else key


def _per_part(satuan: str) -> str:
    """What a rate's Satuan counts per, as written ("Tahun" of "Orang/Tahun", "100.000 KH" of "per
    100.000 KH"); "" for a Satuan without a slash or "per"."""
    tokens = [t for t in _unit_tokens(satuan) if _unit_key(t)]
    keys = [_unit_key(t) for t in tokens]
    return " ".join(tokens[keys.index("/") + 1 :]) if "/" in keys else ""


# A rate's Satuan as staff spell it either way: "KH" is "kelahiran hidup", a base "1000" is "1.000",
# "100 ribu" (or "100rb") is "100.000", "1 Juta" is "1.000.000".
_KELAHIRAN_HIDUP = re.compile(r"\bkelahiran\s+hidup\b", re.IGNORECASE)
_BASE_DOT = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_BASE_SCALE = re.compile(r"\b(\d+)\s*(ribu|rb|juta|jt)\b", re.IGNORECASE)


def _unit_spelling(text: str) -> str:
    """``text`` with "kelahiran hidup" as "KH", a base's thousands dots dropped ("per 100000 KH") and its
    scale word applied ("per 100 ribu KH": "per 100000 KH")."""
    text = _BASE_DOT.sub("", text)
    text = _BASE_SCALE.sub(lambda m: str(int(m[1]) * _SCALE_WORDS[m[2].casefold()][1]), text)
    return _KELAHIRAN_HIDUP.sub("KH", text)


def _same_unit(words: list[str], satuan: str) -> bool:
    """Words typed after a figure that spell the whole Satuan, however its words are joined ("orang per
    tahun", "orang / thn" under "Orang/Tahun"), a rate's spelt out ("per 100.000 kelahiran hidup" under
    "per 100.000 KH") and per mil however written ("per mil" under "‰")."""
    joined, satuan = _unit_spelling(" ".join(words)), _unit_spelling(satuan)
    if satuan_key(joined) == satuan_key(satuan) or (is_per_mil(joined) and is_per_mil_satuan(satuan)):
        return True
    if len(words) == 1 and same_time_unit(words[0], satuan):  # "9,2 th" under Satuan "Tahun"
        return True
    typed = [k for k in map(_unit_key, _unit_tokens(joined)) if k]
    if typed == [k for k in map(_unit_key, _unit_tokens(satuan)) if k]:
        return True
    # its abbreviation or initials, a word of one meaning, either of "Desa/Kelurahan", "km" of "Km jalan"
    if satuan_sebutan.sama(
        satuan_key(joined), satuan_key(satuan), singkat=satuan.rstrip().endswith("."), dikenal=_unit_word
    ):
        return True
    # a Satuan naming its abbreviation in brackets ("Kepala Keluarga (KK)"): either name (not a scale's
    # or a percentage's brackets, "Rp (juta)", "Persen (%)": read as such elsewhere)
    named = _BRACKETED.fullmatch(satuan.strip())
    if named is None or scaled_satuan(satuan) or is_money_unit(satuan) or is_percent_unit(satuan):
        return False
    return any(_same_unit(words, part) for part in named.groups())


_BRACKETED = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


def same_unit(word: str, satuan: str) -> bool:
    """One word glued to a figure ("12,5km", "3desa") names the Satuan as when typed after it, spaced
    (:func:`_same_unit`: "km" of "Km jalan", "desa" of "Desa/Kelurahan")."""
    return _same_unit([word], satuan)


def _unit_word(key: str) -> bool:
    """``key`` is a word of a unit, a scale, money or a percentage ("km", "jt", "kali", "orang"): never
    read as the first letters or initials of a Satuan's other word (satuan_sebutan)."""
    known = _SCALE_WORDS.keys() | _MONEY_ABBREVIATIONS.keys() | _MONEY_UNITS | _PERCENT_UNITS
    return key in known or key in UNIT_ABBREVIATIONS.values() or measure_word(key) or is_time_unit(key)


@functools.lru_cache(maxsize=1024)  # called per indicator (desimal_sipd), a few Satuan per workbook
def is_money_unit(satuan: str) -> bool:
    """A Satuan of rupiah ("Rp", "Rupiah", "Juta Rupiah"), a price too ("Rp/kg" as "Rp per kapita")."""
    return any(w in _MONEY_UNITS for w in re.split(r"[\s()/]+", satuan_key(satuan)))


# A Satuan's scale as staff name it: "Juta Rupiah", and "Jutaan Rupiah" or "(dalam ribuan rupiah)" too.
_SATUAN_SCALES = {
    **{word: factor for word, (_, factor) in _SCALE_WORDS.items()},
    **{f"{word}an": factor for word, (_, factor) in _SCALE_WORDS.items() if len(word) > 2},
}


@functools.lru_cache(maxsize=1024)
def scaled_satuan(satuan: str) -> bool:
    """A Satuan counting in a scale word ("Juta Rupiah", "Milyar Rp", "Jutaan Rupiah"): its figures are
    not whole amounts, so "Rp 250.000.000" beside "523,40" is another scale."""
    return any(w in _SATUAN_SCALES for w in re.split(r"[^\w]+", satuan_key(satuan)))


@functools.lru_cache(maxsize=1024)
def satuan_scale(satuan: str) -> int | None:
    """The factor of the one scale word a Satuan counts in ("Juta Rupiah", "Rp (juta)": 10**6; "Ribu
    Orang": 10**3); None for a Satuan naming none, or two ("Ribu Juta": which one is meant?). A scale
    after a rate's "/" or "per" is what it counts per ("Kasus per 1 Juta penduduk": 3 rb is 3.000)."""
    keys = [_unit_key(t) for t in _unit_tokens(satuan)]
    counted = " ".join(keys[: keys.index("/")] if "/" in keys else keys)
    factors = {_SATUAN_SCALES[w] for w in re.split(r"[^\w]+", counted) if w in _SATUAN_SCALES}
    return factors.pop() if len(factors) == 1 else None


def _misspelt(word: str) -> bool:
    """A word close to a scale word or "rupiah" / "persen" but none of them ("jutaa")."""
    key = _word_key(word)
    close = difflib.get_close_matches(key, _KNOWN_WORDS, n=1, cutoff=0.75)
    return bool(close) and close[0] != key


def _known_unit(word: str) -> str | None:
    """The full word of a count's unit staff abbreviate ("keg": "kegiatan", "kegiatan" itself); None for
    any other word."""
    key = _FIGURE_ABBREVIATIONS.get(_word_key(word), _word_key(word))  # ("x": round 29's own galat)
    known = key in UNIT_ABBREVIATIONS.values() or satuan_sebutan.penggolong(key)  # ("kali", "unit", "set")
    return key if known else None


def _rupiah_word(word: str) -> str | None:
    return "rupiah" if satuan_key(word) in _MONEY_UNITS else None


def known_unit_word(word: str) -> bool:
    """Whether ``word`` is a unit's (a count's, "orang", "keg", a time's or a measure's), no note's."""
    return bool(is_time_unit(word) or _known_unit(word) or measure_word(word))


def _after_figure(text: str, words: list[str], satuan: str | None) -> str:
    """Why text after a figure is refused: "1 × 24 jam" under a time Satuan is told the product to type
    (never its first factor); else the text is named."""
    return duration_hint(text, satuan or "") or f"tidak valid: ada teks '{' '.join(words)}' setelah angka"


# A count typed as a product ("2 x 50 orang"): its first factor is no figure to offer
_PRODUCT = re.compile(rf"\s*{PRODUCT_FACTOR}\s*[x×]\s*{PRODUCT_FACTOR}((?:\s+[^\W\d_]+)*)\s*", re.IGNORECASE)


def _product_said(text: str, satuan: str | None) -> str:
    """Why "2 x 50 orang" is not read, naming its product as the figure to type should it be the one
    meant, in any cell (a Target too); "" for any other text. A product in another unit than the
    Satuan ("1 x 24 jam" under %) is said so, its product offered as no figure of the Satuan."""
    match = _PRODUCT.fullmatch(spaced_product(text))  # ("1x24jam" as "1 x 24 jam")
    if match is None:
        return ""
    words, unit = match[3].split(), (satuan or "").strip()
    if words and unit and _other_unit(words, unit):
        return (
            f"tidak valid: ditulis sebagai perkalian dalam {words[0]} ({' '.join(text.split())}), bukan dalam "
            f"Satuan indikator ('{unit}'); angka tidak dibaca. Hitung dulu angkanya dalam Satuan indikator "
            f"('{unit}'), lalu tulis angka itu saja (catatannya, bila perlu, di kolom Keterangan)"
        )
    # (rounded to the four decimals shown first: 0,99999 is 1, never "0,")
    whole, part = divmod(round(product_factor(match[1]) * product_factor(match[2]), 4), 1)
    shown = f"{whole:,}".replace(",", ".") + (
        f"{float(part):.4f}"[1:].rstrip("0").replace(".", ",") if part else ""
    )
    return (
        f"tidak valid: ditulis sebagai perkalian ({match[1]} x {match[2]} = {shown}); angka tidak dibaca. Bila "
        f"{shown} yang dimaksud, tulis angka itu saja (catatannya, bila perlu, di kolom Keterangan)"
    )


def _other_unit(words: list[str], satuan: str) -> bool:
    """The words after a product name a known unit that is not the Satuan's ("jam" under %): its
    product is no figure of the Satuan. The Satuan's own unit however spelt ("kg" under "Kilogram",
    "KK" under "Kepala Keluarga (KK)"), or a word of it ("jam" under "Jam/Hari"), is not another."""
    if not (is_time_unit(words[0]) or _known_unit(words[0]) or measure_word(words[0])):
        return False
    if _unit_key(words[0]) in map(_unit_key, _unit_tokens(satuan)):
        return False
    return not (_same_unit(words, satuan) or same_measure(words[0], satuan))


def _unknown_word(text: str, word: str, satuan: str | None, money: bool) -> NumberParseError:
    """The message for a word that is neither a scale word nor the expected unit, with a suggestion."""
    if not money and satuan and (why := duration_hint(text, satuan) or measure_hint(text, satuan)):
        return number_error(text, why)  # "90 menit" for Satuan "jam", "12.500 meter" for "km"
    if not money and satuan and (why := waktu_di_persen(text, satuan, is_percent_unit(satuan))):
        return number_error(text, why)  # "12 menit" under %: never "tulis angkanya saja (12)", 12 %
    if not money and (why := _product_said(text, satuan)):
        return number_error(text, why)
    close = difflib.get_close_matches(_word_key(word), _KNOWN_WORDS, n=1, cutoff=0.75)
    # (a known word in the wrong place, "10 rupiah" for Satuan "unit", is not offered as its own fix)
    hint = f" (maksud Anda '{close[0]}'?)" if close and close[0] != _word_key(word) else ""
    if money:
        where = "pada nilai rupiah"
    # (money after a count's figure too, "12 Rp" under Unit: never "tulis angkanya saja (12)", 12 unit)
    elif (
        satuan and satuan.strip() and (unit := _known_unit(word) or measure_word(word) or _rupiah_word(word))
    ):
        # ("40 keg" under Dokumen, "20 ton" under %: a known unit, another one; "tidak dikenal" would be
        # untrue, "tulis angkanya saja" a wrong figure; with the Satuan blank, "Satuan kosong" below helps)
        # (the word spelt out when abbreviated, "'keg' (kegiatan)", never "'kali' (kali)")
        named = f" ({unit})" if isinstance(unit, str) and unit != _word_key(word) else ""
        return number_error(
            text,
            f"tidak valid: kata '{word}'{named} tidak sesuai Satuan indikator ('{satuan.strip()}'); angka "
            f"tidak dibaca. Bila satuannya memang berbeda, hitung dulu angkanya dalam Satuan indikator "
            f"('{satuan.strip()}'), lalu tulis angka itu saja (catatannya, bila perlu, di kolom Keterangan)",
        )
    elif satuan is not None:
        where = f"dan tidak sesuai Satuan indikator ('{satuan}')" if satuan.strip() else "dan Satuan kosong"
    else:
        where = ""
    where = f" {where}" if where else ""
    scales = "ribu/rb, juta/jt, miliar/M atau triliun/T" if money else "ribu/rb, juta/jt, miliar atau triliun"
    todo = f"Tulis skala dengan {scales}"
    if not hint and not money and satuan is not None:
        # a note typed after an indicator's figure ("4 koperasi" under Satuan %), no scale word meant
        number = text.strip().split(word, 1)[0].strip()
        todo = (
            f"Tulis angkanya saja ({number}) dan catatannya di kolom Keterangan; sesudah angka hanya boleh "
            f"Satuan indikator atau skala ({scales})"
        )
        if any(ch.isdigit() for ch in text.split(word, 1)[1]):  # "3 SD, 2 SMP": which figure is unknown
            # (no sum advised: "7 buah, 2 rusak" is no 9, "10 desa 3 kecamatan" no 13)
            todo = (
                "Tulis satu angka saja, yang diukur indikator dalam Satuannya, dan rinciannya di kolom "
                f"Keterangan; sesudah angka hanya boleh Satuan indikator atau skala ({scales})"
            )
        elif _per_part(satuan):  # ("90 menit" under Jam/Hari: typed bare, 90 jam a day)
            todo = (
                f"Tulis angkanya saja ({number}) bila angka itu sudah dalam Satuan indikator ('{satuan.strip()}'); "
                "bila satuannya berbeda, hitung dulu angkanya dalam Satuan indikator. Catatannya, bila perlu, "
                "di kolom Keterangan"
            )
    return number_error(
        text, f"tidak valid: kata '{word}' tidak dikenal{where}{hint}; angka tidak dibaca. {todo}"
    )


def _beside_satuan(text: str, words: list[str], satuan: str | None) -> NumberParseError | None:
    """The error for words that are the Satuan and more ("3 hari kerja", "3 orang peserta" under Satuan
    "hari", "orang"; the Satuan typed its own way, "68,2 poin (sementara)" under Indeks) or only a part
    of it ("3 hari" under "Hari Kerja"), naming the words really out of place; None for other words. Not read: what follows the Satuan may change what the figure counts
    ("5 dokumen belum selesai"), and "hari" alone may be calendar days where working days are counted."""
    if satuan is None or not satuan.strip() or not words or duration_hint(text, satuan):
        return None  # ("8 tahun 6 bulan": a duration, said in the Satuan by _unknown_word)
    if noted := duration_with_note(text, satuan):
        return number_error(text, noted)  # ("8 tahun 6 bulan (5%)": 8,5, never "Tulis angkanya saja (8)")
    # compared word by word, a slash a word of its own ("5 orang" under "Orang/Tahun" is part of it)
    wanted = [k for k in map(_unit_key, _unit_tokens(satuan)) if k]
    typed = [(t, k) for t in _unit_tokens(" ".join(words)) if (k := _unit_key(t))]
    keys = [k for _, k in typed]
    for n in range(len(typed) - 1, 0, -1):  # (the Satuan typed its own way too: "68,2 poin (sementara)")
        if keys[:n] == wanted or _same_unit([t for t, _ in typed[:n]], satuan):
            extra = _SLASH.sub("/", " ".join(t for t, _ in typed[n:]))  # ("/tahun", as typed)
            why = f"ada kata '{extra}' sesudah Satuan indikator ('{satuan.strip()}')"
            break
    else:
        scale = any(_word_key(w) in _SCALE_WORDS or _word_key(w) in _MONEY_ABBREVIATIONS for w in words)
        if scale or len(keys) >= len(wanted) or keys != wanted[: len(keys)]:  # ("523 juta": a scale, read)
            return None
        why = f"'{' '.join(words)}' hanya sebagian Satuan indikator ('{satuan.strip()}')"
        if per := _per_part(satuan):
            # (a rate's Satuan: "30 kunjungan" may be the quarter's total, not 30 a day)
            number = text.strip().split(words[0], 1)[0].strip()
            return number_error(
                text,
                f"tidak valid: {why}; angka tidak dibaca. Tulis angkanya saja ({number}) bila angka itu sudah "
                f"per {per}; bila belum (mis. jumlah seluruhnya), hitung dulu angkanya per {per}, lalu tulis "
                "angka itu saja",
            )
    number = text.strip().split(words[0], 1)[0].strip()
    return number_error(
        text,
        f"tidak valid: {why}; angka tidak dibaca. Tulis angkanya saja ({number}) dan catatannya, bila perlu, "
        "di kolom Keterangan",
    )


def _other_rate(text: str, words: list[str], satuan: str | None) -> NumberParseError | None:
    """The error for words that are a rate other than the Satuan ("ton/ha" under "Kw/Ha", "orang per
    bulan" under "Orang/Tahun", "per 100.000 KH" under "per 1.000 KH"); None for other words. Not read,
    and not told to be typed bare either: 5,2 ton/ha typed as 5,2 under Kw/Ha is read as 5,2 kw/ha (it
    is 52), 85 per 100.000 KH under per 1.000 KH is 0,85."""
    if satuan is None or not satuan.strip() or duration_hint(text, satuan):
        return None
    joined = " ".join(words)
    if _SAMPAI.search(joined) or "/" not in (_unit_key(t) for t in _unit_tokens(joined)):
        return None  # ("80 s/d 85": a range, said as such by the cell's reader)
    if any(_misspelt(t) for t in _unit_tokens(joined)):
        return None  # ("5 jutaa orang/tahun": the word it probably meant, by _unknown_word)
    typed = _SLASH.sub("/", joined)
    said = f"tidak valid: '{typed}' tidak sama dengan Satuan indikator ('{satuan.strip()}'); angka tidak dibaca. "
    if conversion := measure_conversion(_SLASH.sub("/", text), satuan):  # ("58 ku/ha" under ton/ha: 5,8)
        return number_error(text, f"{said}Dalam Satuan indikator: {conversion}")
    return number_error(
        text,
        f"{said}Bila satuannya memang berbeda, hitung dulu angkanya dalam Satuan indikator "
        f"('{satuan.strip()}'), lalu tulis angka itu saja (catatannya, bila perlu, di kolom Keterangan)",
    )


_FOOTNOTE_MARK = re.compile(r"\s*\*+$")


def read_words(
    text: str, words: list[str], *, satuan: str | None, money: bool
) -> tuple[str | None, int, str]:
    """(scale word, factor, unit) from the words after the number; raise rather than ignore one."""
    if not words:
        return None, 1, ""
    # A Satuan that is a sign ("‰") typed after the number is its unit, as a spelled Satuan is below
    # ("‰" under Satuan "per mil" too: one unit).
    if (
        satuan is not None
        and not words[0][0].isalpha()
        and (words == satuan.split() or _same_unit(words, satuan))
    ):
        return None, 1, " ".join(words)
    per_mil = _FOOTNOTE_MARK.sub("", " ".join(words))  # ("25 ‰ *": the mark hides no unit)
    if satuan is not None and is_percent_unit(satuan) and is_per_mil(per_mil):
        # (said "ada teks '‰'": dropped, 25 ‰ would be read 25 %, ten times the rate)
        raise number_error(
            text,
            f"tidak valid: '{per_mil}' (per mil) tidak sama dengan Satuan indikator ('{satuan.strip()}'); "
            "angka tidak dibaca. Tulis angkanya dalam persen, yaitu angka per mil dibagi 10 (25 ‰ = 2,5 %), "
            "atau ubah Satuan, target dan realisasinya menjadi ‰",
        )
    if not words[0][0].isalpha():
        raise number_error(text, _after_figure(text, words, satuan))
    if any("%" in w for w in words):
        if re.search(r"\d\s*%", " ".join(words)):
            # a second figure with its own % ("1.210,75 km (73,40%)", a road's length and its share):
            # the words named, as any after the Satuan or the figure, never "% must follow the figure"
            raise _beside_satuan(text, words, satuan) or number_error(
                text, _after_figure(text, words, satuan)
            )
        raise number_error(text, "tidak valid: tanda persen (%) harus langsung setelah angka")
    # Words that spell the indicator's whole Satuan are its unit ("5 M" for Satuan "M", "523 juta
    # rupiah" for Satuan "Juta Rupiah"): the Satuan decides.
    if satuan is not None and satuan.strip() and _same_unit(words, satuan):
        return None, 1, " ".join(words)
    if error := _beside_satuan(text, words, satuan):  # "3 hari kerja" under Satuan "hari"
        raise error
    first = _word_key(words[0])
    scale: tuple[str, int] | None = _SCALE_WORDS.get(first)
    if scale is None and first in _MONEY_ABBREVIATIONS:
        if money or (satuan is not None and is_money_unit(satuan)):
            scale = _MONEY_ABBREVIATIONS[first]
        elif satuan is not None and (meter := measure_conversion(text, satuan)):
            # "12.500 m" under Satuan km: still not read (a slip of "12.500 km"?), but the meters named;
            # never "miliar" beside a Satuan of length, which no amount is (tampilan57)
            raise number_error(
                text,
                f"tidak dibaca: '{words[0]}' di sini meter, padahal Satuan indikator '{satuan.strip()}' "
                f"(atau salah ketik {satuan.strip().rstrip('. ')}?); bila meter: {meter}",
            )
        elif satuan is not None and (square := square_metres(text, satuan)):
            raise number_error(  # "5 M" under Satuan Ha: no unit of an area, never "miliar" (tampilan58)
                text,
                f"tidak dibaca: '{words[0]}' bukan satuan luas, padahal Satuan indikator '{satuan.strip()}' "
                f"(atau salah ketik {satuan.strip().rstrip('. ')}?); bila meter persegi: {square}",
            )
        elif satuan is not None and len(words) == 1 and same_measure(words[0], satuan):
            return None, 1, words[0]  # "12.500 m" under Satuan Meter: its own unit
        else:
            meaning = "miliar atau meter" if first == "m" else "triliun atau ton"
            raise number_error(
                text,
                f"ambigu: '{words[0]}' bisa berarti {meaning}; tulis kata skalanya lengkap "
                f"({'miliar' if first == 'm' else 'triliun'}) atau satuan yang sama dengan kolom Satuan",
            )
    rest = words[1:] if scale is not None else words
    name, factor = scale if scale is not None else (None, 1)
    if scale and rest and satuan and satuan_scale(satuan) is None and _same_unit(rest, satuan):
        return name, factor, " ".join(rest)  # ("4,5 rb per 1 juta penduduk": the rate's juta, no scale)
    return name, factor, _unit_words(text, rest, satuan, money=money, scaled=scale is not None)


def _unit_words(text: str, rest: list[str], satuan: str | None, *, money: bool, scaled: bool) -> str:
    """The unit the words after the number and its scale word spell ("" for none), when the Satuan
    (or, for ``money``, rupiah) allows it; raise for a second scale word or a word no unit knows."""
    _refuse_second_scale(text, rest, satuan, money)
    if not rest:
        return ""
    unit = " ".join(rest)
    if money:
        if satuan_key(rest) in _MONEY_UNITS:
            return unit
        raise _unknown_word(text, rest[0], satuan, money)
    if satuan is not None:
        if satuan.strip() and (_same_unit(rest, satuan) or same_measure(unit, satuan)):
            return unit  # ("58 kw/ha" under "Kuintal/Ha": one unit spelt otherwise)
        if _rupiah_of(rest, satuan, scaled=scaled) or jenis_dokumen(rest, satuan):  # ("301 izin": dokumen)
            return unit
        raise (
            _beside_satuan(text, rest, satuan)
            or _other_rate(text, rest, satuan)
            or _no_abbreviation(text, rest, satuan)
            or _unknown_word(text, rest[0], satuan, money)
        )
    # No context: a unit word is kept (and returned), but a misspelt scale word is not a unit.
    for w in rest:
        if difflib.get_close_matches(_word_key(w), _KNOWN_WORDS[:5], n=1, cutoff=0.75):
            raise _unknown_word(text, w, satuan, money)
    return unit


def _no_abbreviation(text: str, words: list[str], satuan: str) -> NumberParseError | None:
    """The error for words that look like the Satuan's abbreviation or initials but are a word of their
    own or other words ("5 pos" under Posyandu, "5 perangkat desa" under PD: satuan_sebutan)."""
    number = text.strip().split(words[0], 1)[0].strip()
    shown = (" ".join(words), satuan.strip())
    said = satuan_sebutan.bukan_singkatan(satuan_key(words), satuan_key(satuan), shown, number)
    return number_error(text, said) if said else None


def _refuse_second_scale(text: str, rest: list[str], satuan: str | None, money: bool) -> None:
    """Raise at a scale word among the words after a figure's own (:func:`_second_scale`); a product in
    metres is told as a product ("2 x 50 m" under meter: 100, its m no M of miliar)."""
    if not _second_scale(rest, satuan):
        return
    if _metres_product(rest, satuan, money) and (why := _product_said(text, satuan)):
        raise number_error(text, why)
    raise number_error(text, "tidak valid: kata skala (ribu/juta/milyar/triliun) ganda atau salah tempat")


def _metres_product(rest: list[str], satuan: str | None, money: bool) -> bool:
    """The "m" after a product ("2 x 50 m") is metres, no scale word: no other scale word typed, and no
    money, where M is miliar ("2 x 50 M" of Rp is 100 M, never 100)."""
    keys = [_word_key(w) for w in rest]
    no_money = not money and not (satuan and is_money_unit(satuan))
    return no_money and "m" in keys and not any(k in _SCALE_WORDS for k in keys)


def _second_scale(rest: list[str], satuan: str | None) -> bool:
    """A scale word among the words after a figure's own: a second scale, or one out of place; not a
    rate's base after its digits ("per 10 ribu KH" under a Satuan: another rate, said by _other_rate)."""
    per = next((i for i, w in enumerate(rest) if _unit_key(w) == "/" or w.startswith("/")), len(rest))
    based = [w for i, w in enumerate(rest) if not (i > per and satuan and rest[i - 1][-1:].isdigit())]
    return any(_word_key(w) in _SCALE_WORDS or _word_key(w) in _MONEY_ABBREVIATIONS for w in based)


def _rupiah_of(words: list[str], satuan: str, *, scaled: bool) -> bool:
    """``words`` ("rupiah", "Rp") are the money a Satuan of rupiah counts: the word "Rp" abbreviates, or
    under a Satuan naming a scale ("Juta Rupiah") after a scale word only (``scaled``): "523 rupiah"
    there is another scale, "1,2 milyar rupiah" is 1.200, read in its units by parse_number."""
    if satuan_key(words) not in _MONEY_UNITS or not is_money_unit(satuan):
        return False
    return not scaled_satuan(satuan) or (scaled and satuan_scale(satuan) is not None)


def scale_factor(word: str) -> int:
    """The multiplier of a normalised scale word ("juta" -> 1_000_000)."""
    return _SCALE_WORDS[word.casefold()][1]
