"""The Hitung Ulang button and the LKJ.* worksheet functions.

``hitung_ulang(book)`` works on any ``xw.Book``: the book the add-in sends to xlwings Server or xlwings
Lite, or desktop Excel through RunPython (``xw.Book.caller()``). It is the same code path as
``lkj-xl build``: ``parse_workbook`` -> ``engine.compute`` -> ``tables.layouts``; only the reading and
writing adapter (:mod:`lkj_xl.xl.book`) differs.

The decorators are xlwings' own ``xw.script`` / ``xw.func`` / ``xw.arg``: they register the script and
functions with xlwings Server and xlwings Lite (where ``XLWINGS_ON_SERVER`` is set before xlwings is
imported; :func:`lkj_xl.xl.server.serve` does that), are classic UDF decorators on Windows, and do
nothing elsewhere. Importing this module needs no xlwings licence key.

In Excel the functions are ``LKJ.CAPAIAN``, ``LKJ.KRITERIA``, ``LKJ.EFISIENSI`` and ``LKJ.ANGKA``: the
``LKJ`` namespace comes from the add-in manifest (``XLWINGS_FUNCTIONS_NAMESPACE=LKJ``).
"""

from __future__ import annotations

import asyncio
import functools
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypedDict, Unpack, cast

import xlwings as xw
from xlwings import XlwingsError

from lkj_xl.core import contract as c
from lkj_xl.core import engine, rentang_skor
from lkj_xl.core.catatan_terhapus import cleared_texts, cleared_texts_note
from lkj_xl.core.layout import SheetLayout
from lkj_xl.core.model import Finding, Report, in_sheet_order
from lkj_xl.core.numbers import NumberParseError, parse_number
from lkj_xl.xl.book import BookError, Calls, is_remote, write_layouts
from lkj_xl.xl.in_place import password_locked, password_locked_alert
from lkj_xl.xl.inputs import EXCEL_ERRORS, read_inputs
from lkj_xl.xl.lite import clear_in_place_lite, output_titles_lite

MAX_ALERT_ITEMS = 10
MAX_ALERT_CHARS = 1500  # the add-in passes the alert text in a URL


class HitungUlangError(XlwingsError):
    """Hitung Ulang cannot run on this workbook (missing sheet or header...).

    The message, in Bahasa Indonesia, is what the user sees: xlwings Server answers 422 with it and
    the add-in shows it; the desktop macro shows it in a message box.
    """

    status_code = 422


@dataclass
class PressResult:
    """What one press of Hitung Ulang did."""

    report: Report
    calls: Calls  # xlwings calls (remote engine: actions returned to the add-in)
    percent_known: bool  # whether percent number formats of input cells were available
    alert: str | None  # the text of the pop-up shown (press_notice), if any
    plan: dict[str, int] | None = None  # with a plan: the Office.js writes it stands for, by kind


class PressOptions(TypedDict, total=False):
    """What the lkj-xl task pane sends about the book besides its JSON (:func:`hitung_ulang`'s keyword
    arguments, read by :func:`_prepare`)."""

    merged_areas: Mapping[str, Iterable[str]] | None
    hidden_rows: Mapping[str, Iterable[str]] | None
    output_titles: Mapping[str, object] | None
    output_owners: Mapping[str, object] | None
    empty_outputs: Collection[str] | None  # sheets named like an output sheet holding no value
    month_cells: Mapping[str, Iterable[str]] | None
    formula_cells: Mapping[str, Mapping[str, str]] | None
    struck_cells: Mapping[str, Iterable[str]] | None
    typed_texts: Mapping[str, Mapping[str, str]] | None  # texts of the unprotected output sheets


@dataclass
class _Prepared:
    """A press computed, nothing written yet (every refusal raised before)."""

    report: Report
    calls: Calls
    percent_known: bool
    sheets: list[SheetLayout]  # the layouts to write
    stale: list[str]  # output sheets no longer written
    cleared: list[tuple[str, str, str]]  # (sheet, cell, text) typed by staff that the press clears


