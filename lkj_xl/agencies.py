"""``lkj-xl rekap`` (``lkj_xl.rekap``): every agency workbook of a Pemda (or a province) in one set of tables.

Each workbook is read and computed afresh from its input sheets (``build.report_from_bytes``; output
sheets are never trusted, the file is never written), in a pool of worker processes that send back
compact rows (the agency's summary, its indicator and budget rows), never whole workbooks. Results
come back in the order of the files, whatever the number of jobs. One bad file never stops the
others: it is listed in Pemeriksaan with the reason.
"""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_xl.agency_files import (  # noqa: F401 (the names lkj_xl.agencies has always given)
    OTHER_SUFFIXES,
    WORKBOOK_SUFFIXES,
    beside_warnings,
    inputs_for,
    is_archive,
    is_rekap_output,
    not_a_spreadsheet,
    open_elsewhere,
    other_format,
    refuse_without_workbooks,
    saved_at,
    unreadable_detail,
    unreadable_reason,
    workbook_paths,
)
from lkj_xl.core import rekap as core
from lkj_xl.core import rekap_peringatan
from lkj_xl.core.grids import WorkbookError
from lkj_xl.core.rekap_arsip_periode import archived_other_period
from lkj_xl.core.rekap_ganda import Ganda, same_agency
from lkj_xl.core.rekap_hasil_lama import ALASAN_REKAP
from lkj_xl.core.rekap_isi import same_content_notes
from lkj_xl.core.rekap_kosong import ALASAN_KOSONG, DETAIL_KOSONG, blank_template
from lkj_xl.core.rekap_pemda import joined, kindless_notes, respelt
from lkj_xl.core.rekap_revisi import shown_name
from lkj_xl.core.rekap_rincian import rincian_teknis
from lkj_xl.core.rekap_tautan_sama import linked_rows
from lkj_xl.errors import EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, LkjError
from lkj_xl.rekap_columns import Columns, table_frame
from lkj_xl.rekap_output import (  # noqa: F401 (the names lkj_xl.agencies has always given)
    FORMATS,
    MANIFEST,
    TABLES,
    add_warnings,
    check_format,
    check_output,
    default_output,
    output_files,
    records,
    write,
)
from lkj_xl.rekap_shown import as_shown as _as_shown
from lkj_xl.rekap_shown import indicator_parts, program_parts, rows_table, unmarked
from lkj_xl.xlsx.safe_io import printable

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class AgencyResult:
    """What a worker sends back for one file: small rows, never the workbook."""

    berkas: str
    status: str  # core.DIBACA, core.TIDAK_TERBACA, core.DILEWATI
    exit_code: int = EXIT_OK
    reason: str = ""  # Bahasa Indonesia, for the Pemeriksaan sheet
    detail: str = ""  # the library's English message (what `lkj-xl check` prints), for the log
    rincian: str = ""  # Pemeriksaan's Rincian Teknis: the detail in Bahasa Indonesia (core.rekap_rincian)
    agency: dict[str, Any] | None = None
    indicators: list[tuple] = field(default_factory=list)
    programs: list[tuple] = field(default_factory=list)

    def __post_init__(self) -> None:  # a file name not UTF-8 (dinas-\udce9.xlsx) stops every writer
        self.berkas, self.detail = printable(self.berkas), printable(self.detail)
        self.rincian = printable(self.rincian or rincian_teknis(self.detail))

    def line(self) -> str:
        """The log line of this file ("dinas-x.xlsx: 200 indikator, 1 galat")."""
        if self.agency is None:
            return f"{self.berkas}: {self.status}: {self.detail or self.reason}"
        return f"{self.berkas}: {self.agency['indikator']} indikator, {self.agency['temuan_galat']} galat"


#: Receives (files done, files in all, the file's result) after every file.
Progress = Callable[[int, int, AgencyResult], object]


