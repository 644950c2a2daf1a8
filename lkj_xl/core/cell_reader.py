"""Reading one input cell into a Value: Indonesian numbers, percent formats, Excel errors, statuses
typed as text, dropdown choices; every problem a finding at the cell's reference. Shared by the
Kinerja, Anggaran and Pengaturan parsers. Pure."""

from __future__ import annotations

import datetime as _dt
import math
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any, TypeVar, cast

from lkj_xl.core import contract as c
from lkj_xl.core import number_notes, pasted, rentang, revisi_teks
from lkj_xl.core.batas_angka import beyond_figures, shown_large, too_many_digits
from lkj_xl.core.batas_realisasi import batas_realisasi
from lkj_xl.core.bound_unit import bound_in_other_unit
from lkj_xl.core.dates import tanggal_sel
from lkj_xl.core.dolar import without_dollar
from lkj_xl.core.durasi import duration_hint, is_time_unit
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.findings import figure, words_shown
from lkj_xl.core.grids import (
    DataRow,
    unreadable,
    why_unreadable,
)
from lkj_xl.core.kosong_satuan import dash_with_unit
from lkj_xl.core.long_text import drop_cut_finding, excerpt
from lkj_xl.core.merge_across import hidden_choice
from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    Cell,
    Finding,
    Tentang,
    Value,
    empty_value,
)
from lkj_xl.core.number_words import is_money_unit, is_percent_unit, satuan_scale
from lkj_xl.core.numbers import (
    TEXT_MARKS,
    NumberParseError,
    ParsedNumber,
    looks_numeric,
    parse_number,
    to_fraction,
)
from lkj_xl.core.rasio_ketik import might_be_ratio, ratio_hint, without_polaritas_advice
from lkj_xl.core.satuan_dokumen import dibaca_dokumen, jenis_dokumen
from lkj_xl.core.satuan_level import satuan_after
from lkj_xl.core.tanda_tambah import plus_joined
from lkj_xl.core.tanggal import EXCEL_FALSE_LEAP_DAY, FALSE_LEAP_DAY_WHY
from lkj_xl.core.tanpa_data import NO_DATA_TEXTS, not_available

ZERO_TEXTS = {"nihil", "nol"}
_KINERJA = c.normalize_label(c.SHEET_KINERJA)  # the one input sheet with a Keterangan column


# A Kinerja row's target columns: a range typed there gets the advice for a PK target that is a range.
_TARGETS = frozenset(("Target", "Target Perubahan"))
# The cells a range is read in ("60-85 %"): the targets, and the comparisons' Renstra and national standard
_RANGED = _TARGETS | {c.H_TARGET_RENSTRA, c.H_STANDAR_NASIONAL}


def _zero_of_satuan(folded: str, satuan: str | None) -> bool:
    """ "nihil kejadian" under Satuan "Kejadian" (a BPBD's count of disasters): zero, as "0 kejadian"
    is; another word after it ("nihil korban") is no Satuan, and the text stays a status."""
    word, _, rest = folded.rstrip(".!").partition(" ")
    if satuan is None or word not in ZERO_TEXTS or not rest.strip():
        return False
    try:
        return parse_number(f"0 {rest}", satuan=satuan).exact == 0
    except NumberParseError:
        return False


def _logical_or_date(cell: Cell) -> tuple[str, str] | None:
    """Why a number cell holding a logical value or a date (also Excel's false 29/02/1900) is a galat,
    and the text kept for it; None for any other value."""
    raw = cell.value
    if isinstance(raw, bool):
        return f"berisi nilai logika ({'TRUE' if raw else 'FALSE'}), bukan angka", str(raw).upper()
    if isinstance(raw, (_dt.datetime, _dt.date, _dt.time)):
        shown = words_shown(cell) or tanggal_sel(raw)
        # Calc, like Excel, turns "1/2" or "1-2" into a date as it is typed: say so to staff on either.
        why = (
            f"berisi tanggal ({shown}); Excel atau LibreOffice Calc mengubah ketikan seperti 1/2 atau 1-2 "
            "menjadi tanggal, tulis ulang sebagai angka atau teks"
        )
        return why, str(raw)
    if raw == EXCEL_FALSE_LEAP_DAY:  # a date cell holding 60: a day number typed in a date cell
        return f"{FALSE_LEAP_DAY_WHY}; tulis ulang sebagai angka atau teks", raw
    return None