def hitung_ulang(
    book: xw.Book,
    percent_cells: Mapping[str, Iterable[str]] | None = None,
    *,
    plan: bool | int = False,
    **options: Unpack[PressOptions],
) -> PressResult:
    """Read the input sheets, compute, rewrite every output sheet, then show one pop-up when there
    are findings (:func:`press_notice`).

    ``plan``: answer with one plan for the lkj-xl task pane to apply (:mod:`lkj_xl.xl.plan`, a few
    round trips) instead of one xlwings action per write (any xlwings client, e.g. xlwings Lite):
    True for the current plan version, or the version the task pane announced.

    ``output_titles``: the A1 of each sheet named like an output sheet, as the lkj-xl task pane sends
    them (the book JSON leaves those sheets out), and ``output_owners`` the value of the owner name
    of those that carry one (:data:`~lkj_xl.core.ownership.OWNER_NAME`); desktop Excel reads both.

    ``month_cells``: the dates shown without their day, as the lkj-xl task pane sends them
    (:func:`~lkj_xl.xl.inputs.read_inputs`); desktop Excel reads formats, formulas, sheet visibility.
    ``formula_cells``: the formulas of the input cells holding one, as the lkj-xl task pane sends them;
    ``struck_cells``: the input cells struck through (Font > Strikethrough), likewise.

    Raises :class:`HitungUlangError` (nothing written) when the workbook lacks an input sheet or
    header, or holds a sheet of the user's named like an output sheet (as ``lkj-xl build`` refuses), or
    (desktop Excel) an output sheet locked with a password of the user's. Findings about single cells
    never stop the run: the results are written for the rest,
    and the galat alert names the cells whose values were not used.
    """
    if unknown := options.keys() - PressOptions.__optional_keys__:  # a typo fails as with named arguments
        raise TypeError(f"hitung_ulang() got unexpected keyword arguments {sorted(unknown)}")
    prepared = _prepare(book, percent_cells, options)
    return _write(book, prepared, plan=plan, output_titles=options.get("output_titles"))


def _prepare(
    book: xw.Book, percent_cells: Mapping[str, Iterable[str]] | None, options: PressOptions
) -> _Prepared:
    """A press read and computed, nothing written (:func:`hitung_ulang`'s arguments; its refusals)."""
    from lkj_xl.core.engine import compute
    from lkj_xl.core.parse import WorkbookError, parse_workbook
    from lkj_xl.core.tables import layouts
    from lkj_xl.core.tahun_lalu import as_printed

    try:
        inputs = read_inputs(
            book,
            percent_cells,
            options.get("merged_areas"),
            options.get("hidden_rows"),
            options.get("month_cells"),
            options.get("formula_cells"),
            options.get("struck_cells"),
        )
    except BookError as exc:
        raise HitungUlangError(str(exc) + stale_outputs_note(book)) from exc
    try:
        parsed = parse_workbook(inputs.grids, inputs.sheet_names)  # every sheet: a rekap named as one
    except WorkbookError as exc:
        raise HitungUlangError(
            "Hitung Ulang tidak dapat dijalankan: " + "; ".join(exc.problems) + "." + stale_outputs_note(book)
        ) from exc
    report = as_printed(compute(parsed))  # (the sheets' signature block prints the date, as build's)
    sheets = layouts(report)
    names = [lay.name for lay in sheets]
    titles, owners = options.get("output_titles"), options.get("output_owners")
    # An empty sheet (a press interrupted after its clear) holds nothing of the user's to lose.
    empty = set(options.get("empty_outputs") or ())
    foreign = [s for s in foreign_output_sheets(book, names, titles, owners) if s not in empty]
    if foreign:
        from lkj_xl.core.ownership import foreign_sheet_alert

        a1_only = is_remote(book) and titles is not None and owners is None
        raise HitungUlangError(foreign_sheet_alert(foreign, a1_only=a1_only))
    if not is_remote(book) and (locked := password_locked(book, names)):  # (the task pane: lkj.js)
        raise HitungUlangError(password_locked_alert(locked))
    # Output sheets no longer written (analysis sheets without analysis inputs): removed when lkj-xl
    # wrote them (the task pane checks its owner name and A1; desktop Excel here; other xlwings
    # clients leave them).
    stale = [name for name in c.OUTPUT_SHEETS if name not in {lay.name for lay in sheets}]
    cleared = cleared_texts(options.get("typed_texts") or {}, sheets)
    return _Prepared(report, inputs.calls, inputs.percent_known, sheets, stale, cleared)