@dataclass
class Rekap:
    """The rekap's tables as pandas DataFrames (columns: ``lkj_xl.core.rekap``'s *_COLUMNS keys).

    ``perangkat_daerah``: one row per agency, ranked (``peringkat``) by mean capaian of its Tujuan
    and Sasaran indicators; ``indikator`` and ``program``: every indicator and budget row of every
    agency, in file order (of several periods: by period, the newest first, rekap_columns.by_period),
    as ``lkj-xl export`` gives them; ``pemeriksaan``: one row per file (its
    galat/peringatan counts, or why it could not be read, or that another file of the same agency and
    period counts instead, ``core.GANDA``); ``peringatan``: the warnings about the set. An agency sent
    twice for one period is in the other tables once (``core.rekap_ganda``).
    ``berkas`` (the file as named) joins an agency's rows across the tables; ``tahun``, ``triwulan``
    and ``kunci`` (the row's key across quarters and years, ``core.rekap_kunci.row_keys``) end the agency,
    indicator and program tables, so rekaps of several quarters stack and join. Figures are float64
    (capaian and penyerapan percent as 0-100, efisiensi percentage points, amounts in rupiah, not
    thousands or millions; NaN where unknown, the reason in ``status``), counts, years and quarters
    nullable Int64.
    ``status`` is the exit status ``lkj-xl rekap`` ends with (the worst of the files, as ``run``).
    """

    perangkat_daerah: pd.DataFrame
    indikator: pd.DataFrame
    program: pd.DataFrame
    pemeriksaan: pd.DataFrame
    peringatan: pd.DataFrame
    status: int = EXIT_OK
    # Each agency's efisiensi as shown and its row's decimals (core.efisiensi_figures), in the order
    # rekap() ranked them; shown() and row_decimals() compute them from each row's own figures, so a
    # frame sorted, filtered or edited afterwards keeps every agency's (never another's by position)
    efisiensi_tampil: list[float | None] = field(default_factory=list)
    desimal_tampil: list[int | None] = field(default_factory=list)
    # What the warnings on files without a workbook name, by jenis (core.rekap_berkas_lain.JENIS_FOLDER:
    # the agencies' folders; core.rekap_berkas_revisi.JENIS_REVISI: revisions sent as documents only;
    # core.rekap_templat_kiriman.JENIS_KOSONG: the blank templates agencies sent back unfilled;
    # core.rekap_pemda_kosong.JENIS_PEMDA, when any: a province's Pemda folders holding no workbook)
    tanpa_buku_kerja: dict[str, list[str]] = field(default_factory=dict)
    # The English of each file not read, by file: the log's, where Rincian Teknis says it in Bahasa Indonesia
    details: dict[str, str] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        """The warnings about the set (``peringatan``'s ``pesan``), in Bahasa Indonesia."""
        return list(self.peringatan["pesan"])

    def shown(self) -> pd.DataFrame:
        """``perangkat_daerah`` as the Rekap sheet (and its PDF) and csv --excel-id show it: each
        agency's efisiensi its capaian shown minus its penyerapan shown, as its own Tabel 3.3 (73,30
        for the exact 73,308...); json, parquet and the plain csv keep the exact figure."""
        import pandas as pd

        frame = self.perangkat_daerah
        shown = [float("nan") if figures[1] is None else figures[1] for figures in self._figures_shown()]
        return frame.assign(efisiensi=pd.Series(shown, index=frame.index, dtype="float64"))

    def row_decimals(self) -> list[int | None]:
        """Per row of ``perangkat_daerah``, the decimals its capaian, penyerapan and efisiensi are
        shown with so that the row adds up (core.efisiensi_figures); None where the rules of each
        column alone decide (a row without penyerapan)."""
        return [figures[2] for figures in self._figures_shown()]

    def _figures_shown(self) -> list[tuple[Any, Any, int | None]]:
        """Per row, core.efisiensi_figures of its capaian and penyerapan as the frame holds them: a
        Rekap made by hand reads "100,004 | 100,004 | 0,000" too, never "100,00 | 100,004 | 0,00" by
        each column's own decimals, and one sorted or filtered each agency's own figures."""
        from lkj_xl.core.numbers import to_fraction
        from lkj_xl.core.rekap_desimal import efisiensi_figures

        def exact(value: Any) -> Fraction | None:
            return (
                to_fraction(float(value)) if isinstance(value, int | float) and math.isfinite(value) else None
            )

        frame = self.perangkat_daerah
        if "capaian" not in frame or "penyerapan" not in frame:
            return [(None, None, None)] * len(frame)
        return [efisiensi_figures(exact(c), exact(p)) for c, p in zip(frame["capaian"], frame["penyerapan"])]

    def tables(self, *, shown: bool = False) -> dict[str, pd.DataFrame]:
        """The five tables by name (perangkat_daerah, indikator, program, pemeriksaan, peringatan), as
        ``--format csv|parquet`` names their files and the JSON its keys. ``shown`` (csv --excel-id):
        perangkat_daerah's capaian, penyerapan and efisiensi as the Rekap sheet shows them (83,33;
        10,03; 73,30), so each row adds up as the reader checks it, as export --excel-id's rows do."""
        from lkj_xl.core.rekap_desimal import ROW_SHOWN, SHOWN_AS, as_shown

        tables = {name: getattr(self, name) for name in TABLES}
        if not shown:
            return tables
        frame = self.shown()
        rows = self.row_decimals()
        rounded = {
            key: [
                as_shown(value, decimals, row if key in ROW_SHOWN else None)
                for value, row in zip(frame[key].astype("float64"), rows)
            ]
            for key, decimals in SHOWN_AS.items()
            if key in frame
        }
        return tables | {"perangkat_daerah": frame.assign(**rounded)}


