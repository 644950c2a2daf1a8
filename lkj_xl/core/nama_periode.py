"""The words of the calendar as staff type them, kept once for every reader: the months (Indonesian,
their old spellings Pebruari and Nopember, abbreviations "Agt", "Sept", English "August" from a PC set
to English), the quarter of a month, the quarter and half-year words ("Triwulan", "TW", "Trw", "Triw";
"Semester", "Smt", "Sem") and their numerals ("II", "2"). Dates, spending columns, Keterangan notes,
the Narasi, file names and status texts read the same words (test_nama_periode_pins keeps what each read
before, test_nama_periode_union that each reads them all); so do Analisis figures, indicator names, column
titles, rekap folder and file names and Satuan (test_nama_periode_pins_kata, test_nama_periode_union_kata),
a number "ke-2" or "Kedua" and "di" joined in a text ("ditriwulan I"). Pure: the standard library only."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# The months as Babel's id_ID names them (its "MMMM"), kept here so that a date in a title or a finding
# does not load babel.dates and its locale data on every build.
BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# The months' own names, as a regex group (no abbreviation: a Narasi's "pada Mar" is no date).
NAMA_BULAN = f"(?:{'|'.join(BULAN)})"

# Each month's words in lower case: its name, the old spelling, abbreviations, the English name.
_SPELLINGS = (
    "januari january jan",
    "februari pebruari february feb peb",
    "maret march mar",
    "april apr",
    "mei may",
    "juni june jun",
    "juli july jul",
    "agustus august agu agt ags agus agst agust aug",
    "september sep sept",
    "oktober october okt oct",
    "november nopember nov nop",
    "desember december des dec",
)
MONTHS: dict[str, int] = {
    word: number for number, words in enumerate(_SPELLINGS, start=1) for word in words.split()
}
# The months' own names (lower case); every other word of MONTHS is spelt otherwise.
NAMES = frozenset(name.casefold() for name in BULAN)


def month_number(word: str) -> int | None:
    """The month a word names as staff write it ("Juni", "jun", "June", "Nopember", "Agt."); None otherwise."""
    return MONTHS.get(word.casefold().rstrip("."))


# Spellings of a month that are as common a given name: "Agus" names a month only where a date is plain
# around it (:func:`month_at`), never alone ("verifikasi Pak Agus", "Revisi 2 Agus" saved by Agus).
GIVEN_NAMES = frozenset({"agus"})
_YEAR = re.compile(r"(?:19|20)\d\d")

# A person's titles as staff type them before a name, with or without a dot ("Ibu Mei", "Bu Juni", "Pak
# Des", "Sdri. Mar'atus", "Hj. Juli"): a month's word right after one is the person's name (narasi51; the
# Narasi's plans read a title's dot as no sentence's end).
TITLES = frozenset(
    {"ibu", "bu", "bapak", "pak", "bp", "bpk", "sdr", "sdri", "sdra", "saudara", "saudari", "dr", "drs"}
    | {"ir", "h", "hj", "ny", "nn", "tn", "mas", "mbak"}
)
# A month's name before a capitalised word in a text is a person's ("pada Juli Astuti", "oleh Ibu Mei
# Rahayu"): a negative lookahead to write after the month's word. Not before the words of a sentence that
# staff capitalise as a title is ("Mei Tahun 2025", "pada Mei Di Kec. Pasirian", "Juni Oleh Bidang UKM").
_SENTENCE_WORDS = (
    "tahun|thn|ta|tanggal|tgl|bulan|di|ke|dari|oleh|dan|serta|atau|yang|bertempat|sampai|hingga|untuk"
    "|dengan|dalam|pada|bersama|kepada|melalui|bagi|sebagai|secara|sebanyak|sebesar|lalu|ini|itu|tersebut"
    "|namun|sehingga|karena|sedangkan|telah|sudah|akan|mendatang|berikutnya|kec|kecamatan|kab|kabupaten"
    "|kel|kelurahan|desa|kota|prov|provinsi"
)
# (nor before another month's name: "Mei Juni 2025" lists two months)
NOT_A_NAME = rf"(?!\s+(?!(?i:{_SENTENCE_WORDS}|{'|'.join(BULAN)})\b)(?-i:[A-Z][a-z]))"
_NAME_AFTER = re.compile(rf"(?!{NOT_A_NAME})")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_DATED = frozenset({"bulan", "bln"})


def month_at(words: Sequence[str], at: int, before: Collection[str] = (), *, day: bool = False) -> int | None:
    """The month ``words[at]`` names (``words``: lower case, letters or digits each, "s.d. 31 Agus 2025"
    as s, d, 31, agus, 2025); None for none. A spelling that is also a given name (GIVEN_NAMES) only
    before a year ("Agus 2025"), after one of ``before`` ("s.d. Agus": "d") or, with ``day``, after a
    day ("31 Agus"). Never right after a person's title (TITLES: "verifikasi Ibu Mei", "Pak Des")."""
    word = words[at]
    month = MONTHS.get(word)
    prior = words[at - 1] if at else ""
    if month is None or prior in TITLES:
        return None
    if word not in GIVEN_NAMES:
        return month
    dated = prior in before or day and prior.isdecimal() and 1 <= int(prior) <= 31
    year = at + 1 < len(words) and _YEAR.fullmatch(words[at + 1]) is not None
    return month if dated or year else None