def _write(
    book: xw.Book,
    prepared: _Prepared,
    *,
    plan: bool | int,
    output_titles: Mapping[str, object] | None,
    cleared: Collection[str] = (),
) -> PressResult:
    """Write a prepared press, then its pop-up. ``cleared``: output sheets of a remote book already
    cleared in place (xlwings Lite, :func:`~lkj_xl.xl.lite.clear_in_place_lite`), written into as they are."""
    report, calls, sheets, stale = prepared.report, prepared.calls, prepared.sheets, prepared.stale
    operations = None
    if plan:
        from lkj_xl.xl.plan import PLAN_VERSION, write_plan

        version = PLAN_VERSION if plan is True else int(plan)
        # The sheets named like an output sheet that the task pane read A1 of (each lkj-xl's, the
        # check above): rewritten in place.
        written, operations = write_plan(book, sheets, stale, version, list(output_titles or ()))
        calls.add(written)
    else:
        calls.add(write_layouts(book, sheets, cleared=cleared))
        if not is_remote(book):
            remove_tool_sheets(book, stale)
    notice = with_hidden_note(press_notice(report), calls.left_hidden)
    notice = with_note(notice, cleared_texts_note(prepared.cleared))
    message = notice.text if notice else None
    if notice:
        _alert(book, notice)
        calls.alerts += 1
    return PressResult(
        report=report, calls=calls, percent_known=prepared.percent_known, alert=message, plan=operations
    )


def stale_outputs_note(book) -> str:
    """What a refused press leaves: the output sheets already in an agency's book (a press or a build
    before) hold the figures of then, not of the input sheets as they are now; "" when there is none,
    or the book holds no input sheet (a rekap workbook's Grafik and Pemeriksaan are its own)."""
    outputs = {c.normalize_label(name) for name in c.OUTPUT_SHEETS}
    inputs = {c.normalize_label(name) for name in c.INPUT_SHEETS}
    names = [sheet.name for sheet in book.sheets]
    left = [name for name in names if c.normalize_label(name) in outputs]
    if not left or not any(c.normalize_label(name) in inputs for name in names):
        return ""
    return (
        f" Buku kerja tidak diubah: sheet keluaran yang ada ({', '.join(left)}) masih hasil hitungan "
        "sebelumnya, belum memuat isi sheet input saat ini."
    )


def _alert(book, notice: Notice) -> None:
    """The pop-up of a press, to this book."""
    if is_remote(book):
        # What book.app.alert appends, but to this book: the remote App appends to
        # ``books.active``, which concurrent presses share (the alert would reach another user).
        book.impl.append_json_action(func="alert", args=[notice.text, notice.title, "ok", notice.mode, ""])
    else:
        book.app.alert(notice.text, title=notice.title, buttons="ok", mode=notice.mode)


def foreign_output_sheets(
    book,
    written: list[str],
    titles: Mapping[str, object] | None,
    owners: Mapping[str, object] | None = None,
) -> list[str]:
    """The book's sheets named like an output sheet in ``written`` (ignoring case) that lkj-xl did not
    write: replacing one would delete the user's own sheet. The rule of ``lkj-xl build``
    (:func:`~lkj_xl.core.ownership.is_tool_sheet`): the owner name scoped to the sheet, or lkj-xl's
    title in A1. A remote book's A1 and owner names come from ``titles`` and ``owners`` (the task
    pane's; an older one sends no owners: A1 alone, so a doubtful sheet is refused, never deleted);
    other xlwings clients send neither: not checked. Desktop Excel reads both itself."""
    remote = is_remote(book)
    if remote and titles is None:
        return []
    # Names compared as the task pane compares them (spaces and case aside), which it replaces.
    keys = {c.normalize_label(name): name for name in written}
    foreign = []
    for sheet in book.sheets:
        wanted = keys.get(c.normalize_label(sheet.name))
        if wanted is not None and not _written_by_lkj_xl(sheet, wanted, titles, owners):
            foreign.append(sheet.name)
    return foreign