# The day of a time typed alone ("1:20"): serial 0 of the 1900 and of the 1904 date system.
_DAY_0 = (_dt.date(1899, 12, 30), _dt.date(1904, 1, 1))
# A time past 24 hours ("25:30", kept as 1,0625 formatted [h]:mm:ss) comes as a date in the first days
# of the date system: from serial 1 (1 January 1900, as Excel shows it: see tanggal.as_excel_shows) or
# serial 0 of the 1904 system, up to serial 59 (days before Excel's false leap day): (day 0, first day).
_ELAPSED = (
    (_dt.datetime(1899, 12, 31), _dt.datetime(1900, 1, 1)),
    (_dt.datetime(1904, 1, 1), _dt.datetime(1904, 1, 2)),
)
_DAY = 24 * 3600


def _clock_seconds(raw: object) -> tuple[int, bool] | None:
    """The seconds of a time of day ("1:20") or of an elapsed time past a day ("25:30") Excel kept for
    what was typed, and whether it is past a day; None for a date, or whole days (a "2" in a date cell
    and a "48:00" are one serial)."""
    if type(raw) is _dt.datetime and raw.date() in _DAY_0:
        raw = raw.time()
    if type(raw) is _dt.time:
        return round(raw.hour * 3600 + raw.minute * 60 + raw.second + raw.microsecond / 1e6), False
    if type(raw) is not _dt.datetime:
        return None
    for day_0, first in _ELAPSED:
        if first <= raw < day_0 + _dt.timedelta(days=60):
            seconds = round((raw - day_0).total_seconds())
            return (seconds, True) if seconds % _DAY else None
    return None


def _minutes_seconds(raw: object, satuan: str, indikator: str) -> tuple[str, str] | None:
    """A mean ratio "1:18.6" (or "1:18,6") that Excel kept as a time of minutes and seconds with a
    decimal (mm:ss.0: 1 minute 18,6 seconds): the text as typed and the ratio's hint; None for any
    other value, or of a Satuan of time (1 menit 18,6 detik of Satuan "menit" is a duration)."""
    if is_time_unit(satuan):
        return None
    if type(raw) is _dt.datetime and raw.date() in _DAY_0:
        raw = raw.time()
    if type(raw) is not _dt.time or raw.hour or not raw.minute:
        return None
    # (to the millisecond: a day's fraction read back may fall a microsecond short)
    millis = round(raw.second * 1000 + raw.microsecond / 1000)
    if not millis % 1000:
        return None
    typed = f"{raw.minute}:{millis // 1000},{millis % 1000:03d}".rstrip("0")
    if not (why := ratio_hint(typed, satuan, indikator)):
        return None
    kept_as = f"{raw.minute} menit {typed.split(':')[1]} detik"
    return typed, f"Excel menyimpannya sebagai waktu ({kept_as}); {why}"