# --- one agency (runs in a worker process) ---------------------------------------------------------


def summarise(path: str) -> AgencyResult:
    """Read and compute one workbook afresh and reduce it to its rekap rows. Never raises: an
    unreadable file is a result with the reason (a bug too, with exit status 4)."""
    from lkj_xl.build import gc_paused

    # The collector sleeps until the report is gone: woken while it was alive, it would walk its
    # tens of thousands of objects (and again as they age) only to find them all still in use.
    with gc_paused():
        return _summarise(path)


def _summarise(path: str) -> AgencyResult:
    from lkj_xl.build import read_workbook, report_from_bytes

    if is_archive(path):
        detail = "a ZIP archive, not opened: extract its workbooks into the folder and run again if they are not there yet"
        return AgencyResult(path, core.DILEWATI, reason=core.ALASAN_ARSIP, detail=detail)
    if not_a_spreadsheet(path):
        detail = "not a spreadsheet (.xlsx/.xlsm) by its name: skipped"
        return AgencyResult(path, core.DILEWATI, reason=core.ALASAN_BUKAN_BUKU_KERJA, detail=detail)
    try:
        data = read_workbook(path)
        if is_rekap_output(data):
            return AgencyResult(
                path,
                core.DILEWATI,
                reason=ALASAN_REKAP,
                detail="a rekap workbook (lkj-xl rekap), not an agency's workbook",  # as `run` logs it
            )
        report = report_from_bytes(data, for_rekap=True)  # (no Tabel 3.3 rows, no Ringkasan: unread)
        if blank_template(report):  # the Bappeda's template beside the agencies': no agency's row
            return AgencyResult(path, core.DILEWATI, reason=ALASAN_KOSONG, detail=DETAIL_KOSONG)
    except LkjError as exc:
        reason, detail = unreadable_reason(exc, path), unreadable_detail(exc, path)
        said = "; ".join(exc.problems) if isinstance(exc, WorkbookError) else ""  # its own Indonesian
        return AgencyResult(path, core.TIDAK_TERBACA, exc.exit_code, reason, detail, rincian=said)
    except Exception as exc:  # a bug in lkj-xl: said, and the other files go on
        from lkj_xl.cli_signals import stop_if_interrupted

        stop_if_interrupted(exc)  # unless it is SIGTERM or Ctrl-C a library wrapped: the rekap stops
        if os.environ.get("LKJ_XL_DEBUG"):
            raise
        detail = f"internal error ({type(exc).__name__}: {exc}); this is a bug in lkj-xl"
        return AgencyResult(path, core.TIDAK_TERBACA, EXIT_INTERNAL, core.ALASAN_INTERNAL, detail)
    agency = core.agency_row(report, berkas := printable(path))
    # Not columns: which of two files of the same agency and period counts (core.rekap_ganda). The
    # workbook's own saved date is read only for an agency sent twice (_saved_dates), not for every file.
    agency["jalur"] = path
    agency["diubah"] = _modified(path)
    indicators, programs = core.indicator_rows(report, berkas), core.program_rows(report, berkas)
    # One workbook under two names (core.rekap_isi).
    agency["isi"] = core.content_of(report, indicators, programs)
    agency["rencana"] = core.plan_of(report, indicators, programs)  # a revision under another name
    return AgencyResult(
        berkas,
        core.DIBACA,
        EXIT_FINDINGS if agency["temuan_galat"] else EXIT_OK,
        agency=agency,
        indicators=indicators,
        programs=programs,
    )  # the report is freed on return, before the collector wakes


