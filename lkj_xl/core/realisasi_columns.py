"""An indicator's realisasi typed in a column of its own beside Kinerja's quarters.

Subbag Program types what it has at hand: the realisasi s.d. the quarter as e-Monev shows it
("Realisasi s.d. TW II", "Realisasi", "Smt I"), a month ("Juni"), a copy of "Realisasi TW II" made to
type this quarter in ("Realisasi TW II2"), or the capaian itself ("Capaian (%)"). Those columns are no
column of the contract and are not read: with the contract's quarter left blank, the indicator was
"Belum ada realisasi" without a word, or scored from the quarter typed before it (Nilai Akhir: TW I's
position; Kumulatif: TW I alone). Each such figure is a galat at its cell naming the quarter's cell
where it belongs, and that quarter is marked unusable: no capaian is computed without it. Typing the
quarter in the contract's column ("-" when there is no data yet) ends it; such columns beside the
quarters typed stay quiet, as does a total or a capaian the quarters typed give, or a 0 (the staff's
own formula over a blank quarter). Kinerja's own comparison columns (Realisasi Tahun Lalu,
Realisasi <year>, Target Akhir Renstra, Standar Nasional) and budget or physical columns never count.
Likewise the year's target typed in a column of its own ("Target 2025", "Target PK") beside a blank
Target: a galat there, no longer "Target kosong" as if none had been typed. And a Keterangan naming
a realisasi ("Realisasi s.d. TW II sebesar 29%") beside the reported quarter left blank: a note is no
figure, a peringatan (the indicator is computed as typed).

The column titles are told apart as Anggaran's spending columns are (:mod:`spending_columns`).
Pure: works on the grids of :mod:`lkj_xl.core.parse`, after it has parsed the input sheets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import rentang_skor
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import blank
from lkj_xl.core.formulas import (
    as_rounded,
    capaian_exact,
    capped,
    kriteria,
    near_typed,
    realisasi_sd,
    round_half_up,
)
from lkj_xl.core.grids import column_letter, find_header, find_sheet
from lkj_xl.core.kalimat import capaian_teks, tertulis
from lkj_xl.core.keterangan_sd import running_total
from lkj_xl.core.model import GALAT, PERINGATAN, Grid, IndicatorInput, Settings, Value, WorkbookInput
from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.core.periode_diminta import Periode, seperti
from lkj_xl.core.polaritas_teks import BERNILAI_NEGATIF, RUMUS_NEGATIF
from lkj_xl.core.spending_columns import (
    QUARTER,
    TOTAL_SD,
    ColumnWords,
    half_of,
    own_column,
    own_columns,
    own_value,
    period_words,
    sd_period,
)
from lkj_xl.core.unit_checks import number_in_status

REALISASI = ColumnWords(
    frozenset(
        # "tahunan": "Realisasi Tahunan", the year's figure s.d. the reported quarter (never last year's)
        {
            "realisasi",
            "real",
            "kinerja",
            "capaian",
            "nilai",
            "tahun",
            "tahunan",
            "ini",
            "berjalan",
            "bulan",
            "persen",
        }
    ),
    frozenset({"realisasi", "capaian"}),
    re.compile(
        r"\b(?:lalu|sebelumnya|renstra|rpjmd|standar|nasional|target|rencana|keterangan|catatan|ket|"
        r"formulasi|rumus|sumber|anggaran|keuangan|pagu|rp|belanja|sp2d|dana|fisik|penyerapan|serapan|"
        r"kriteria|predikat|kategori|selisih|deviasi|sisa|no|nomor|kode|satuan)\b"
    ),
    percent=True,
)
_CAPAIAN = -3  # the column's kind: the capaian s.d. a quarter, typed instead of the realisasi
# "Realisasi 2025": an earlier year's column, or a galat at its header (parse_analisis)
_YEAR_COLUMN = re.compile(r"realisasi ?[0-9]{4}")


def _words(label: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", c.normalize_label(label)).split()


def realisasi_column(label: object, tahun: int | None) -> tuple[int, int | None] | None:
    """(kind, quarter) of a Kinerja header that is no contract column but holds an indicator's
    realisasi (see :func:`spending_columns.own_column`), or (_CAPAIAN, quarter) its capaian."""
    if not isinstance(label, str) or _YEAR_COLUMN.fullmatch(c.normalize_label(label)):
        return None
    found = own_column(label, tahun, REALISASI)
    if found is not None and "capaian" in _words(label):
        return _CAPAIAN, found[1]
    return found


def check_realisasi_columns(
    data: WorkbookInput, grids: Mapping[str, Grid], asked: Periode | None = None
) -> None:
    """Galat at an indicator's realisasi typed in a column the contract does not read while its quarter
    is blank (see the module docstring), that quarter marked unusable; likewise its target beside a
    blank Target. A peringatan at a Keterangan naming a realisasi beside a blank reported quarter. ``asked``: the period asked with ``--triwulan`` (narasi59: as if typed)."""
    settings = seperti(data.settings, asked)
    name = find_sheet(grids, c.SHEET_KINERJA)
    if name is None or not data.indicators or settings.triwulan_galat:
        return
    grid = grids[name]
    header_row, cols = find_header(grid, c.SHEET_KINERJA, c.KINERJA_HEADERS)
    reader = CellReader(c.SHEET_KINERJA, data.findings)
    quarters = [column_letter(cols[h]) for h in c.REALISASI_TW_HEADERS]
    reported = f"{quarters[settings.triwulan - 1]}%d"
    period = period_words(settings, settings.triwulan)  # "realisasi s.d. TW II" / "realisasi Tahun 2025"
    for item in data.indicators:  # (a note beside the quarter: the cheap test first)
        if item.keterangan and blank(item.realisasi_tw[settings.triwulan - 1]):
            where = (column_letter(cols["Keterangan"]), reported % item.row, settings.triwulan)
            _keterangan(reader, item, where, period)
        if item.keterangan:  # a note that a quarter is typed up to it (TW II's, the reported TW III blank)
            running_total(reader, item, column_letter(cols["Keterangan"]), quarters, settings.triwulan)
    contract = set(cols.values())
    own = [
        (col, cell.value.strip())
        for col, cell in enumerate(grid[header_row])
        if col not in contract and isinstance(cell.value, str)
    ]
    targets = [(col, label) for col, label in own if target_column(label, settings.tahun)]
    for item in data.indicators if targets else ():
        for col, label in targets:
            _target(reader, grid, item, (col, label, f"{column_letter(cols['Target'])}{item.row}"))
    columns = own_columns(
        grid, header_row, contract, REALISASI, lambda label: realisasi_column(label, settings.tahun)
    )
    graded = [(col, label) for col, label in own if _KRITERIA.search(c.normalize_label(label))]
    if not columns and not graded:
        return
    for item in data.indicators:
        for col, label, (kind, quarter) in columns:
            q = quarter or settings.triwulan
            if q > settings.triwulan:
                continue
            if blank(item.realisasi_tw[q - 1]):  # else the contract's is read
                quarter_of = (q, sd_period(settings, q))
                _row(reader, grid, item, (col, label, quarters[q - 1]), kind, quarter_of, settings)
            elif kind != QUARTER:  # a total or a capaian of the staff's own beside the quarters typed
                _own_figure(reader, grid, item, (col, label, kind, q), settings)
        for col, label in graded:
            _own_kriteria(reader, grid, item, (col, label), settings)


def _row(
    reader: CellReader,
    grid: Grid,
    item: IndicatorInput,
    column: tuple[int, str, str],
    kind: int,
    quarter: tuple[int, str],
    settings: Settings,
) -> None:
    """The galat of one indicator's figure in the staff's column ``column`` (its index, title, and the
    letter of the contract's quarter ``q``, blank), when it holds a figure that is lost. ``quarter``:
    ``q`` and the period a total s.d. ``q`` is named by ("Tahun 2025" in the year's report)."""
    col, label, letter = column
    q = quarter[0]
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    ref = f"{column_letter(col)}{item.row}"
    satuan = "%" if kind == _CAPAIAN else item.satuan
    value = CellReader(reader.sheet, []).value(cell, ref, label, satuan=satuan)  # its own words: unread
    if value.exact is None or value.galat or not value.exact:
        return  # nothing there, a word, or a 0 (the staff's formula over a blank quarter)
    typed = item.realisasi_tw[:q]
    counted: Fraction | None = None
    if kind != QUARTER:
        if any(v.galat or v.status for v in typed):
            return  # a quarter unreadable or a status: said at its cell already
        counted = realisasi_sd([v.exact for v in typed], item.jenis_realisasi)
        if kind == _CAPAIAN:
            counted = _capaian(item, counted)
        if counted is not None and _agrees(value.exact, counted, kind):
            return  # what the quarters typed give: nothing is lost
    reader.add(
        GALAT, ref, _message(item, label, value, kind, (quarter, f"{letter}{item.row}", counted), settings)
    )
    item.realisasi_tw[q - 1] = Value(text=reader.text(cell), galat=f"{reader.sheet}!{ref}")


# The words of a column of this year's PK target ("Target 2025", "Target PK", "Target Tahunan").
_TARGET_WORDS = frozenset(
    {"target", "tahun", "tahunan", "ini", "pk", "perjanjian", "kinerja", "indikator", "murni"}
)


def target_column(label: str, tahun: int | None) -> bool:
    """Whether a Kinerja header that is no contract column holds the year's target (not a quarter's,
    a revised one, another year's or the Renstra's)."""
    words = [w for w in _words(label) if not (len(w) == 4 and w.isdecimal() and int(w) == tahun)]
    return bool(words) and words[0] == "target" and set(words) <= _TARGET_WORDS


def _target(reader: CellReader, grid: Grid, item: IndicatorInput, column: tuple[int, str, str]) -> None:
    """The galat of an indicator's target typed in the staff's column ``column`` (its index, title and
    the contract's Target cell) while Target and Target Perubahan are blank."""
    if item.target.filled or item.target.galat or item.target_perubahan.filled:
        return
    col, label, where = column
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    ref = f"{column_letter(col)}{item.row}"
    value = CellReader(reader.sheet, []).value(cell, ref, label, satuan=item.satuan)
    if value.exact is None or value.galat:
        return
    reader.add(
        GALAT,
        ref,
        f'Target indikator "{item.indikator}" ({item.kode}) ditulis di kolom "{label}" '
        f'({tertulis(value, item.satuan)}), yang tidak dibaca, sedangkan kolom "Target" ({where}) kosong: '
        f'tulis target Perjanjian Kinerja di kolom "Target" (kolom "{label}" boleh tetap ada); capaian '
        "tidak dihitung sampai angkanya dipindahkan",
    )
    item.target = Value(text=reader.text(cell), galat=f"{reader.sheet}!{ref}")


# A word before the realisasi in a note: "Realisasi s.d. TW II sebesar 29%", "tercapai 4 koperasi".
_CUE = re.compile(r"\b(?:realisasi|terealisasi|realisasinya|tercapai|capaian|sebanyak|sejumlah|mencapai)\b")


def _keterangan(reader: CellReader, item: IndicatorInput, where: tuple[str, str, int], period: str) -> None:
    """A peringatan at a Keterangan that names a realisasi ("Realisasi s.d. TW II 29") while the
    reported quarter is blank: a note is no figure, and the indicator is computed without it."""
    letter, cell, triwulan = where
    folded = item.keterangan.casefold()
    found = _CUE.search(folded)
    if found is None or not (number := number_in_status(folded[found.end() :])):
        return
    try:
        figure = parse_number(number).exact
    except NumberParseError:
        figure = None
    if figure is not None and any(v.exact == figure for v in item.realisasi_tw[:triwulan]):
        return  # an earlier quarter's figure, typed in its cell too ("Realisasi TW I sebanyak 25")
    tw = c.TW_LABELS[triwulan - 1]
    reader.add(
        PERINGATAN,
        f"{letter}{item.row}",
        f'Keterangan indikator "{item.indikator}" ({item.kode}) menyebut angka {number} '
        f'("{item.keterangan}"), sedangkan kolom "Realisasi {tw}" ({cell}) kosong: Keterangan tidak dibaca '
        f"sebagai realisasi, jadi {period} dan capaiannya dihitung tanpa angka itu. "
        f"Bila {number} "
        f'realisasi {tw}, tulis angkanya di kolom "Realisasi {tw}"',
    )


# A column of the staff's own rating: "Kriteria", "Kriteria Capaian", "Kategori".
_KRITERIA = re.compile(r"^(?:kriteria|kategori)\b(?!.*\btarget\b)")


def _scored(item: IndicatorInput, q: int) -> Fraction | None:
    """The realisasi s.d. TW ``q`` the engine scores the indicator on, None when it is not scored from
    the quarters as typed (a cell unreadable or a status, the row a galat, no Polaritas or Jenis)."""
    typed = item.realisasi_tw[:q]
    if item.galat or any(v.galat or v.status for v in typed) or not item.jenis_realisasi:
        return None
    if item.polaritas not in (c.POSITIF, c.NEGATIF):
        return None
    return realisasi_sd([v.exact for v in typed], item.jenis_realisasi)


def _own_figure(
    reader: CellReader,
    grid: Grid,
    item: IndicatorInput,
    column: tuple[int, str, int, int],
    settings: Settings,
) -> None:
    """A peringatan at the staff's own capaian or realisasi s.d. TW ``q`` typed beside the quarters,
    when it is not the figure the report computes from them: both figures, and which the report uses
    (the column is not read). Rounded as the staff round it, or the capaian before the Batas Capaian,
    it agrees."""
    col, label, kind, q = column
    satuan = "%" if kind == _CAPAIAN else item.satuan
    ref, value = own_value(grid, c.SHEET_KINERJA, item.row, col, label, satuan=satuan)
    realisasi = _scored(item, q)
    if not value.exact or value.galat or realisasi is None:
        return  # nothing there, a word, or a 0 (a formula over blanks)
    subject = f'indikator "{item.indikator}" ({item.kode})'
    # "realisasi s.d. TW II"; the year's report's own total: "realisasi Tahun 2025", as its tables say
    sd = period_words(settings, q)
    if kind == _CAPAIAN:
        raw = _capaian(item, realisasi)
        if raw is None:
            return
        used = capped(raw, settings.batas_capaian)
        if any(
            near_typed(typed, shown) for typed in (value.exact, value.exact * 100) for shown in (raw, used)
        ):
            return
        typed, computed = f"{whole_or_two(value.exact)}%", capaian_teks(used, None, settings)
        used_target = (
            "Target Perubahan" if item.target_perubahan.filled else "Target"
        )  # (APBD-P: the revised)
        what = f"capaian dari {used_target} dan {sd}"
        if item.polaritas == c.NEGATIF:  # other SAKIP systems divide target by realisasi
            what += f" ({BERNILAI_NEGATIF}: {RUMUS_NEGATIF})"
    else:
        if as_rounded(value.exact, realisasi) or _half_agrees(item, label, q, value.exact):
            return
        shown = Value(exact=realisasi, number=float(realisasi))
        typed, computed = tertulis(value, item.satuan), tertulis(shown, item.satuan)
        what = f"{sd} dari kolom triwulan ({item.jenis_realisasi})"
    noun = "Capaian" if kind == _CAPAIAN else "Realisasi"
    reader.add(
        PERINGATAN,
        ref,
        f'{noun} {subject} di kolom "{label}" ditulis {typed}, berbeda dengan {what}: {computed}; laporan '
        f'memakai {computed} (kolom "{label}" tidak dibaca). Periksa realisasi per triwulan, Target dan '
        f"Jenis Realisasi, atau angka di kolom itu",
    )


def _half_agrees(item: IndicatorInput, label: str, q: int, typed: Fraction) -> bool:
    """Whether a column of a half year's own ("Realisasi Semester II": July-December) holds what its
    quarters give (TW III + TW IV, their mean, the latest), as the staff round it."""
    half = half_of(label)
    if half is None or half[1] != q:
        return False
    quarters = item.realisasi_tw[half[0] - 1 : half[1]]
    if any(v.galat or v.status for v in quarters):
        return False
    own = realisasi_sd([v.exact for v in quarters], item.jenis_realisasi)
    return own is not None and as_rounded(typed, own)


def _own_kriteria(
    reader: CellReader, grid: Grid, item: IndicatorInput, column: tuple[int, str], settings: Settings
) -> None:
    """A peringatan at the staff's own kriteria typed beside the quarters when it is not the one of
    the capaian the report computes (on Pengaturan's Skala Kriteria); a word no scale has is left alone."""
    col, label = column
    cells = grid[item.row - 1] if item.row - 1 < len(grid) else []
    cell = cells[col] if col < len(cells) else None
    typed = " ".join(cell.value.split()) if cell is not None and isinstance(cell.value, str) else ""
    named = next((k for k in c.KRITERIA if k.casefold() == typed.casefold()), None)
    q = settings.triwulan
    realisasi = None if named is None or blank(item.realisasi_tw[q - 1]) else _scored(item, q)
    raw = _capaian(item, realisasi)
    if raw is None:
        return
    used = capped(raw, settings.batas_capaian)
    computed = kriteria(used, settings.skala)
    if named == computed:
        return
    other = next(skala for skala in c.SKALA if skala != settings.skala)
    hint = (
        f'; "{typed}" ialah kriteria skala {other}: ubah Skala Kriteria di sheet {c.SHEET_PENGATURAN} bila '
        "skala itu yang dipakai"
        if kriteria(used, other) == named
        else ""
    )
    reader.add(
        PERINGATAN,
        f"{column_letter(col)}{item.row}",
        f'Kriteria indikator "{item.indikator}" ({item.kode}) di kolom "{label}" ditulis "{typed}", berbeda '
        f'dengan kriteria capaian {capaian_teks(used, None, settings)} ({settings.skala}): "{computed}"; laporan memakai '
        f'"{computed}" (kolom "{label}" tidak dibaca){hint}',
    )


def _capaian(item: IndicatorInput, realisasi: Fraction | None) -> Fraction | None:
    """The capaian the quarters typed give (None without a realisasi or a usable target)."""
    value = item.target_perubahan if item.target_perubahan.filled else item.target
    target = value.exact
    if realisasi is not None and value.rentang is not None and not value.galat:  # "60-85 %": its own rule
        try:
            return rentang_skor.skor(realisasi, value.rentang, item.polaritas)
        except ValueError:  # (a lower bound 0 under a realisasi below it: the galat says so)
            return None
    if realisasi is None or target is None or target.numerator <= 0:
        return None
    return capaian_exact(realisasi, target, item.polaritas)


def _agrees(typed: Fraction, counted: Fraction, kind: int) -> bool:
    """A figure typed as the staff round it: a total to 2 decimals, a capaian to whole points (or as
    a fraction, 0,61 for 61 %)."""
    if kind == _CAPAIAN:
        return abs(typed - counted) <= Fraction(1, 2) or abs(typed * 100 - counted) <= Fraction(1, 2)
    return round_half_up(typed, 2) == round_half_up(counted, 2)


def _message(
    item: IndicatorInput,
    label: str,
    value: Value,
    kind: int,
    where: tuple[tuple[int, str], str, Fraction | None],
    settings: Settings,
) -> str:
    (q, sd), cell, counted = where
    tw = c.TW_LABELS[q - 1]
    header = f"Realisasi {tw}"
    subject = f'indikator "{item.indikator}" ({item.kode})'
    if kind == _CAPAIAN:
        said = (
            f'Capaian {sd} {subject} ditulis di kolom "{label}" ({whole_or_two(value.exact or Fraction(0))}%)'
        )
        computed = capaian_teks(
            counted, None, settings
        )  # as the tables would show it: 99,996 is not "100,00"
        gives = f"capaian dari kolom triwulan: {computed}" if computed else ""
        fill = f'tulis realisasinya (bukan capaian) di kolom "{header}"'
        tail = "capaian dihitung dari realisasi dan target, dan tidak dihitung sampai realisasinya ditulis"
    else:
        said = f'Realisasi {sd if kind == TOTAL_SD else tw} {subject} ditulis di kolom "{label}" '
        said += f"({tertulis(value, item.satuan)})"
        shown = Value(exact=counted, number=float(counted)) if counted is not None else None
        gives = f"realisasi {sd} dari kolom triwulan: {tertulis(shown, item.satuan)}" if shown else ""
        if kind == TOTAL_SD and item.jenis_realisasi != c.NILAI_AKHIR and q > 1:
            fill = f'tulis realisasi masing-masing triwulan di kolom "Realisasi TW I" s.d. "{header}"'
        else:
            fill = f'tulis realisasi {tw} di kolom "{header}"'
        tail = "capaian tidak dihitung sampai angkanya dipindahkan"
    return (
        f'{said}, yang tidak dibaca, sedangkan kolom "{header}" ({cell}) kosong{f" ({gives})" if gives else ""}: '
        f'{fill} ("-" bila datanya memang belum ada); {tail}'
    )