def _typed_as_clock(raw: object, satuan: str, indikator: str) -> tuple[str, str] | None:
    """A "1:20" (a ratio) or a "1:30" (jam:menit of Satuan "jam"; also past a day, "25:30") that Excel
    kept as a time: the text as the cell shows it and why it is not read, as for that text typed (of
    the row's ``indikator``, which may name the ratio's base: "per 1.000 penduduk"); None for any other
    value (a date, a time that is neither)."""
    if (kept := _clock_seconds(raw)) is None:
        return None
    if (ratio := _minutes_seconds(raw, satuan, indikator)) is not None:
        return ratio
    seconds, elapsed = kept
    hours, minutes = divmod(seconds // 60, 60)
    if not seconds or (seconds % 60 and (elapsed or not is_time_unit(satuan))):
        return None
    clock = f"{hours}:{minutes:02d}" + (f":{seconds % 60:02d}" if seconds % 60 else "")
    why = duration_hint(clock, satuan, hours=elapsed) or ratio_hint(f"{hours}:{minutes}", satuan, indikator)
    if not why:
        return None
    if elapsed:
        kept_as = f"lama waktu ({hours} jam{f' {minutes} menit' if minutes else ''})"
    else:
        kept_as = f"waktu ({tanggal_sel(_dt.time(hours, minutes, seconds % 60))})"
    return clock, f"Excel menyimpannya sebagai {kept_as}; {why.removeprefix('tidak valid: ')}"


class CellReader:
    """Cell-to-value conversion that records findings with cell references."""

    def __init__(self, sheet: str, findings: list[Finding]):
        self.sheet = sheet
        self.findings = findings
        self._kinerja = c.normalize_label(sheet) == _KINERJA

    def add(self, severity: str, ref: str, message: str, tentang: frozenset[Tentang] = frozenset()) -> None:
        self.findings.append(Finding(severity, self.sheet, ref, message, tentang))  # type: ignore[arg-type]

    def polaritas_advice_dropped(self, since: int, negatif: bool = False) -> None:
        """The ratio galat's advice to choose Polaritas Negatif left out of the findings from ``since``
        on: said of a row whose Polaritas staff chose, which is never advised changed (``negatif``:
        Negatif is the one chosen, and a bound's advice to choose it goes too)."""
        self.reword(since, lambda pesan: without_polaritas_advice(pesan, negatif))

    def reword(self, since: int, change: Callable[[str], str]) -> None:
        """Each finding from ``since`` on with its ``pesan`` passed through ``change`` (the others kept)."""
        self.findings[since:] = [
            f if (pesan := change(f.pesan)) == f.pesan else replace(f, pesan=pesan)
            for f in self.findings[since:]
        ]

    def text(self, cell: Cell | None) -> str:
        if cell is None or cell.value is None:
            return ""
        value = cell.value
        if type(value) is str:
            if (known := _TIDY.get(value)) is not None:
                return known
            tidy = " ".join(value.split()) if value.isascii() else c.tidy_text(value)
            return _remember(_TIDY, value, tidy) if len(value) <= _TIDY_LONGEST else tidy
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return c.tidy_text(str(value))

    def words(self, cell: Cell | None, ref: str, label: str) -> str:
        """A column of words (Uraian, Keterangan, Program, Formulasi): its text; an Excel error or a
        formula without its saved value there (a VLOOKUP's #N/A) is a peringatan at the cell and no
        text, not a blank said nothing of. (A merge is no error here: a name merged over a node's rows.)"""
        if cell is not None and no_saved_value(cell):
            self.add(PERINGATAN, ref, f"{label} {why_unreadable(cell)}; tidak dicetak")
            return ""
        # a number or a date there as the cell shows it (not "12.5", "2025-07-10 00:00:00")
        shown = None if cell is None or type(cell.value) is str else words_shown(cell)
        return self.text(cell) if shown is None else shown

    def value(
        self,
        cell: Cell | None,
        ref: str,
        label: str,
        *,
        satuan: str | None = None,
        money: bool = False,
        indikator: str = "",
    ) -> Value:
        """Parse one input cell; unusable content gives a GALAT finding and a Value marked ``galat``.
        ``satuan``: the indicator's Satuan (a Kinerja value: only it, or a scale word, may follow the
        number), ``indikator`` its name (which may say it is a ratio); ``money``: a rupiah amount
        (Anggaran: "2,5 M" is miliar). See numbers.parse_number."""
        plain = plain_value(cell)
        if plain is not None:
            return plain
        assert cell is not None  # (an absent cell is a plain empty value)
        raw = cell.value
        where = f"{self.sheet}!{ref}" if ref else self.sheet
        if unreadable(cell):
            self.add(GALAT, ref, f"{label} {why_unreadable(cell)}")
            return Value(text=cell.error or (f"={cell.formula}" if cell.formula else ""), galat=where)
        if raw is None:
            return Value()
        if satuan and (clock := _typed_as_clock(raw, satuan, indikator)) is not None:
            self.add(GALAT, ref, f'{label} "{clock[0]}" tidak dapat dibaca: {clock[1]}')
            return Value(text=clock[0], galat=where)
        if (odd := _logical_or_date(cell)) is not None:
            self.add(GALAT, ref, f"{label} {odd[0]}{rentang.tanggal(raw, label, satuan)}")
            return Value(text=odd[1], galat=where)
        if isinstance(raw, (int, float)):
            return self._stored_number(cell, raw, ref, label, (satuan, money), where)
        text = str(raw)
        if cell.cut:  # a text over 10.000 characters in a number's cell: quoted by its start only
            drop_cut_finding(self.findings, self.sheet, ref)
            text = excerpt(text)
        if ("\n" in text or "\r" in text) and (stacked := number_notes.stacked_numbers(text, self._kinerja)):
            shown = " / ".join(line.strip() for line in text.splitlines() if line.strip())
            self.add(GALAT, ref, f'{label} "{_clip(shown)}" tidak dapat dibaca: {stacked}')
            return Value(text=text, galat=where)
        text = " ".join(text.split()) if text.isascii() else c.tidy_text(text)
        if not text:
            return Value()
        # (a run of 5.000 digits: int() refuses 4.300, and readers' regexes crawl over it)
        if (digits := too_many_digits(text)) is not None:
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {digits}')
            return Value(text=text, galat=where)
        if text[0] in TEXT_MARKS and looks_numeric(text[1:].lstrip()):  # Excel's ' (or Word's ’), pasted
            text = text[1:].lstrip()
        text = plus_joined(text, satuan, label) or text  # "+ 0,3 poin" of an Indeks: "+0,3 poin", a change
        folded = text.casefold()
        if folded in NO_DATA_TEXTS or not_available(text):  # ("NA.", "N. A." as "NA")
            return Value(text=text)
        if pasted.no_data_dash(text) or pasted.no_data_dash(without_dollar(text, satuan)):  # "Rp -", "USD -"
            return Value(text="-")
        if (dashed := dash_with_unit(text, satuan)) is not None:  # "- izin" under Satuan izin: as "-"
            if not dashed:
                return Value(text="-")
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {dashed}')
            return Value(text=text, galat=where)
        if why := pasted.excel_error_text(label, text):  # "#N/A" in a Text cell: the add-in's error
            self.add(GALAT, ref, why)
            return Value(text=text, galat=where)
        if folded.rstrip(".!") in ZERO_TEXTS or _zero_of_satuan(folded, satuan):  # "Nihil.", "nihil kejadian"
            return Value(number=0.0, text=text, exact=Fraction(0))
        if looks_numeric(text) or looks_numeric(satuan_after(text, satuan)):  # "USD 2,5 juta", "Level 3"
            return self._numeric_text(text, ref, label, where, (satuan, indikator), money)
        if unclear := self._number_in_status(text, label, satuan, indikator, money):
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {unclear}')
            return Value(text=text, galat=where)
        return Value(status=text, text=text)

    def _stored_number(
        self, cell: Cell, raw: float, ref: str, label: str, unit: tuple[str | None, bool], where: str
    ) -> Value:
        """A number Excel stored (not a text): a galat where no figure can be made of it."""
        satuan, money = unit
        if not math.isfinite(raw):
            self.add(GALAT, ref, f"{label} bukan angka yang sah")
            return Value(text=str(raw), galat=where)
        if _subnormal(raw):  # (2,2e-311: no Excel stores it; a hostile or made file's)
            self.add(GALAT, ref, f"{label} bukan angka yang sah: lebih kecil dari angka terkecil Excel")
            return Value(text=str(raw), galat=where)
        exact = to_fraction(raw)
        if cell.percent:
            exact *= 100  # a cell shown as 40,71% stores 0.4071; the engine works in percent units
        if beyond_figures(exact):  # (1,5E+308: two of them summed were an OverflowError, exit 4)
            self.add(GALAT, ref, f"{label} ({shown_large(exact)}) terlalu besar: bukan angka laporan")
            return Value(text=str(raw), galat=where)
        if cell.percent and (note := number_notes.percent_format_note(label, exact, satuan, money)):
            self.add(PERINGATAN, ref, note)
        return Value(number=float(exact), exact=exact, percent=cell.percent)

    def _number_in_status(
        self, text: str, label: str, satuan: str | None, indikator: str, money: bool
    ) -> str | None:
        """Why a text that is no number cannot be kept as a status: it holds a number a status would
        drop ("≥ 80", "min. 75", "± 4", "½", "semula 100 menjadi 80"); None: a status."""
        return (
            revisi_teks.revision_typed(text, label, satuan, money)  # "semula 100 menjadi 80"
            or (satuan is not None and might_be_ratio(text) and ratio_hint(text, satuan, indikator))  # "l:20"
            or (
                satuan is not None and bound_in_other_unit(text, satuan, label, indikator)
            )  # "<= 60 menit" under %
            or (label.startswith("Realisasi") and batas_realisasi(text, satuan))  # "< 1 hari": measured
            or pasted.not_a_number(text, indicator=satuan is not None, label=label)
            or number_notes.unclear_number(text, self._kinerja)
            or (satuan is not None and pasted.spelled_number(text, satuan))  # "empat": no status
        ) or None

    def _range(self, text: str, ref: str, label: str, row: tuple[str | None, str]) -> Value | None:
        """A Target typed as a range ("60-85 %", "7 – 8 bulan"): its Value with both bounds (equal bounds,
        "85-85", the one figure), a galat when a bound cannot be read; None when ``text`` is no range."""
        satuan, indikator = row
        read: list[ParsedNumber] = []  # each bound's number as parsed
        why: list[str] = []  # a bound's own reason not to be read ("1.282,684,40": ambiguous)

        def bound(figure: str) -> Fraction | None:
            try:
                parsed = parse_number(figure, satuan=satuan, indikator=indikator)
            except NumberParseError as exc:
                why.append(str(exc))
                return None
            read.append(parsed)
            return Fraction(parsed.exact) if parsed.exact is not None else to_fraction(parsed.value)

        found = rentang.baca(text, bound)
        if found is None:
            return None
        if isinstance(found, str):
            found += f"; {why[0]}" if why else ""
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {found}')
            return Value(text=text, galat=f"{self.sheet}!{ref}")
        low, high = found
        # (bounds each in its own scale, "500 jt - 1 M": named in none, as whole amounts; read[:2]:
        # rentang.baca may read the first bound once more, bare, to tell a scale word from the Satuan)
        bounds = read[:2]
        scale = bounds[-1].scale_word if len({p.scale_word for p in bounds}) == 1 else None
        if satuan and any(p.in_satuan for p in bounds):  # "10-20 juta" under Juta Rupiah: 10 to 20
            read_as = f"{_clip(text)} dibaca {figure(low)} - {figure(high)} (Satuan {satuan.strip()})"
            self.add(PERINGATAN, ref, f"{label}: {read_as}; periksa bila maksudnya lain")
        if kind := next((k for p in bounds if (k := jenis_dokumen([p.unit], satuan) if p.unit else "")), ""):
            # ("1.000-1.200 izin" under dokumen: said as "1.200 izin" is)
            read_as = figure(low) if low == high else f"{figure(low)} - {figure(high)}"
            self.add(PERINGATAN, ref, dibaca_dokumen(label, _clip(text), read_as, kind, satuan or ""))
        percent = any(p.percent for p in bounds)
        if low == high:  # "85-85": the target 85
            self.add(
                PERINGATAN,
                ref,
                f'{label} "{_clip(text)}" berupa rentang dengan kedua batas sama; dibaca sebagai satu angka target',
            )
            return Value(number=float(low), text=text, exact=low, scale_word=scale, percent=percent)
        return Value(text=text, scale_word=scale, percent=percent, rentang=(low, high))

    def _numeric_text(
        self, text: str, ref: str, label: str, where: str, row: tuple[str | None, str], money: bool
    ) -> Value:
        """A cell's text that looks like a number ("1.234,5", "700 jt", "85,2%"): its Value, or a GALAT
        finding saying why it cannot be read. ``row``: the Satuan and the Indikator of a Kinerja value."""
        satuan, indikator = row
        if satuan and (years := rentang.tahun_kalender(text, satuan)):  # "2025-2026" of Satuan Tahun
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {years}')
            return Value(text=text, galat=where)
        if satuan is not None and label in _RANGED and (found := self._range(text, ref, label, row)):
            return found  # "60-85 %": scored by the range rule (rentang_skor), or a galat saying why not
        # (a text read with a Satuan reads alike whatever the Indikator: only a ratio's galat, never a
        # number read, depends on it)
        key = (text, satuan, money)
        if (known := _TEXT_NUMBERS.get(key)) is not None:
            return known  # the same text read before without a finding: the same Value
        try:
            parsed = parse_number(text, satuan=satuan, money=money, indikator=indikator)
        except NumberParseError as exc:
            # "80 - 85", "1.250-", "25*": said what it is; else why the number cannot be read
            why = (
                revisi_teks.revision_typed(text, label, satuan, money)  # "100 menjadi 80"
                or (satuan and pasted.times_written(text, satuan))  # "2x" of Satuan "Kali"
                or (satuan and bound_in_other_unit(text, satuan, label, indikator))  # "<= 60 menit" under %
                or (label.startswith("Realisasi") and batas_realisasi(text, satuan))  # "<= 0,5 hari"
                or pasted.not_a_number(
                    text,
                    indicator=satuan is not None,
                    percent=satuan is not None and is_percent_unit(satuan),
                    money=money or (satuan is not None and is_money_unit(satuan)),  # Anggaran, Rupiah
                    label=label,
                )
                or number_notes.words_after_percent(text, satuan)  # "75% fisik"
                or str(exc)
            )
            if label in _TARGETS:  # ("3,5 dari 4" of a Target: the target to type, not a realisasi)
                why = why.replace("tulis realisasinya saja", "tulis targetnya saja")
            self.add(GALAT, ref, f'{label} "{_clip(text)}" tidak dapat dibaca: {why}')
            return Value(text=text, galat=where)
        if money and parsed.percent:  # "25%" in a rupiah column: a penyerapan, no amount
            why = "ditulis dengan %, padahal isinya jumlah rupiah; tulis jumlah rupiahnya"
            self.add(GALAT, ref, f'{label} "{_clip(text)}" {why}')
            return Value(text=text, galat=where)
        value = Value(
            number=parsed.value,
            text=text,
            scale_word=parsed.scale_word,
            percent=parsed.percent,
            currency=parsed.currency,
            exact=Fraction(parsed.exact) if parsed.exact is not None else to_fraction(parsed.value),
            in_satuan=(satuan_scale(satuan) or 0) if parsed.in_satuan and satuan else 0,
        )
        if parsed.in_satuan and satuan and value.exact is not None:
            # "15,5 juta" under Satuan "Juta Rupiah" is read 15,5: said, since the typist may have meant
            # another scale (and not remembered: the finding is the cell's own)
            read = f"{_clip(text)} dibaca {figure(value.exact)} (Satuan {satuan.strip()})"
            self.add(PERINGATAN, ref, f"{label}: {read}; periksa bila maksudnya lain")
            return value
        if parsed.unit and value.exact is not None and (kind := jenis_dokumen([parsed.unit], satuan)):
            # "301 izin" under Satuan dokumen: one dokumen each, said (a finding of the cell's own)
            read = figure(value.exact)
            self.add(PERINGATAN, ref, dibaca_dokumen(label, _clip(text), read, kind, satuan or ""))
            return value
        return _remember(_TEXT_NUMBERS, key, value)


# The Values of plain numbers and of the empty cell, shared: a workbook repeats a few numbers (targets,
# quarters) and leaves half its cells empty, and a Value is never changed once read (code that picks
# one of two Values tells them apart by ``filled``, never by identity). Ints and floats apart: an int
# above 2**53 equals a float whose exact value (its shortest decimal form) is another number.
_EMPTY = empty_value()
_INTS: dict[object, Value] = {}
_FLOATS: dict[object, Value] = {}
# Numbers typed as text that read without a finding ("150.000", "75,5%"), by (text, Satuan, money):
# parse_number depends on nothing else, and staff repeat such a text down a column.
_TEXT_NUMBERS: dict[tuple[str, str | None, bool], Value] = {}
_SHARED_MAX = 4096  # numbers remembered per kind (a rekap reads hundreds of workbooks in one process)
# A text cell's tidy text by the text itself (what it depends on alone): a row's Kode, Indikator and
# Satuan are each read several times (the row's kind, its node, its checks) and a column repeats its
# Tingkat, Satuan, Polaritas and Jenis Realisasi. Up to a long indicator's length: none is kept whole.
_TIDY: dict[str, str] = {}
_T = TypeVar("_T")
_TIDY_LONGEST = 400


def plain_value(cell: Cell | None) -> Value | None:
    """The value of what nearly every cell holds, a plain number (no error, no percent format) or
    nothing; None for anything else (CellReader.value reads it, with its findings)."""
    if cell is None:
        return _EMPTY
    raw = cell.value
    kind = type(raw)
    if not cell.error and not cell.percent and not cell.merged:
        if kind is int:
            return _INTS.get(raw) or (None if beyond_figures(cast(int, raw)) else _int_value(cast(int, raw)))
        if kind is float:
            return _FLOATS.get(raw) or _float_value(cast(float, raw))
        if raw is None and not cell.formula:
            return _EMPTY  # an empty cell
    return None


def _remember(cache: dict[Any, _T], key: object, value: _T) -> _T:
    """``value`` kept in ``cache`` under ``key``, the cache emptied first when full."""
    if len(cache) >= _SHARED_MAX:
        cache.clear()
    cache[key] = value
    return value


def _int_value(raw: int) -> Value:
    return _remember(_INTS, raw, Value(number=float(raw), exact=Fraction(raw)))


def _subnormal(raw: float) -> bool:
    """A float below the smallest one Excel stores (2,2250738585072014e-308), not zero: never typed."""
    return raw != 0 and abs(raw) < sys.float_info.min


def _float_value(raw: float) -> Value | None:
    if not math.isfinite(raw) or _subnormal(raw) or beyond_figures(raw):  # (CellReader.value's galat)
        return None
    # + 0.0: a -0.0 cell is 0, as float(to_fraction(-0.0)) is (and -0.0 == 0.0: one key, one Value)
    return _remember(_FLOATS, raw, Value(number=raw + 0.0, exact=to_fraction(raw)))


def value_at(
    reader: CellReader,
    data: DataRow,
    header: str,
    label: str,
    *,
    satuan: str | None = None,
    money: bool = False,
    indikator: str = "",
) -> Value:
    """``reader.value`` of the row's cell under ``header``; a plain number or an empty cell (nearly
    all of them) without building the cell's reference, which only a finding needs."""
    cell = data.get(header)
    plain = plain_value(cell)
    if plain is not None:
        return plain
    return reader.value(cell, data.ref(header), label, satuan=satuan, money=money, indikator=indikator)


def values_at(
    reader: CellReader, data: DataRow, headers: Sequence[str], *, satuan: str, indikator: str
) -> list[Value]:
    """:func:`value_at` of each of ``headers`` in turn (each its own label): a Kinerja row's figures
    in one call, not one a cell."""
    get, out = data.get, []
    for header in headers:
        cell = get(header)
        if (plain := plain_value(cell)) is None:
            plain = reader.value(cell, data.ref(header), header, satuan=satuan, indikator=indikator)
        out.append(plain)
    return out


def words_at(reader: CellReader, data: DataRow, header: str) -> str:
    """``reader.words`` of the row's cell under ``header`` (its label), the cell's reference built only
    where it is needed: a text (nearly every Uraian) or no cell (most Keterangan) needs none."""
    cell = data.get(header)
    if cell is None:
        return ""
    if type(cell.value) is str:
        return reader.text(cell)
    return reader.words(cell, data.ref(header), header)


def spending_value(value: Value) -> Value:
    """A budget quarter's ``value``: "N/A", "NA", "n.a." (the figure not in yet) kept as a status, whose
    galat says the penyerapan is not computed; never the DPA's "-", Rp 0 spent."""
    if value.status is None and value.text and not_available(value.text):  # (nearly all: a number)
        return Value(status=value.text, text=value.text)
    return value


def choice(
    reader: CellReader, data: DataRow, header: str, canonical: Sequence[str], aliases: Mapping[str, str]
) -> tuple[str, str]:
    """A dropdown column: its value, the first when blank, "" (with a galat) when unknown or unreadable;
    and the cell's text ("" when blank), which the caller's checks read too."""
    cell = data.get(header)
    text = reader.text(cell)
    if (not text or (cell is not None and cell.merged)) and unreadable(cell):  # #N/A: not blank
        reader.value(cell, data.ref(header), header)  # its galat at the cell
        return "", text
    if not text:  # (hidden_choice speaks of a cell under a merge across only: nearly none is)
        if (
            cell is not None
            and cell.across
            and (hidden := hidden_choice(data.cells, data.cols, header, ", ".join(canonical)))
        ):
            reader.add(GALAT, data.ref(header), hidden)  # "pengaduan" of Satuan merged over Polaritas
            return "", text
        return canonical[0], text
    matched = c.match_choice(text, canonical, aliases)
    if matched is None:
        choices = ", ".join(canonical)
        why = f'{header} "{_clip(text)}" tidak dikenal (pilih: {choices}); capaian indikator ini'
        reader.add(GALAT, data.ref(header), f"{why} tidak dihitung")
    return matched or "", text


def no_saved_value(cell: Cell | None) -> bool:
    """An Excel error or a formula without its saved value: no text, and no blank either."""
    return cell is not None and cell.value is None and bool(cell.error or cell.formula)