def months_in(text: str, before: Collection[str] = (), *, day: bool = False) -> list[int]:
    """The months ``text`` names, in order, as :func:`month_at` reads each word (``before``, ``day``:
    its context), but a month's word before a capitalised name word, with no date before it, is a
    person's ("verifikasi Mei Rahayu", "diverifikasi Juni Astuti"; :data:`NOT_A_NAME`): not before a
    year, "Tahun", another month or a word of the sentence ("Mei 2025", "Mei Tahun 2025", "Mei Juni
    2025"), nor after ``before``, "bulan" or a day ("s.d. Mei", "bulan Mei", "31 Mei")."""
    found = list(_WORD.finditer(text))
    words = [m.group().casefold() for m in found]
    months = []
    for at, m in enumerate(found):
        if (month := month_at(words, at, before, day=day)) is None:
            continue
        prior = words[at - 1] if at else ""
        dated = prior in before or prior in _DATED or day and prior.isdigit()
        if dated or not _NAME_AFTER.match(text, m.end()):
            months.append(month)
    return months


def month_quarter(month: int) -> int:
    """The quarter (1-4) a month (1-12) is in: Juni 2, Agustus 3."""
    return (month - 1) // 3 + 1


def month_words(*months: int) -> list[str]:
    """The words of ``months`` (all when none are given), longest first, as a regex alternation wants
    them ("sept" before "sep")."""
    return sorted((w for w, m in MONTHS.items() if not months or m in months), key=len, reverse=True)


def month_pattern(*months: int) -> str:
    """A regex group of the words of ``months`` (all when none are given), lower case."""
    return f"(?:{'|'.join(month_words(*months))})"


# The last month of each quarter's words: "Juni", "Jun", "June" -> 2 (a running total "s.d. Juni").
QUARTER_END_MONTHS: dict[str, int] = {w: m // 3 for w, m in MONTHS.items() if m % 3 == 0}

ROMAN = ("I", "II", "III", "IV")  # quarters are written Triwulan I..IV
# A quarter's numeral as typed after its word: Roman (lower case) or a digit.
QUARTER_NUMERALS: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
HALF_NUMERALS: dict[str, int] = {"i": 1, "ii": 2, "1": 1, "2": 2}
NUMERAL = r"(?:iv|iii|ii|i|[1-4])"  # (longest first)
# The number in words ("Triwulan Kedua", "Semester Pertama"; "ke-2" is read as 2).
ORDINALS: dict[str, int] = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2}
ORDINALS |= {"ketiga": 3, "tiga": 3, "keempat": 4, "empat": 4}
# A half year's number, in numerals or words ("Semester II", "Semester Kedua").
HALF_NAMES: dict[str, int] = HALF_NUMERALS | {word: n for word, n in ORDINALS.items() if n <= 2}

# The words before a quarter's numeral ("Triwulan II", "TW 2", "Trw II", "Triw. II") and a half year's
# ("Semester I", "Smt 2", "Sem. II").
QUARTER_WORDS = ("triwulan", "triw", "trw", "tw")
HALF_WORDS = ("semester", "smt", "sem")
# As a regex, the word whole (atomic: "Triwulan IV" is never "Triw" before "ulan IV"). "Sem" only before
# a space, dot, dash or digit, or ending the text ("Dokumen/Sem", "dokumen per Sem", as "Smt" there):
# "Semi", "Semua", "Semarang", "sembako" name no half year.
QUARTER_WORD = f"(?>{'|'.join(QUARTER_WORDS)})"
HALF_WORD = r"(?>semester|smt|sem(?=[\s.\d-]|$))"
# A quarter's (half year's) number after its word, as headers and folder names write it: "II", "2",
# "ke-2", "Kedua" ("ke" and a dash, a space or nothing before the number; the number in words as an
# ordinal only: "Triwulan Dua" is read in Pengaturan alone).
KE = r"(?:ke[\s_-]*)?"
# Between the word and its number: a dot, a dash, spaces, or nothing ("TW. II", "TW-II", "TWII").
SEP = r"\s*[.-]?\s*"
ORDINAL = "(?:pertama|kesatu|kedua|ketiga|keempat)"
QUARTER_NUMBER = rf"{KE}(?:{NUMERAL}|{ORDINAL})"
HALF_NUMBER = rf"{KE}(?:ii|i|[12]|pertama|kesatu|kedua)"