def _saved_dates(agencies: list[dict[str, Any]]) -> None:
    """The workbook's own saved date ("disimpan", docProps/core.xml) of each file of an agency sent
    more than once for one period, read again from its file (rare: not paid for every workbook)."""
    for group in same_agency(agencies):
        if len(group) > 1:
            for row in group:
                try:
                    row["disimpan"] = saved_at(Path(row["jalur"]).read_bytes())
                except OSError:  # moved or removed since it was read: the time on disk decides
                    row["disimpan"] = None


def _modified(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _results(paths: Sequence[str], jobs: int) -> Iterator[AgencyResult]:
    """The files' results in the order of ``paths``, streamed as they come. A worker that dies (killed
    for memory, a crash in a native reader) never hangs the rekap: the files it may have held are read
    again one by one, each in a process of its own, and the one that kills its process too is listed
    as an internal error."""
    if jobs <= 1 or len(paths) <= 1:
        yield from map(summarise, paths)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork starts at once on Linux; elsewhere (macOS, Windows) fork is unsafe or absent.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    if context.get_start_method() == "fork":
        _import_reader()
    queued = 0
    while queued < len(paths):
        workers = min(jobs, len(paths) - queued)
        window: deque[tuple[str, Future[AgencyResult]]] = deque()
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupt) as pool:
            try:
                while window or queued < len(paths):
                    # Files ahead of the one awaited (results come back in file order): workers stay busy
                    # past a slow file and a parent slow to be scheduled (_AHEAD), waiting results few.
                    while queued < len(paths) and len(window) < _AHEAD * workers:
                        window.append((paths[queued], pool.submit(summarise, paths[queued])))
                        queued += 1
                    _import_pandas()  # while the workers read: not after the last file, alone
                    yield window[0][1].result()
                    window.popleft()
            except BrokenProcessPool:
                pass
            except BaseException:  # Ctrl-C, or the caller stopped: the files not yet started never are
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        for path, future in window:  # the pool broke: results already in, the rest read alone
            done = future.done() and not future.cancelled() and future.exception() is None
            yield future.result() if done else _alone(path, context)


# Files submitted a worker: the window of files in the pool. The results come back in file order, so
# one slow file (an agency of 2.000 indicators) stops the window; the other workers go on while the
# window holds files for them (2 a worker left a worker idle after 3 files; on a loaded machine the
# parent, late to take a result and submit the next, left each worker idle 10 % of its time, stop 54).
# A waiting result is an agency's compact rows (0,14 MB for 200 indicators), which the rekap keeps anyway.
_AHEAD = 8


def _import_reader() -> None:
    """The modules ``summarise`` imports on its first workbook, imported once before the workers are
    forked: each inherits them instead of importing them again (0,075 s of CPU a worker)."""
    from lkj_xl.build import read_workbook  # noqa: F401
    from lkj_xl.core import engine, parse  # noqa: F401
    from lkj_xl.xlsx import read  # noqa: F401


def _import_pandas() -> None:
    """pandas, which the tables need once every file is in (a quarter of a second to import: in the
    main process, idle while its workers read, rather than after the last file)."""
    import pandas  # noqa: F401


