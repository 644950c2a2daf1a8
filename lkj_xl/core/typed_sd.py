"""A quarter's realisation typed up to it with a note that says so ("46,6% (s.d. Juni)", "Rp 522.750.000
(kumulatif)", "s.d. Juni 46,6%"), beside a quarter before it with a figure: a half year's report, whose
staff copy the figure s.d. June from e-Monev into TW II.

The cell is not read either way (a word after the number is a galat; before it, a status). But the
advice it got, "tulis angkanya saja (46,6%)", counts TW I twice once followed: Kumulatif sums the
quarters (22,5 + 46,6 = 69,1 of 95, 72,74 % Sedang instead of 49,05 % Sangat Rendah), and so does every
Anggaran row. So the galat says the quarter's own share to type (46,6 - 22,5 = 24,1). A Rata-rata
indicator's quarter typed as the mean up to it ("57,7 (s.d. Desember)", "(rata-rata setahun)") names the
figure whose mean with the quarters before is the one typed (3 x 57,7 - (55,2 + 57,8) = 60,1). A Nilai
Akhir indicator, or a quarter with nothing before it, keeps its advice: the figure is the quarter's.
A half year's figure is its own two quarters' ("Semester I: 46,6%" in TW II; "Semester II: 48,4%" in TW
IV, less TW III alone); a note up to a month or quarter of another ("s.d. Maret", "s.d. TW I" in TW II) names none and says so,
and a figure below the quarters before is said to disagree with them, as is a mean whose own figure
would be below zero where none is, or of a Satuan that cannot be (Ton, not % or an index). A quarter up
to it with nothing before it is its own figure, counted so by the next quarter typed up to it ("s.d.
Maret 5" then "12 (s.d. Juni)": 12 - 5). A quarter before holding its figure in a status text ("belum
final, sementara 40") must be typed first; a total that says not of what ("Total 50") is given both
readings. In three steps: classify each quarter's typing (_typed), derive each one's own share in order
(_shares), word the advice (_advice). tests/test_typed_sd_followed.py follows every advice. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.grids import DataRow
from lkj_xl.core.model import GALAT, PERINGATAN, Finding, Value
from lkj_xl.core.nama_periode import (
    HALF_WORD,
    QUARTER_NUMBER,
    QUARTER_WORD,
    SEP,
    month_pattern,
    month_quarter,
    months_in,
    number_named,
)
from lkj_xl.core.number_notes import change_typed
from lkj_xl.core.number_words import is_level_unit
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.pasted import keterangan_kolom
from lkj_xl.core.spending_status import figure_to_type as _whole
from lkj_xl.core.spending_status import spending_figure_meant
from lkj_xl.core.spending_status import sum_to_type as _rupiah
from lkj_xl.core.unit_checks import number_in_status, status_figure_meant

_SD = r"s\s?[./]?\s?d\b\.?"
# The words of a figure counted from January: "s.d. Juni", "s/d Semester I", "sampai dengan TW II",
# "hingga Juni", "kumulatif", "akumulasi", "Jan-Jun", "Januari s.d. Juni", "TW I-II", "TW I+II"; also
# after the figure's name ("realisasi s.d. Juni", "data s.d. Juni").
_FROM_JANUARY = (
    rf"(?:{_SD}|sampai\b|hingga\b|kumulatif\b|komulatif\b|akumulasi\b"
    rf"|{month_pattern(1)}\.?\s*(?:[-–/]|{_SD})|{QUARTER_WORD}\.?\s*(?:i|1)\s*(?:[-–+/&]|{_SD}|dan\b))"
)
# A half year's name: its figure is the half year's own, January-June or July-December.
_HALF = (
    rf"(?P<half>{HALF_WORD}\.?\s*(?:(?P<one>i|1)|ii|2)\b)|(?P<july>{month_pattern(7)}\.?\s*(?:[-–/]|{_SD}))"
)
# The year's figure, typed in TW IV of the year's report: "(tahunan)", "setahun", "(1 tahun)", "akhir tahun".
# ("1 tahun 6 bulan" is a duration written out, no year's figure)
_YEAR = r"(?P<year>tahunan\b|setahun\b|(?:satu|1)\s+tahun\b(?!\s*\d)|akhir\s+tahun\b)"
# "(1 tahun)" beside a figure of a Satuan of time ("12 (1 tahun)" of Bulan): the figure restated
_ONE_YEAR = re.compile(r"\b(?:satu|1)\s+tahun\b", re.IGNORECASE)
_TIME_SATUAN = re.compile(r"\b(?:tahun|bulan|minggu|pekan|hari|jam)\b", re.IGNORECASE)
_FILLER = r"(?:(?:realisasi|capaian|data|posisi|angka|nilai|jumlah|total|sp2d|belanja)\s+)?(?:(?:rata[\s-]?rata|rata2|rerata)\s+)?"
# A mean named ("rata-rata setahun"): a Rata-rata indicator's, no total; a total's own words
# ("kumulatif") say nothing of a mean.
_MEAN_NOTE = re.compile(r"(?:\w+\s+)?(?:rata[\s-]?rata|rata2|rerata)\b", re.IGNORECASE)
_TOTAL_NOTE = re.compile(r"k[ou]mulatif|akumulasi", re.IGNORECASE)
_NOTE = re.compile(rf"{_FILLER}(?:{_FROM_JANUARY}|{_HALF}|{_YEAR})", re.IGNORECASE)
_NOTE_AFTER = re.compile(r"(.*?\d.*?)\s*\(([^()]+)\)")  # "46,6% (s.d. Juni)"
# "sd" / "SD" without its dot or slash is a school (Sekolah Dasar: "3 SD, 2 SMP", "5 SD", "8 SD/MI", "8 SD
# Negeri"), whose figure was told to be the realisasi s.d. the quarter, when nothing follows it but another
# school or a separator; before anything else it is s.d. as before ("8 sd Juni", "8 sd bulan Juni", "8 sd
# posisi Juni", "8 sd 30/06/2025": their TW I counted twice once told "tulis angkanya saja").
_BARE_SD = re.compile(rf"{_FILLER}s\s?d\b(?!\.)\s*(?P<after>.*)", re.IGNORECASE)
_SCHOOL = r"(?:sd|sdn|smp|smpn|sma|sman|smk|smkn|mi|min|mis|mts|mtsn|ma|man|tk|paud|slb|sekolah|negeri|swasta|inpres|sederajat|se)\b"
_SCHOOL_NEXT = re.compile(rf"(?:$|[,;/&+]|(?:dan|serta)\b|\d+\s*{_SCHOOL}|{_SCHOOL})", re.IGNORECASE)
_NOTE_BEFORE = re.compile(
    # (a minus touching the number is its: "s.d. Juni -1" was read 1, its share named 1 - 0 = 1 for a
    # fall of -1; a dash apart, "s.d. Juni - 46,6", stays a separator)
    rf"(?P<note>{_FILLER}(?:{_FROM_JANUARY}|{_HALF}|{_YEAR})[^\d:=]*?)\s*[:=]?\s*(?P<number>[-\u2212]?(?:rp\.?\s*)?\d.*)",
    re.IGNORECASE,
)


def _up_to(value: Value) -> tuple[str, str, int, int | None] | None:
    """(number text, note, first quarter counted, the quarter it must be typed in or None: any up to
    it) of a cell typed up to its quarter (a half year: its own two, in its last; the year: in TW IV),
    None for any other text."""
    text = c.tidy_text(value.text or value.status or "")
    found = _NOTE_AFTER.fullmatch(text)
    if found is not None and (note := _NOTE.match(found.group(2).strip())) is not None:
        number, said = found.group(1), found.group(2).strip()
    elif (found := _NOTE_BEFORE.fullmatch(text)) is not None and (note := _NOTE.match(found["note"])):
        if _UNTIL_END.search(text[: found.start("number")]):
            return None  # "Realisasi s.d. 30": up to a day or a bound, no figure counted from January
        number, said = found["number"], found["note"].strip()
    elif (bare := _bare_note(text)) is not None:
        number, said, note = bare
    else:
        return None
    if (bare_sd := _BARE_SD.fullmatch(said)) is not None and _SCHOOL_NEXT.match(bare_sd["after"]):
        return None  # "3 SD, 2 SMP": schools, no s.d.
    if note.group("half") and note.group("one"):
        return number, said, 0, 1  # Semester I: TW I + TW II, typed in TW II
    if note.group("half") or note.group("july"):
        return number, said, 2, 3  # Semester II, July-December: TW III + TW IV, typed in TW IV
    if note.group("year"):
        return number, said, 0, 3  # the year's: TW I-IV, typed in TW IV
    return number, said, 0, None


# "Total 240.850,5", "Jumlah: 240.850,5", "240.850,5 (total)": a total, of the quarter or up to it
_TOTAL = re.compile(
    # ("Total -5": a figure below zero, a fall, is a total too; it was "bukan angka", left out)
    r"(?:(?P<note>total|jumlah)\s*[:=]?\s*(?P<number>[-\u2212]?(?:rp\.?\s*)?\d.*)|(?P<n2>.*?\d.*?)\s*\((?P<w2>total|jumlah)\))",
    re.IGNORECASE,
)


def _total(value: Value) -> tuple[str, str] | None:
    """(number text, note) of a cell typed as a total that says not of what, None for any other."""
    found = _TOTAL.fullmatch(c.tidy_text(value.text or value.status or ""))
    if found is None:
        return None
    return (found["number"], found["note"]) if found["note"] else (found["n2"], found["w2"])


# "s.d." (sampai, hingga) right before the number: "until 30" (a day, "Realisasi s.d. 30" of June), not
# a figure's name; with a colon ("Realisasi s.d. Juni: 46,6") the words before name the figure.
_UNTIL_END = re.compile(rf"(?:{_SD}|sampai(?:\s+dengan)?|hingga)\s*$", re.IGNORECASE)

# A range ("40 s.d. 50", "40% sampai dengan 50%"): no note, its first number no total; a year
# ending the note ("s.d. Juni 2025") is none.
_RANGE_END = re.compile(r"(\d[\d.,]*)\s*%?$")
# ... nor a quarter's or half year's digit ("46,6 s/d TW 2", "s/d Sem 1"): the period's number
_PERIOD_DIGIT = re.compile(rf"(?:{QUARTER_WORD}|{HALF_WORD}){SEP}(?:ke[\s-]*)?[1-4]\s*$", re.IGNORECASE)


def _bare_note(text: str) -> tuple[str, str, re.Match[str]] | None:
    """(number text, note, its match) of a note after the number without brackets ("46,6% s.d.
    Juni", "522,75 jt s.d. Juni"), None for any other text."""
    for gap in re.finditer(r"\s+", text):
        number, rest = text[: gap.start()], text[gap.end() :]
        if any(ch.isdigit() for ch in number) and (note := _NOTE.match(rest)) is not None:
            end = _RANGE_END.search(rest)
            year = end is not None and re.fullmatch(r"(?:19|20)\d\d", end.group(1))
            if end is not None and not year and not _PERIOD_DIGIT.search(rest):
                return None
            return number, rest, note
    return None


def _signed(show: Callable[[Fraction], str], x: Fraction) -> str:
    """A figure subtracted: a negative one in brackets, "6,33 - (-2,97)"."""
    return show(x) if x >= 0 else f"({show(x)})"


def _named(quarters: list[int]) -> str:
    """ "TW I", "TW I-TW II", "TW I, TW III": the quarters with a figure."""
    names = [c.TW_LABELS[q] for q in quarters]
    if len(names) > 1 and quarters == list(range(quarters[0], quarters[-1] + 1)):
        return f"{names[0]}-{names[-1]}"
    return ", ".join(names)


def _reading(
    value: Value, q: int, satuan: str | None, mean: bool
) -> tuple[str, str, int, bool, int | None] | None:
    """(number text, note, first quarter counted, a total that says not of what: the quarter's own or
    up to it, the other quarter its note names or None) of quarter ``q`` typed up to it, None where
    its note names no share of this indicator's (a mean in a Kumulatif quarter, a half year's name on
    the other half's quarter)."""
    unnamed = False  # "Total 240.850,5": the quarter's own or the total up to it, either
    if (found := _up_to(value)) is None:
        if mean or (total := _total(value)) is None:
            return None
        (number, note), start, only, unnamed = total, 0, None, True
    else:
        number, note, start, only = found
        if satuan and _TIME_SATUAN.search(satuan) and _ONE_YEAR.search(note):
            return None
    named_mean, named_total = _MEAN_NOTE.match(note) is not None, _TOTAL_NOTE.search(note) is not None
    if (named_mean and not mean) or (mean and named_total):
        return None  # a mean typed in a Kumulatif quarter, a total in a Rata-rata one: no share
    if q < start or (only is not None and q != only):
        return None  # a half year's name on a quarter of the other half, the year's before TW IV: no share
    # up to a month or a quarter of another ("s.d. Maret", "s.d. TW I" in TW II): not this one's total,
    # nor its own figure ("55 (s.d. Juni)" in TW III after 30 and 25 was told to type 55, 110 in all)
    # ("verifikasi Pak Agus" names the person: a month's only beside a date, nama_periode.month_at)
    # ("verifikasi Mei Rahayu" names the person too, nama_periode.months_in)
    months = months_in(note, _UP_TO_WORDS, day=True)
    quarters = [number_named(found[1]) - 1 for found in _TW_NAMED.finditer(note)]
    named = month_quarter(months[-1]) - 1 if months else quarters[-1] if quarters else None
    return number, note, start, unnamed, None if named == q else named


# The words before a month a note is up to ("s.d. Agus": s, d; "hingga", "sampai", "bulan")
_UP_TO_WORDS = frozenset({"d", "sd", "sampai", "hingga", "bulan", "bln", "akhir"})

# The last quarter a note names: "s.d. TW II", "TW I-II", "triwulan 2"
_TW_NAMED = re.compile(
    rf"\b{QUARTER_WORD}{SEP}(?:{QUARTER_NUMBER}\s*(?:[-–+/&]|{_SD}|dan\b)\s*(?:{QUARTER_WORD}{SEP})?)?"
    rf"({QUARTER_NUMBER})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Typed:
    """A quarter typed up to it (or as a total that says not of what, ``unnamed``): its number as
    typed, its note, the first quarter it counts and its figure."""

    number: str
    note: str
    start: int
    unnamed: bool
    figure: Fraction
    elsewhere: int | None = None  # the other quarter its note names ("s.d. Juni" in TW III)


def _typed(value: Value, q: int, satuan: str | None, mean: bool) -> _Typed | None:
    """Step 1, classify: quarter ``q``'s cell as typed up to it, None where it is not (a figure, a
    blank, another text, a note naming no share of this indicator's, a number that cannot be read)."""
    if not (value.galat or value.status) or (reading := _reading(value, q, satuan, mean)) is None:
        return None
    number, note, start, unnamed, elsewhere = reading
    try:
        parsed = parse_number(number, satuan=satuan, money=satuan is None)
    except NumberParseError:
        return None
    typed = Fraction(parsed.exact) if parsed.exact is not None else Fraction(parsed.value)
    return _Typed(number, note, start, unnamed, typed, elsewhere)


@dataclass(frozen=True)
class _Share:
    """What a quarter typed up to it stands for beside the quarters before it: ``alone`` (nothing
    before it with a figure, or Nilai Akhir's latest figure), the quarter's own figure as typed; else
    the figures before (``exact``), those that cannot be read yet (``unread``) and the own figure
    worked out from them (``own``, None: none can be, the figures must be checked first)."""

    typed: _Typed
    alone: bool
    exact: dict[int, Fraction]
    unread: list[int]
    own: Fraction | None

    @property
    def counted(self) -> Fraction | None:
        """The own figure the quarters after count (a total that says not of what: none, either
        reading may be meant)."""
        if self.alone:
            return self.typed.figure
        return None if self.typed.unnamed else self.own


def quarters_typed_up_to(
    data: DataRow,
    tws: list[Value],
    sheet: str,
    findings: list[Finding],
    *,
    label: str,
    satuan: str | None = None,
    mean: bool = False,
    latest: bool = False,
) -> None:
    """A galat (replacing the cell's own, in ``findings``) at each quarter of ``tws`` (a Kumulatif
    indicator's or an Anggaran row's, parsed, in place) typed up to it with a note beside earlier
    quarters with a figure, naming the quarter's own share. ``data``: the row of ``sheet``; ``label``:
    "Realisasi" or "Realisasi anggaran"; ``satuan``: the indicator's (None: rupiah); ``mean``: a
    Rata-rata indicator's, whose quarter typed as the mean up to it names the figure giving that mean;
    ``latest``: a Nilai Akhir indicator's, whose figure up to a quarter is the quarter's own."""
    # (most rows: every quarter a number or blank, none with a text or a galat that _typed could read;
    # a loop, not any() over a generator: some 5 generator steps a row fewer)
    for value in tws:
        if value.galat or value.status:
            break
    else:
        return
    typings = {q: t for q, value in enumerate(tws) if (t := _typed(value, q, satuan, mean)) is not None}
    shares = _shares(tws, typings, satuan=satuan, mean=mean, latest=latest)
    for q, share in shares.items():  # step 3: the advice, in place of the cell's own
        value = tws[q]
        # (a quarter before holding a number in its text, "Menunggu 3 SP2D": not said to hold none; a
        # date or the "2" of "SP2D" is none)
        numbered = any(
            number_in_status(tws[p].text or tws[p].status or "") for p in range(share.typed.start, q)
        )
        said = _advice(label, q, value, share, mean=mean, satuan=satuan, latest=latest, numbered=numbered)
        if said is None:
            continue
        ref = data.ref(c.REALISASI_TW_HEADERS[q])
        _replace(findings, sheet, ref, said)
        written = value.status if share.alone else value.text or value.status
        tws[q] = Value(text=written or "", galat=f"{sheet}!{ref}")


def _shares(
    tws: list[Value], typings: dict[int, _Typed], *, satuan: str | None, mean: bool, latest: bool
) -> dict[int, _Share]:
    """Step 2, derive: each quarter typed up to it (``typings``, in order) against the quarters
    before it, a quarter before typed up to it too counted with the own figure derived for it ("70
    (s.d. September)" after "46,6 (s.d. Juni)" is 70 - 46,6, not 70 - 22,5 from TW I alone)."""
    jenis = c.RATA_RATA if mean else c.KUMULATIF
    level = satuan is not None and is_level_unit(satuan)
    out: dict[int, _Share] = {}
    for q, t in typings.items():
        exact: dict[int, Fraction] = {}
        unread: list[int] = []
        for p in range(t.start, q):
            if p in out:  # typed up to it too: the figure derived for it, or none (unread)
                x = out[p].counted
                if x is None:
                    unread.append(p)
            else:
                x = tws[p].exact
                if _unread(tws[p], jenis, satuan):
                    unread.append(p)
            if x is not None:
                exact[p] = x
        # (a 0 or a fall before it, -2,97 % of a growth rate, is a figure too: left out, the quarter
        # typed up to it was dropped and the capaian counted from the quarters before alone)
        if t.elsewhere is not None:  # no figure of this quarter's: none counted, the quarters after wait
            out[q] = _Share(t, False, exact, unread, None)
        elif latest or not (exact or unread):
            # nothing before it, or Nilai Akhir's (the latest figure): the quarter's own, counted so
            # by the quarters after ("s.d. Maret 5" then "12 (s.d. Juni)" is 12 - 5, not 12 as typed:
            # 17 once both followed)
            out[q] = _Share(t, True, exact, unread, t.figure)
        else:
            out[q] = _Share(
                t, False, exact, unread, _own_share(t.figure, exact, unread, mean=mean, level=level)
            )
    return out


def _own_share(
    typed: Fraction, exact: dict[int, Fraction], unread: list[int], *, mean: bool, level: bool
) -> Fraction | None:
    """The own figure of a quarter typed up to it as ``typed`` after the quarters ``exact``; None where
    none can be: a quarter before unread (any share named from the others is wrong once it is fixed),
    a figure below the ones before (no share: the figures disagree), a mean's own figure below zero
    of a Satuan never below zero. ``level``: a Satuan whose figures may fall below zero (%, an index:
    a growth rate), where a mean's own figure may too."""
    if unread:
        return None
    earlier = sum(exact.values(), Fraction(0))
    if mean:
        own = (len(exact) + 1) * typed - earlier
        # (below zero only of a level where a figure is: a growth rate may fall; a count, an amount
        # never, "-4 (s.d. Juni)" of Ton after a correction -5 names no -3; else the figures disagree)
        possible = own >= 0 or (level and (typed < 0 or any(x < 0 for x in exact.values())))
        return own if possible else None
    return typed - earlier if typed >= earlier else None


def _advice(
    label: str,
    q: int,
    value: Value,
    share: _Share,
    *,
    mean: bool,
    satuan: str | None,
    latest: bool,
    numbered: bool = False,
) -> str | None:
    """Step 3, word: the galat of quarter ``q`` typed up to it (None: the cell's own finding stays,
    the figure being the quarter's own as it says). ``numbered``: a quarter before holds a number in
    its text, not read as its figure."""
    t, money = share.typed, satuan is None
    tw = c.TW_LABELS[q]
    if t.elsewhere is not None:
        return (
            f'{label} {tw} "{value.text or value.status or ""}" tidak dapat dibaca: "{t.note}" menyebut '
            f"{c.TW_LABELS[t.elsewhere]}, bukan {tw}; tulis realisasi {tw} sendiri, angkanya saja, dan "
            f"catatannya, bila perlu, di {keterangan_kolom(not money)}"
        )
    if share.alone:
        # (a note before the figure: Anggaran's "bukan angka" named none, nor did anything a Kinerja
        # figure below zero, "s.d. Juni -1", left out of the capaian without a word; Nilai Akhir's
        # peringatan left it out and scored a quarter before, TW I's 3 for "s.d. Juni 0"; "Semester
        # I: 13,8" keeps its own galat, "Bila 13,8 realisasinya")
        scored = (
            latest
            and bool(share.exact)
            and not status_figure_meant(value.status or "", jenis=c.NILAI_AKHIR, satuan=satuan or "")
        )
        named = money or t.figure < 0 or scored
        if value.status and named and not (latest and t.unnamed):
            return _own_said(label, q, value.status, t, money=money, latest=latest, numbered=numbered)
        return None
    span = f"s.d. {tw}" if t.start == 0 else f"{c.TW_LABELS[t.start]}-{tw}"
    advice = _share_said(tw, share, mean=mean, money=money)
    if t.unnamed:  # either reading: both said, no figure counted by the quarters after
        show = _rupiah if money else _whole
        own_said = f"bila {show(t.figure)} realisasi {tw} sendiri, tulis angkanya saja ({t.number})"
        # (a total below the quarters before: their running total cannot be; the figures disagree)
        advice = (
            f"{own_said}; bila realisasi {span}: {advice.removeprefix('padahal ').removeprefix('tetapi ')}"
        )
    meaning = "" if t.unnamed else f'"{t.note}" berarti realisasi {span}, '
    return (
        f'{label} {tw} "{value.text or value.status or ""}" tidak dapat dibaca: {meaning}{advice}'
        f" dan catatannya, bila perlu, di {keterangan_kolom(not money)}"  # (Anggaran has none)
    )


def _replace(findings: list[Finding], sheet: str, ref: str, pesan: str) -> None:
    """The galat ``pesan`` at ``ref`` in place of the cell's own galat or peringatan ("tulis angkanya
    saja", "bukan angka")."""
    findings[:] = [
        f for f in findings if not (f.severity in (GALAT, PERINGATAN) and (f.sheet, f.sel) == (sheet, ref))
    ]
    findings.append(Finding(GALAT, sheet, ref, pesan))


def _own_said(
    label: str, q: int, status: str, t: _Typed, *, money: bool, latest: bool = False, numbered: bool = False
) -> str:
    """The galat of a quarter typed up to ``q`` with the note before its figure (``status``: "s.d.
    Maret Rp 500.000", "s.d. Juni -1") and no quarter before it with a figure, or of a Nilai Akhir
    indicator (``latest``): the figure is the quarter's own, to type as it is. ``numbered``: a quarter
    before holds a number not read as its figure ("Menunggu 3 SP2D"), not said to hold none."""
    tw = c.TW_LABELS[q]
    span = f"s.d. {tw}" if t.start == 0 else f"{c.TW_LABELS[t.start]}-{tw}"
    before = (
        f" ({_named(list(range(t.start, q)))} tidak berisi angka)" if q > t.start and not numbered else ""
    )
    if latest:
        before = ", karena Nilai Akhir mengambil angka triwulan terakhir"
    meaning = (
        "" if t.unnamed else f'"{t.note}" berarti realisasi {span}, yaitu realisasi {tw} sendiri{before}; '
    )
    return (
        f'{label} {tw} "{status}" tidak dapat dibaca: {meaning}tulis angkanya saja ({t.number}) dan '
        f"catatannya, bila perlu, di {keterangan_kolom(not money)}"
    )


_MEAN_HOW = "Rata-rata merata-ratakan realisasi per triwulan"


def _share_said(tw: str, share: _Share, *, mean: bool, money: bool) -> str:
    """What the galat of quarter ``tw`` typed up to it advises beside the quarters before it: the own
    figure derived (``share.own``), or to fix a quarter before first, or that the figures disagree."""
    show = _rupiah if money else _whole
    how = (
        "realisasi anggaran dijumlahkan per triwulan"
        if money
        else "Kumulatif menjumlahkan realisasi per triwulan"
    )
    typed, exact, unread = share.typed.figure, share.exact, share.unread
    filled, earlier = list(exact), sum(exact.values(), Fraction(0))
    if unread:
        return (
            f"padahal {_MEAN_HOW if mean else how}, dan realisasi {_named(unread)} belum dapat dibaca; "
            f"perbaiki dulu {_named(unread)}, lalu tulis realisasi {tw} saja"
        )
    if mean:
        return _mean_share(
            tw, typed, list(exact.values()), show, _named(filled), possible=share.own is not None
        )
    if share.own is None:  # below the quarters before: no share to name, the figures disagree
        return (
            f"tetapi {show(typed)} lebih kecil dari realisasi {_named(filled)} ({show(earlier)}) yang "
            f"sudah terisi; periksa angka-angka itu, lalu tulis realisasi {tw} saja"
        )
    return (
        f"padahal {how} ({_named(filled)} sudah terisi); tulis realisasi {tw} saja "
        f"({show(typed)} - {_signed(show, earlier)} = {show(share.own)})"
    )


def _unread(value: Value, jenis: str, satuan: str | None) -> bool:
    """A quarter before, not typed up to it, whose figure cannot be counted yet: a galat, or its figure
    in a status text ("belum final, sementara 40"; unit_checks.status_figure_meant; Anggaran's
    "sementara Rp 40.000" or "sementara Rp 40 jt" read as of a sum without its "Rp" and "jt"), or a
    change typed ("turun 2 %": the rate itself or its fall, a galat of its own)."""
    if value.galat:
        return True
    if not value.status:
        return False
    if satuan is None:
        return spending_figure_meant(value.status)
    return bool(change_typed(value.status)) or status_figure_meant(value.status, jenis=jenis, satuan=satuan)


def _mean_share(
    tw: str,
    typed: Fraction,
    before: list[Fraction],
    show: Callable[[Fraction], str],
    named: str,
    *,
    possible: bool,
) -> str:
    """What a Rata-rata quarter typed as the mean up to it should hold: the figure whose mean with the
    quarters ``before`` (named ``named``) is ``typed``; where that figure cannot be (not ``possible``:
    below zero), that the figures disagree."""
    n = len(before) + 1
    own = n * typed - sum(before, Fraction(0))
    summed = " + ".join(_signed(show, x) for x in before)
    summed = f"({summed})" if len(before) > 1 else summed
    if not possible:
        return (
            f"tetapi {show(typed)} bukan rata-rata yang mungkin bersama realisasi {named} yang sudah terisi "
            f"(realisasi {tw} harus {n} x {_signed(show, typed)} - {summed} = {show(own)}, di bawah nol); "
            f"periksa angka-angka itu, lalu tulis realisasi {tw} saja"
        )
    return (
        f"padahal {_MEAN_HOW} ({named} sudah terisi); tulis realisasi "
        f"{tw} saja ({n} x {_signed(show, typed)} - {summed} = {show(own)})"
    )