def _written_by_lkj_xl(
    sheet, wanted: str, titles: Mapping[str, object] | None, owners: Mapping[str, object] | None
) -> bool:
    from lkj_xl.core.ownership import OWNER_NAME, is_owner_name, is_tool_sheet

    if titles is not None:  # the task pane's
        owner = is_owner_name(OWNER_NAME, (owners or {}).get(sheet.name))
        return is_tool_sheet(wanted, owner_name=owner, a1=titles.get(sheet.name))
    return is_tool_sheet(wanted, owner_name=_has_owner_name(sheet), a1=sheet["A1"].value)


def _has_owner_name(sheet) -> bool:
    """Whether a desktop sheet carries lkj-xl's owner name (COM names a sheet's own "Ringkasan!name")."""
    from lkj_xl.core.ownership import is_owner_name

    try:
        return any(is_owner_name(n.name.rpartition("!")[2], n.refers_to) for n in sheet.names)
    except Exception:  # noqa: BLE001 - names unreadable: A1 alone decides (a doubtful sheet is refused)
        return False


def remove_tool_sheets(book, names: list[str]) -> None:
    """Delete the sheets ``names`` of a desktop book that lkj-xl wrote (as ``lkj-xl build`` tells)."""
    for sheet in list(book.sheets):
        wanted = next((n for n in names if n.casefold() == sheet.name.strip().casefold()), None)
        if wanted is not None and _written_by_lkj_xl(sheet, wanted, None, None):
            sheet.delete()


@dataclass(frozen=True)
class Notice:
    """The one pop-up a press shows (xlwings' alert: the task pane, xlwings Lite, desktop Excel)."""

    text: str
    title: str
    mode: str  # xlwings' alert mode: "critical" or "info"


def press_notice(report: Report) -> Notice | None:
    """What a press says once the tables are written, the same in the task pane, xlwings Lite and
    the desktop button (all three run :func:`hitung_ulang`): the galat alert naming the cells, or,
    without galat, a short note counting the peringatan, with the sentence of a reported quarter
    left blank in every row (its figures are the earlier quarters' alone, said under every table).
    None, no pop-up, when there is no finding at all. Every peringatan counts: many change a figure
    without saying so in words a rule could pick (a blank Jenis Realisasi summing the quarters, a
    figure left in Keterangan), and staff who pressed the button would otherwise never open
    Pemeriksaan. Never one pop-up per finding."""
    warnings = len(report.findings) - len(report.errors)
    from lkj_xl.core.kalimat import kosong_notes

    notes = kosong_notes(report, kinerja=True, anggaran=True)  # the sentences under the tables
    if report.errors:
        text = alert_text(report.errors, warnings, notes) or ""
        return Notice(text, "Hitung Ulang: ada galat", "critical")
    if not warnings:
        return None
    lines = [f"Tabel sudah dihitung. {warnings} peringatan: lihat sheet {c.SHEET_PEMERIKSAAN}.", *notes]
    return Notice("\n".join(lines), "Hitung Ulang selesai", "info")


def hidden_sheets_note(names: Sequence[str]) -> str:
    """Why output sheets the user hid stay hidden after a press rewrote them: Excel refuses to show
    a sheet while the workbook's structure is protected (Protect Workbook). "" for none. The task
    pane says the same (``HIDDEN_LEFT`` in lkj_xl/xl/static/lkj.js)."""
    if not names:
        return ""
    from lkj_xl.core.kalimat import daftar

    which = daftar([f'"{name}"' for name in names])
    return (
        f"Lembar {which} sudah diperbarui tetapi tetap tersembunyi karena struktur buku kerja "
        "diproteksi (Tinjau > Proteksi Buku Kerja). Buka proteksi itu lalu tampilkan lembarnya "
        "(klik kanan tab lembar > Tampilkan) sebelum mencetak."
    )


def with_hidden_note(notice: Notice | None, hidden: Sequence[str]) -> Notice | None:
    """The press's pop-up with :func:`hidden_sheets_note` added (a pop-up of its own when the press
    found nothing else to say)."""
    return with_note(notice, hidden_sheets_note(hidden))