def _ignore_interrupt() -> None:
    """In a worker: Ctrl-C is for the main process alone. A terminal sends SIGINT to the whole
    process group; a worker interrupted while holding the result queue's lock left the others and
    the main process waiting for it forever."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _alone(path: str, context: Any) -> AgencyResult:
    """``summarise(path)`` in a process of its own; if that process dies too, the file is the cause."""
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_send_summary, args=(path, send), daemon=True)
    process.start()
    send.close()
    try:
        result: AgencyResult | None = receive.recv()
    except EOFError:  # died without a word
        result = None
    receive.close()
    process.join()
    if result is not None:
        return result
    code = process.exitcode or 0
    how = f"signal {-code}" if code < 0 else f"exit code {code}"
    detail = (
        f"the worker process reading this file died ({how}): killed by the system (out of memory?) or "
        "crashed; this is a bug in lkj-xl or a limit of this machine"
    )
    return AgencyResult(path, core.TIDAK_TERBACA, EXIT_INTERNAL, core.ALASAN_INTERNAL, detail)


def _send_summary(path: str, send: Any) -> None:
    _ignore_interrupt()
    send.send(summarise(path))
    send.close()


# --- the whole rekap -------------------------------------------------------------------------------


def rekap(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    on_progress: Progress | None = None,
    exclude: Iterable[Path] = (),
    others: Iterable[Path] = (),
    folders: Iterable[str | os.PathLike[str]] = (),
    links: Iterable[tuple[Path, Path, bool]] = (),
) -> Rekap:
    """Read every workbook of ``paths`` (files, or folders searched for .xlsx/.xlsm; one path alone
    too, ``rekap("opd/")``), compute each afresh and return the rekap's tables (:class:`Rekap`).
    ``jobs``: worker processes (default: all cores; 1 runs in this process).
    ``on_progress(done, total, result)`` after each file. ``others``, ``links``: PDF, Word and RAR files (and
    empty folders), links to a folder or workbook read under another name, found by whoever listed the folders (the CLI),
    named as those of ``paths``' folders are. ``folders``: the folders the CLI was given (and listed into ``paths``), whose
    first-level folders are each an agency's for the warning on a folder without a workbook."""
    # One path given alone is that path, never its name's characters ("/" of "/data/opd" is the root).
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    beside, linked = list(others), list(links)
    files = [str(p) for p in workbook_paths(paths, exclude=exclude, others=beside, links=linked)]
    refuse_without_workbooks(files, paths)
    agencies: list[dict[str, Any]] = []
    checked: list[dict[str, Any]] = []
    indicators = Columns(core.INDICATOR_COLUMNS)
    programs = Columns(core.PROGRAM_COLUMNS)
    status = EXIT_OK
    for done, result in enumerate(_results(files, jobs or default_jobs()), start=1):
        status = max(status, result.exit_code)
        checked.append(_checked(result))
        if result.agency is not None:
            agencies.append(result.agency)
            indicators.extend(result.indicators)
            programs.extend(result.programs)
        if on_progress is not None:
            on_progress(done, len(files), result)
    from lkj_xl.build import gc_paused

    with gc_paused():  # every agency's rows are in: a collection would walk them all again, all in use
        # The same agency sent twice for one period counts once: the other files stay out of every table.
        _saved_dates(agencies)
        ganda = core.choose(agencies)
        unranked, same = core.unranked_notes(ganda.counted), same_content_notes(ganda.counted)
        kindless = kindless_notes(ganda.counted)  # "Sumenep" read as Kabupaten Sumenep
        shown = {berkas: pemda for berkas, (_, pemda, _) in joined(ganda.counted).items()}
        shown |= respelt(ganda.counted, shown)  # "Kab. Lumajang" beside "Kabupaten Lumajang": one Pemda
        as_shown = functools.partial(_as_shown, shown=shown, names=ganda.names)  # and the names joined
        named: dict[str, list[str]] = {}  # the agencies' folders without a workbook, revisions as PDF only
        revised: dict[str, str] = {}  # the note of a workbook counted instead of its revision sent as PDF
        # an agency's unfilled template? an earlier rekap workbook in its folder?
        blank = {row["berkas"] for row in checked if row["keterangan"] == ALASAN_KOSONG}
        rekaps = {row["berkas"] for row in checked if row["keterangan"] == ALASAN_REKAP}
        given = [*paths, *folders]
        beside_found = _beside_found(beside, files, given, agencies, ganda, (named, revised, blank, rekaps))
        _noted(checked, ganda, [same, unranked, kindless, revised])
        ranked, checked = core.rank(ganda.counted), checked + linked_rows(linked)  # a folder's second name
        found = rekap_peringatan.warnings(agencies, ganda) + open_elsewhere(files) + beside_found
        return Rekap(
            perangkat_daerah=as_shown(
                table_frame(core.AGENCY_COLUMNS, Columns.of_dicts(core.AGENCY_COLUMNS, ranked)), None
            ).pipe(unmarked),
            indikator=rows_table(core.INDICATOR_COLUMNS, indicators, ganda, as_shown, indicator_parts),
            program=rows_table(core.PROGRAM_COLUMNS, programs, ganda, as_shown, program_parts),
            pemeriksaan=table_frame(core.FILE_COLUMNS, Columns.of_dicts(core.FILE_COLUMNS, checked)),
            peringatan=table_frame(
                core.WARNING_COLUMNS, {"jenis": [j for j, _ in found], "pesan": [p for _, p in found]}
            ),
            status=status,
            efisiensi_tampil=[row.get("efisiensi_tampil") for row in ranked],
            desimal_tampil=[row.get("desimal_tampil") for row in ranked],
            tanpa_buku_kerja=named,
            details={row["berkas"]: row["detail"] for row in checked if row.get("detail")},
        )


