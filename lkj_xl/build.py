"""Library entry points: load a workbook's report, build its output sheets, export results.

These are what the CLI, the server and the tests call; each front end only adapts them.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lkj_xl.core import contract as c
from lkj_xl.core.model import Report, Settings, WorkbookInput
from lkj_xl.core.periode_diminta import Periode
from lkj_xl.errors import ContentError, FileError, LkjError

if TYPE_CHECKING:
    from lkj_xl.xlsx.opc import Package

# The library's errors, importable from here too (``from lkj_xl.build import LkjError``).
__all__ = ["ContentError", "FileError", "LkjError", "build", "build_in_memory", "load_report"]


def report_from_bytes(
    data: bytes | Package, triwulan: Periode | None = None, *, for_rekap: bool = False
) -> Report:
    """Read, parse and compute. Raises FileError (an unreadable or unsafe package) or ContentError
    (not an lkj-xl workbook: a missing sheet or header). ``data`` may be the package
    :func:`~lkj_xl.xlsx.opc.open_package` opened already. ``for_rekap``: without Tabel 3.3's rows
    and the Ringkasan, which the rekap never reads (:func:`lkj_xl.core.engine.compute`)."""
    from lkj_xl.core.engine import compute

    with gc_paused():
        inputs = _parsed(data, triwulan)  # (the grids freed already: the collector wakes after)
        report = compute(inputs, triwulan, for_rekap=for_rekap)
        del inputs
    return report


def _parsed(data: bytes | Package, triwulan: Periode | None = None) -> WorkbookInput:
    """Read and parse, raising as :func:`report_from_bytes` does."""
    from lkj_xl.core.parse import parse_workbook
    from lkj_xl.xlsx.read import read_grids

    grids, names = read_grids(data)
    return parse_workbook(grids, names, triwulan)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is read and computed.

    Reading, parsing and computing a district's workbook makes some million small objects that live
    until the report is done; the collector would walk all of them again and again (a third of the
    time). Reference counting still frees everything as usual; cycles wait until the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_report(path: str | Path, triwulan: Periode | None = None) -> Report:
    """The computed report of a workbook file."""
    path = Path(path)
    data = read_workbook(path)
    try:
        return report_from_bytes(data, triwulan)
    except LkjError as exc:
        raise exc.at(path) from exc


def render_outputs(report: Report, *, date_1904: bool = False, for_pdf: bool = False) -> bytes:
    """A standalone .xlsx holding only the output sheets of the report. ``for_pdf``: paginated for
    LibreOffice alone (the PDF's workbook), without the page breaks only Excel needs, each sheet at
    the fixed zoom its pages were estimated at (:func:`lkj_xl.core.pages.fix_zoom`)."""
    from lkj_xl.core import pages
    from lkj_xl.core.tables import layouts
    from lkj_xl.xlsx.render import render_workbook

    if not for_pdf:
        return render_workbook(layouts(report, pages.PRINTERS), date_1904=date_1904)
    sheets = [pages.fix_zoom(lay) for lay in layouts(report, (pages.LIBREOFFICE,))]
    return render_workbook(sheets, date_1904=date_1904)


@dataclass(frozen=True)
class BuiltWorkbook:
    """One computation of a workbook: its report and its package with those output sheets grafted in.

    What ``send`` attaches, prints and summarises all comes from one of these, so the three agree.
    """

    report: Report
    data: bytes  # the user's package with the report's output sheets (current, never stale)
    name: str  # the workbook's file name (the attachment's name)
    # What the user had added inside output sheets that this build replaced (package.Discarded).
    discarded: tuple = ()


def build_bytes(data: bytes, triwulan: Periode | None = None, *, filename: str) -> BuiltWorkbook:
    """Compute the report of a workbook's bytes and graft its output sheets into them, in memory.

    Nothing is written; ``filename`` (the workbook's path) names it in messages, its last part in
    the result.
    Raises LkjError (prefixed with ``filename``) when the workbook is unusable.
    """
    from lkj_xl.core.perbandingan_kosong import written_sheets
    from lkj_xl.core.tahun_lalu import as_printed
    from lkj_xl.xlsx.graft import graft
    from lkj_xl.xlsx.opc import open_package

    try:
        with gc_paused():  # the sheets' layouts are as many small objects again
            # Opened and checked once; reading, the date system and the graft share the package.
            package = open_package(data)
            # (its signature block prints the date: an empty one's peringatan said, in Pemeriksaan too)
            report = as_printed(report_from_bytes(package, triwulan))
            rendered = render_outputs(report, date_1904=package.date1904())
            written = written_sheets(report)
            stale = [name for name in c.OUTPUT_SHEETS if name not in written]
            grafted = graft(package, rendered, written, filename=Path(filename).name, drop=stale)
    except LkjError as exc:
        raise exc.at(filename) from exc
    return BuiltWorkbook(report, grafted.data, Path(filename).name, tuple(grafted.discarded))


def _refuse_folder(path: str | Path) -> None:
    if Path(path).is_dir():  # `lkj-xl run /data/*` or `run /data/lkjip/` names folders too
        try:
            os.listdir(path)
        except OSError as exc:  # one a rekap could not list (agency_files.workbook_paths)
            raise FileError(f"cannot read the folder {path}: {exc.strerror or exc}") from exc
        raise FileError(
            f"{path} is a folder, not a workbook (name its workbooks, e.g. {Path(path) / '*.xlsx'})"
        )


def read_workbook(path: str | Path) -> bytes:
    """The bytes of a workbook file, or LkjError naming it."""
    _refuse_folder(path)
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise FileError(f"cannot read {path}: {exc.strerror or exc}") from exc


def build_in_memory(path: str | Path, triwulan: Periode | None = None) -> BuiltWorkbook:
    """Read a workbook once and build it in memory; the file itself is not touched."""
    source = Path(path)
    return build_bytes(read_workbook(source), triwulan, filename=str(source))


def build(
    path: str | Path,
    out: str | Path | None = None,
    triwulan: Periode | None = None,
    *,
    on_warning: Callable[[str], None] | None = None,
) -> Report:
    """Compute the report and (re)write the output sheets into the workbook (or into ``out``).

    Only the tool's output sheets change; the rest of the package is copied as it was. The file is
    replaced atomically, so an interrupted build leaves the original intact. A sheet of the user's
    that carries an output sheet's name is refused (LkjError, nothing written). What the user had
    added inside an output sheet (comments, pictures, tables, text typed in an unprotected one...) is
    discarded by the rebuild, and ``on_warning`` is called with an English sentence for each such sheet.
    """
    return build_file(path, out, triwulan, on_warning=on_warning).report


def build_file(
    path: str | Path,
    out: str | Path | None = None,
    triwulan: Periode | None = None,
    *,
    on_warning: Callable[[str], None] | None = None,
    elsewhere: str = "write the result to another file with -o",
) -> BuiltWorkbook:
    """:func:`build`, returning the written package too (what ``run`` and ``send --update`` deliver).

    ``on_warning`` gets one sentence per output sheet whose user additions the rebuild discarded;
    ``elsewhere`` is the way out a workbook that may not be written is said with (run: --outdir)."""
    from lkj_xl.xlsx.safe_io import (
        FileBusyError,
        atomic_write,
        check_writable,
        cleanup_stale_temps,
        file_identity,
        workbook_lock,
    )

    source = Path(path)
    target = Path(out) if out is not None else source
    if not source.exists():  # gone (or a dangling symlink): unreadable, not a permission problem
        raise FileError(f"cannot read {source}: No such file or directory")
    # A folder is said as the input it is, not as check_writable's "cannot write" (a build in place).
    _refuse_folder(source)
    try:
        check_writable(target, elsewhere)
        with workbook_lock(target):
            cleanup_stale_temps(target.parent, target.name)
            before = file_identity(source) if out is None else None
            built = build_bytes(read_workbook(source), triwulan, filename=str(source))
            if out is not None and target.exists():
                _check_replaceable(target, built.report)
            if before is not None and file_identity(source) != before:
                raise FileError(
                    f"{source}: changed while it was being built (saved or copied over by another "
                    "program); nothing was written, build it again"
                )
            atomic_write(target, built.data)
    except FileBusyError as exc:
        raise exc.at(target) from exc
    except OSError as exc:  # read-only file or folder, disk full...
        raise FileError(f"cannot write {target}: {exc.strerror or exc}") from exc
    if on_warning is not None:
        for discarded in built.discarded:
            on_warning(discarded.message())
    return BuiltWorkbook(built.report, built.data, target.name, built.discarded)


def _check_replaceable(target: Path, report: Report) -> None:
    """``-o`` replaces an earlier result (a workbook of the same Perangkat Daerah), never another file
    that had the name: an agency's workbook picked one name too far, a text file. Raises FileError."""
    from lkj_xl.core.rekap_kunci import agency_key

    def agency(settings: Settings) -> str:
        names = [n for n in (settings.perangkat_daerah, settings.pemerintah_daerah) if n]
        return ", ".join(names) or "no named Perangkat Daerah"

    what = "choose another name, or delete it first if it is no longer needed"
    where = f"cannot write {target}:"
    try:
        # (parsed, not computed: the names compared are Pengaturan's as typed, and computing the
        # earlier result took as long as the build itself)
        with gc_paused():
            theirs = _parsed(read_workbook(target)).settings
    except LkjError:
        raise FileError(f"{where} it is not an lkj-xl workbook, so -o does not replace it; {what}") from None
    if agency_key(theirs) != agency_key(report.settings):
        raise FileError(
            f"{where} it is the workbook of {agency(theirs)}, not of {agency(report.settings)}: -o replaces only an "
            f"earlier result of the same Perangkat Daerah; {what}"
        )


def _counted(n: int, noun: str) -> str:
    """ "1 program", "41 indicators": a count in the CLI's English."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def indicators_read(report: Report) -> str:
    """ "41 indicators": the CLI's count of the indicators read."""
    return _counted(len(report.indicators), "indicator")


def sizes(report: Report) -> str:
    """ "41 indicators, 1 program": the CLI's count of what was read."""
    return f"{indicators_read(report)}, {_counted(len(report.budgets), 'program')}"