def with_note(notice: Notice | None, note: str) -> Notice | None:
    """The press's pop-up with ``note`` added (a pop-up of its own when there was none)."""
    if not note:
        return notice
    if notice is None:
        return Notice(note, "Hitung Ulang selesai", "info")
    return Notice(notice.text + "\n" + note, notice.title, notice.mode)


def alert_text(errors: list[Finding], warnings: int = 0, notes: Sequence[str] = ()) -> str | None:
    """The alert for galat findings (None when there are none), naming the cells; ``warnings``: how
    many peringatan the press found besides, ``notes``: sentences said before the last line."""
    if not errors:
        return None
    lines = [
        f"Hasil sudah ditulis, tetapi ada {len(errors)} galat: sel berikut tidak dapat dibaca, dan "
        "indikator atau anggaran yang memerlukannya tidak dihitung (tabel menulis Galat). Perbaiki "
        "lalu tekan Hitung Ulang lagi."
    ]
    shown = 0
    for finding in in_sheet_order(errors)[:MAX_ALERT_ITEMS]:
        line = f"- {_where(finding)}: {finding.pesan}"
        if sum(len(x) + 1 for x in [*lines, *notes]) + len(line) > MAX_ALERT_CHARS - 110:
            break  # (110: room for the last two lines)
        lines.append(line)
        shown += 1
    rest = len(errors) - shown
    if rest:
        lines.append(f"... dan {rest} galat lainnya.")
    lines += notes
    also = f"Ada juga {warnings} peringatan. " if warnings else ""
    lines.append(f'{also}Semua temuan ada di lembar "{c.SHEET_PEMERIKSAAN}".')
    return "\n".join(lines)


def _where(finding: Finding) -> str:
    sheet = finding.sheet
    if any(ch in sheet for ch in " -'!()"):
        sheet = "'" + sheet.replace("'", "''") + "'"
    return f"{sheet}!{finding.sel}" if finding.sel else sheet


@xw.script(name="Hitung Ulang", exclude=list(c.OUTPUT_SHEETS))
async def hitung_ulang_script(book: xw.Book, persen: dict | None = None, klien: dict | None = None):
    """Hitung Ulang: menghitung ulang semua lembar hasil dari lembar Pengaturan, Kinerja dan Anggaran.

    ``persen`` (sent by the lkj-xl task pane): sheet name -> A1 references of the input cells whose
    number format is a percentage, which the book JSON does not carry. ``klien`` (also from the task
    pane): ``{"rencana": N}`` when it applies plans of version N (:mod:`lkj_xl.xl.plan`); without it
    (an older task pane, another xlwings client) the answer is one action per write; and
    ``"gabung"``: sheet name -> the merged ranges of the input sheets (Excel with ExcelApi 1.13);
    ``"tersembunyi"``: sheet name -> the rows ("7:8", "12"; by hand or by a filter) and columns
    ("J:J") Excel hides there; ``"keluaran"``: sheet name -> the value of A1 of each sheet named like
    an output sheet (a sheet of the user's of that name is refused, not replaced); ``"pemilik"``:
    sheet name -> the formula of the owner name ``lkj_xl_keluaran`` of those that carry one (a
    sheet ``lkj-xl build`` wrote is lkj-xl's whatever its A1 says); ``"bulan"``: sheet
    name -> the date cells whose number format shows no day ("mmmm yyyy": "Juli 2025" typed);
    ``"rumus"``: sheet name -> {cell: formula} of the input cells holding a formula ("L13": "=K13+4");
    ``"coret"``: sheet name -> the input cells struck through that hold something ("B7");
    ``"ketikan"``: sheet name -> {cell: text} of the texts staff typed (by their formats:
    :func:`~lkj_xl.core.catatan_terhapus.typed_note`, the rule of `lkj-xl build`) in each output sheet
    found unprotected (staff typed a note there: the pop-up names those the press clears).
    Each sheet's ``visibility`` in the book JSON says which input sheet is hidden.
    """
    if persen is not None and not _sheet_refs(persen):
        raise HitungUlangError("Argumen 'persen' harus berupa peta nama sheet -> daftar alamat sel.")
    options = cast(
        PressOptions,
        {option: _klien_map(klien, key, valid, shape) for key, valid, option, shape in _KLIEN_MAPS},
    )
    from lkj_xl.xl.plan import plan_version

    plan = plan_version(klien) or False
    if sys.platform == "emscripten":  # xlwings Lite (Pyodide): no threads
        await hitung_ulang_lite(book, persen, options)
        return
    press = functools.partial(hitung_ulang, book, persen, plan=plan, **options)
    # The work is CPU-bound and synchronous: run it off the event loop so the server keeps answering.
    await asyncio.to_thread(press)