def _noted(checked: list[dict[str, Any]], ganda: Ganda, notes: list[dict[str, str]]) -> None:
    """Pemeriksaan's status and keterangan of each file: not counted (another file of the same agency
    and period counts instead), or its notes (ganda's, then ``notes``' in order) joined."""
    for row in checked:
        if row["berkas"] in ganda.not_counted:
            row["status"], row["keterangan"] = core.GANDA, ganda.not_counted[row["berkas"]]
            continue
        found = [ganda.notes.get(row["berkas"]), *(by.get(row["berkas"]) for by in notes)]
        if any(found):
            row["keterangan"] = "; ".join(n for n in found if n)


def _beside_found(
    beside: list[Path],
    files: list[str],
    given: list[Any],
    agencies: list[dict[str, Any]],
    ganda: Ganda,
    into: tuple[dict[str, list[str]], dict[str, str], set[str], set[str]],
) -> list[tuple[str, str]]:
    """agency_files.beside_warnings over the rekap's rows: ``into`` the folders named, the notes of
    revisions sent as documents, the blank templates, the earlier rekap workbooks; last quarter's
    workbook in an agency's archive folder is no workbook of this quarter of its folder
    (core.rekap_arsip_periode)."""
    named, revised, blank, rekaps = into
    roots = [str(path) for path in given if Path(path).is_dir()]
    periods = archived_other_period(agencies, ganda.counted, roots)
    return beside_warnings(
        beside, files, given, named, revised, _counted_names(ganda), blank, periods, rekaps
    )


def _counted_names(ganda: Ganda) -> list[tuple[str, str]]:
    """The agencies counted, by their names as the tables show them, with the file counted of each:
    pairs, so that each Pemda's agency of one name is there (a province's Dinas Kesehatan of every
    Pemda; a dict by name kept one, and Kab Jember's folder missed its note "direkap dari ...")."""
    return [
        (str(ganda.names.get(row["berkas"]) or shown_name(row["perangkat_daerah"])), row["berkas"])
        for row in ganda.counted
        if isinstance(row.get("perangkat_daerah"), str) and row["perangkat_daerah"].strip()
    ]


def _checked(result: AgencyResult) -> dict[str, Any]:
    """The file's row of Pemeriksaan."""
    agency = result.agency or {}
    return {
        "berkas": result.berkas,
        "pemerintah_daerah": agency.get("pemerintah_daerah"),
        "perangkat_daerah": agency.get("perangkat_daerah"),
        "status": result.status,
        "temuan_galat": agency.get("temuan_galat"),
        "temuan_peringatan": agency.get("temuan_peringatan"),
        "tidak_dihitung": agency.get("tidak_dihitung"),
        "catatan_angka": agency.get("catatan_angka"),
        "keterangan": result.reason,
        "rincian": result.rincian,
        "detail": result.detail,  # not a column: the log's English (Rekap.details)
    }