def number_of(typed: str) -> int | None:
    """The quarter (half year) a number after its word names: "II", "2", "ke-2", "ke 2", "Kedua" -> 2;
    None for another ("V", "Kelima")."""
    key = typed.casefold().strip(" ._-")
    if key in ORDINALS:
        return ORDINALS[key]
    key = re.sub(r"^ke[\s_-]*", "", key)
    return QUARTER_NUMERALS.get(key, ORDINALS.get(key))


def number_named(typed: str) -> int:
    """:func:`number_of` a number matched by QUARTER_NUMBER or HALF_NUMBER (which always names one)."""
    number = number_of(typed)
    if number is None:
        raise ValueError(f"no quarter's number: {typed!r}")
    return number


# A title's word of a quarter or half year with its number joined ("twii", "smt2"; "sem" only with a
# digit: "semi" is a word of its own) or its number as "ke 2", "ke2", an ordinal ("kedua").
_JOINED = re.compile(rf"(?:({'|'.join((*QUARTER_WORDS, 'semester', 'smt'))})({NUMERAL})|(sem)([1-4]))")
_NUMBER_WORD = re.compile(rf"ke[1-4]|{ORDINAL}")
_PERIOD_WORDS = frozenset((*QUARTER_WORDS, *HALF_WORDS))


def numbered_words(words: Sequence[str]) -> list[str]:
    """A title's words (lower case, each letters or digits: "realisasi", "tw", "ii") with each quarter's
    or half year's number as a word of its own after its word: "twii" -> "tw", "ii"; "tw", "ke", "2" ->
    "tw", "2"; "triwulan", "kedua" -> "triwulan", "2"."""
    out: list[str] = []
    for at, word in enumerate(words):
        after_word = bool(out) and out[-1] in _PERIOD_WORDS
        if joined := _JOINED.fullmatch(word):
            out += [part for part in joined.groups() if part]
        elif after_word and word == "ke" and at + 1 < len(words) and words[at + 1] in QUARTER_NUMERALS:
            continue  # "ke 2": its number follows
        elif after_word and _NUMBER_WORD.fullmatch(word):
            out.append(str(number_named(word)))
        else:
            out.append(word)
    return out


# "di" typed against a period's word ("ditriwulan I", "ditw II", "disemester I", "ditriwulan ini": "di
# triwulan" joined by mistake, as staff often join "di"), the word ending there or at its numeral; never
# "ditwitter", "disemprot", "ditriwulankan".
_DI_JOINED = re.compile(
    rf"\b(di)(?=(?:{'|'.join((*QUARTER_WORDS, *HALF_WORDS))})(?:[\s.\d-]|(?:iv|iii|ii|i)\b|$))", re.IGNORECASE
)


def di_pisah(teks: str) -> str:
    """``teks`` with "di" joined to a period's word split off, as every reader of periods in a text
    reads it: "telah dilaksanakan ditriwulan I" -> "telah dilaksanakan di triwulan I"."""
    return _DI_JOINED.sub(r"\1 ", teks)


# (narasi57) a dot typed between a period's word and its number ("TW. II", "Tw.II", "Trw. II", "Smt. I"):
# no sentence's end, the undotted period's words ("TW II"); (narasi58) before a number in words it is one
# ("dilaksanakan setiap triwulan. Kedua, capaian ...": an ordinal opening the next sentence), read as a
# semicolon, which no separator between a period's word and its number bridges (SEP takes a dot)
_TITIK = re.compile(rf"\b({QUARTER_WORD}|{HALF_WORD})\s*\.\s*(?=(?:{KE}{NUMERAL})\b)", re.IGNORECASE)
_TITIK_AKHIR = re.compile(rf"\b({QUARTER_WORD}|{HALF_WORD})\s*\.(?=\s*{ORDINAL}\b)", re.IGNORECASE)


def tanpa_titik(teks: str) -> str:
    """``teks`` with the dot between a period's word and its number left out, as the Analisis figures
    and the Narasi's periods read it: "s.d. TW. II sebesar 48%" -> "s.d. TW II sebesar 48%"; a dot before
    an ordinal word ends the sentence: "setiap triwulan. Kedua, ..." -> "setiap triwulan; Kedua, ..."."""
    return _TITIK.sub(r"\1 ", _TITIK_AKHIR.sub(r"\1;", teks))