async def hitung_ulang_lite(
    book: xw.Book, percent_cells: Mapping[str, Iterable[str]] | None, options: PressOptions
) -> PressResult:
    """:func:`hitung_ulang` in xlwings Lite, action by action: the output sheets the book already has
    are cleared in place once the press is computed (refused before anything is written otherwise),
    each sent to Excel on its own (:func:`~lkj_xl.xl.lite.clear_in_place_lite`), so that the user's
    formulas citing them survive; a protected one is deleted and added as before. A sheet of the
    user's named like an output sheet is refused first, by its A1
    (:func:`~lkj_xl.xl.lite.output_titles_lite`)."""
    if options.get("output_titles") is None:
        titles, empty = await output_titles_lite(book)
        options = {**options, "output_titles": titles, "empty_outputs": empty}
    prepared = _prepare(book, percent_cells, options)
    cleared = await clear_in_place_lite(book, [lay.name for lay in prepared.sheets])
    return _write(
        book,
        prepared,
        plan=False,
        output_titles=options.get("output_titles"),
        cleared=cleared,
    )


def _klien_map(klien: dict | None, key: str, valid: Callable[[object], bool], shape: str) -> object:
    """``klien[key]`` (None when not sent), or a HitungUlangError naming the ``shape`` it must have."""
    value = klien.get(key) if isinstance(klien, dict) else None
    if value is not None and not valid(value):
        raise HitungUlangError(f"Argumen '{key}' harus berupa peta nama sheet -> {shape}.")
    return value


def _sheet_keys(value: object) -> bool:
    """True for a map keyed by sheet name."""
    return isinstance(value, dict) and all(isinstance(k, str) for k in value)


def _sheet_texts(value: object) -> bool:
    """True for a map sheet name -> {cell: text}."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, dict) and all(isinstance(t, str) for t in v.values())
        for k, v in value.items()
    )


def _sheet_refs(value: object) -> bool:
    """A map of sheet name -> cell references (a list, or one reference), as the task pane sends."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, (list, str)) for k, v in value.items()
    )


# klien's maps, checked in this order: the key the task pane sends, what its value must be, the
# PressOptions entry it fills, and the shape the error says it must have.
_KLIEN_MAPS: tuple[tuple[str, Callable[[object], bool], str, str], ...] = (
    ("gabung", _sheet_refs, "merged_areas", "daftar alamat sel"),
    ("tersembunyi", _sheet_refs, "hidden_rows", "daftar alamat baris atau kolom"),
    ("keluaran", _sheet_keys, "output_titles", "isi sel A1"),
    ("pemilik", _sheet_keys, "output_owners", "rumus nama lkj_xl_keluaran"),
    ("bulan", _sheet_refs, "month_cells", "daftar alamat sel"),
    ("rumus", _sheet_texts, "formula_cells", "{alamat sel: rumus}"),
    ("coret", _sheet_refs, "struck_cells", "daftar alamat sel"),
    ("ketikan", _sheet_texts, "typed_texts", "{alamat sel: teks}"),
)


# --- worksheet functions ------------------------------------------------------------------------


def _single(value: object, label: str) -> object:
    """A function argument that must be one cell's value: a range of several cells and an error value
    are refused with their own message (both used to read as an empty argument)."""
    if isinstance(value, (list, tuple)):
        cells = sum(len(v) if isinstance(v, (list, tuple)) else 1 for v in value)
        raise XlwingsError(f"{label} harus satu sel, bukan rentang {cells} sel; rujuk satu sel saja")
    if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
        raise XlwingsError(
            f"{label} berisi nilai galat Excel {value.strip()}; perbaiki sel atau rumus yang dirujuk"
        )
    return value


def _number(value: object, label: str) -> float:
    """A function argument as a number: a number as is, a text the Indonesian way ("1.234,5")."""
    value = _single(value, label)
    if isinstance(value, bool):
        raise XlwingsError(f"{label} berupa nilai logika (TRUE/FALSE), bukan angka")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and value.strip():
        try:
            return parse_number(value).value
        except NumberParseError as exc:
            raise XlwingsError(f"{label}: {exc}") from None
    raise XlwingsError(f"{label} kosong")


def _choice(value: object, canonical: tuple[str, ...], aliases: Mapping[str, str], label: str) -> str:
    matched = c.match_choice(_single(value, label), canonical, aliases)
    if matched is not None:
        return matched
    raise XlwingsError(f"{label} tidak dikenal: {value!r} (pilihan: {', '.join(canonical)})")


@xw.func
@xw.arg(
    "realisasi", err_to_str=True, doc="Realisasi: angka, atau teks cara Indonesia seperti 1.234,5 atau 40,71%"
)
@xw.arg("target", err_to_str=True, doc="Target: angka atau teks cara Indonesia; tidak boleh nol")
@xw.arg(
    "polaritas",
    err_to_str=True,
    doc='"Positif" (semakin tinggi realisasi semakin baik; bawaan) atau "Negatif" (bernilai negatif: semakin rendah realisasi semakin baik)',
)
def capaian(realisasi, target, polaritas="Positif"):
    """Capaian kinerja dalam persen. Positif: Realisasi / Target × 100. Negatif: (Target − (Realisasi − Target)) / Target × 100."""
    pol = _choice(
        polaritas if polaritas not in (None, "") else c.POSITIF, c.POLARITAS, c.POLARITAS_ALIASES, "Polaritas"
    )
    try:
        ranged = rentang_skor.skor_teks(_number(realisasi, "Realisasi"), _single(target, "Target"), pol)
        if ranged is not None:  # "60-85 %": PermenPANRB 8/2021's rule (README "Range targets")
            return ranged
        return engine.capaian(_number(realisasi, "Realisasi"), _number(target, "Target"), pol)
    except ValueError as exc:
        raise XlwingsError(str(exc)) from None


@xw.func
@xw.arg("capaian", err_to_str=True, doc="Capaian kinerja dalam persen, mis. 95,5")
@xw.arg(
    "skala",
    err_to_str=True,
    doc='"PermenPANRB" (bawaan: >90 Sangat Tinggi, >75 Tinggi, >65 Sedang, >50 Rendah) atau "Permendagri 86/2017"',
)
def kriteria(capaian, skala="PermenPANRB"):
    """Kriteria (predikat) sebuah capaian: Sangat Tinggi, Tinggi, Sedang, Rendah atau Sangat Rendah."""
    typed = _single(skala, "Skala") if skala not in (None, "") else c.SKALA_PERMENPANRB
    name = c.skala_from_text(str(typed))  # as Pengaturan reads it ("Permendagri No. 86 Tahun 2017")
    if name is None:
        raise XlwingsError(f"Skala tidak dikenal: {skala!r} (pilihan: {', '.join(c.SKALA)})")
    return engine.kriteria(_number(capaian, "Capaian"), name)


@xw.func
@xw.arg("capaian", err_to_str=True, doc="Capaian kinerja dalam persen")
@xw.arg(
    "penyerapan", err_to_str=True, doc="Penyerapan anggaran dalam persen (realisasi anggaran / pagu x 100)"
)
def efisiensi(capaian, penyerapan):
    """Efisiensi dalam poin persen: capaian kinerja dikurangi penyerapan anggaran (positif berarti efisien)."""
    return engine.efisiensi(_number(capaian, "Capaian"), _number(penyerapan, "Penyerapan"))


@xw.func
@xw.arg(
    "teks",
    err_to_str=True,
    doc="Angka tertulis cara Indonesia: 5.984,04 milyar; Rp 1.491.388.500.000; 40,71%; 2.047 unit",
)
def angka(teks):
    """Mengubah angka tertulis cara Indonesia menjadi bilangan (40,71% menjadi 40,71; 1,5 juta menjadi 1500000). Teks yang meragukan ditolak, tidak ditebak."""
    return _number(teks, "Teks")
