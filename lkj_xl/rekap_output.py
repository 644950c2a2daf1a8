"""Writing ``lkj-xl rekap``'s tables (``lkj_xl.agencies.Rekap``) as xlsx, json, csv or parquet, each file
atomically (a csv/parquet set with its manifest, replaced together), and the checks made before any
workbook is read: a format whose library is missing, an output that cannot be written or that is not
a rekap of lkj-xl's."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_xl.agency_files import MANIFEST, WORKBOOK_SUFFIXES, is_rekap_output
from lkj_xl.core import rekap as core
from lkj_xl.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

    from lkj_xl.agencies import Rekap

FORMATS = ("xlsx", "json", "csv", "parquet")
# Beside the tables of --format csv|parquet, MANIFEST (agency_files, which leaves such a set out of the
# folders without a workbook) says which files make the set (pandas and pyarrow reading the folder as a
# dataset skip names starting with "_").
# The tables of a rekap: attribute of Rekap / file name of --format csv|parquet / key of the JSON.
TABLES = {
    "perangkat_daerah": core.AGENCY_COLUMNS,
    "indikator": core.INDICATOR_COLUMNS,
    "program": core.PROGRAM_COLUMNS,
    "pemeriksaan": core.FILE_COLUMNS,
    "peringatan": core.WARNING_COLUMNS,
}


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A table's rows as JSON-ready dicts: None where unknown (NaN, NA), plain int and float."""
    import pandas as pd

    keys = list(frame.columns)
    columns = [frame[key].tolist() for key in keys]  # plain Python values, column by column (fast)
    return [
        {k: None if v is None or v is pd.NA or v != v else v for k, v in zip(keys, values)}
        for values in zip(*columns)
    ]


def add_warnings(result: Rekap, found: Sequence[tuple[str, str]]) -> None:
    """Append (jenis, pesan) warnings to the rekap's ``peringatan`` table."""
    if found:
        import pandas as pd

        more = pd.DataFrame(found, columns=[col.key for col in core.WARNING_COLUMNS])
        result.peringatan = pd.concat([result.peringatan, more], ignore_index=True)


def output_files(fmt: str, output: Path) -> list[Path]:
    """The files ``write`` makes for ``fmt`` at ``output`` (csv/parquet: one per table in a folder)."""
    if fmt in ("csv", "parquet"):
        return [output / f"{name}.{fmt}" for name in TABLES]
    return [output]


def default_output(fmt: str) -> Path:
    return Path("rekap" if fmt in ("csv", "parquet") else f"rekap.{fmt}")


def check_output(fmt: str, output: Path) -> None:
    """Refuse, before any workbook is read, an output that cannot be written (FileError): a missing
    or read-only folder, a folder where the file goes (or a file where csv/parquet's folder goes), a
    previous rekap that is open in Excel; and a name that does not fit the format (UsageError: an
    xlsx not named .xlsx, json/csv/parquet named like a workbook; a file there that is not an earlier
    rekap's, a table or manifest of one: the user's own, kept). A province's rekap reads for minutes
    before it writes."""
    from lkj_xl.errors import FileError
    from lkj_xl.xlsx.safe_io import FileBusyError, check_writable, not_a_folder

    workbook = output.suffix.lower() in WORKBOOK_SUFFIXES
    if fmt != "xlsx" and str(output) == "-":  # not a file named "-" (its progress shares the terminal)
        what = "file name" if fmt == "json" else "folder"
        raise UsageError(f"--format {fmt} writes files, not standard output: give -o a {what}, such as {default_output(fmt)}")  # fmt: skip
    if fmt == "xlsx" and output.suffix.lower() != ".xlsx":  # Excel opens a workbook by its name
        raise UsageError(
            f"--format xlsx writes an Excel workbook: give -o a name ending in .xlsx, not {output}"
        )
    if fmt != "xlsx" and workbook:  # Excel would refuse it; the next rekap would read it as an agency's
        raise UsageError(
            f"--format {fmt} does not write an Excel workbook: -o {output.name} would look like one"
        )
    try:
        if fmt in ("csv", "parquet"):
            if output.exists() and not output.is_dir():
                raise NotADirectoryError(f"'{output}' is a file, not a folder")
            if not output.exists():  # write() makes it: its first existing parent must take it
                parent = next(p for p in output.absolute().parents if p.exists())
                if not parent.is_dir():  # -o laporan.xlsx/rekap-csv: a file, not a permission problem
                    raise not_a_folder(output.parent)
                if not os.access(parent, os.W_OK | os.X_OK):
                    raise PermissionError(f"Folder '{parent}' is not writable")
                return
        for target in output_files(fmt, output):
            if target.is_dir():
                raise IsADirectoryError(f"'{target}' is a folder, not a file")
            check_writable(target)
        # A file of the user's where the rekap goes (their own hand-made rekap.xlsx, a settings.json,
        # an indikator.csv in the folder given for the csv set): kept.
        manifest = [output / MANIFEST] if fmt in ("csv", "parquet") else []
        for target in [*output_files(fmt, output), *manifest]:
            if target.is_file() and not _written_by_rekap(fmt, target):
                what = "a rekap" if target == output else "a table of a rekap"
                raise UsageError(
                    f"refusing to overwrite {target}: it is not {what} written by lkj-xl; "
                    f"choose another {'name' if target == output else 'folder'} with -o, or move that file"
                )
    except FileBusyError as exc:
        raise exc.at(output) from exc
    except OSError as exc:
        raise FileError(f"cannot write {output}: {exc.strerror or exc}") from exc


def _written_by_rekap(fmt: str, path: Path) -> bool:
    """The file at ``path`` is one ``write`` made for ``fmt``, told by its content as the xlsx by its
    Rekap sheet: a JSON object with the rekap's tables, a manifest naming lkj-xl, a table whose
    first columns are its table's (csv with or without --excel-id, parquet)."""
    try:
        if path.name == MANIFEST or fmt == "json":
            with path.open("rb") as f:
                data = json.load(f)
            if path.name == MANIFEST:
                return isinstance(data, dict) and str(data.get("program", "")).startswith("lkj-xl")
            return isinstance(data, dict) and {"perangkat_daerah", "indikator", "program"} <= data.keys()
        if fmt == "xlsx":
            return is_rekap_output(path.read_bytes())
        first = [col.key for col in TABLES[path.stem]][:2]  # the earliest columns, kept across versions
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.read_schema(path).names[:2] == first
        with path.open("rb") as f:
            header = f.readline(4096).decode("utf-8-sig").rstrip("\r\n")
        return any(header.split(sep)[:2] == first for sep in (",", ";"))
    except (OSError, ValueError):  # unreadable, not JSON, not Parquet (ArrowInvalid), not UTF-8
        return False


def check_format(fmt: str) -> None:
    """Refuse, before any work, a format whose library is missing (parquet needs pyarrow)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "--format parquet needs pyarrow, which is not installed: pip install 'lkj-xl[rekap]' "
                "(or pip install 'pyarrow>=15'), or use --format csv"
            ) from None


def write(result: Rekap, fmt: str, output: Path, *, excel_id: bool = False) -> list[Path]:
    """Write the rekap as ``fmt`` (xlsx, json, csv, parquet) at ``output``, each file atomically;
    returns the files written. ``excel_id`` (csv): for Excel set to Indonesian, see _table_bytes."""
    from lkj_xl.xlsx.safe_io import atomic_write, replace_together

    check_format(fmt)
    targets = output_files(fmt, output)
    try:
        if fmt == "xlsx":
            from lkj_xl.xlsx.rekap import render_rekap, rows_beyond_excel

            add_warnings(result, rows_beyond_excel(result))
            atomic_write(output, render_rekap(result))
        elif fmt == "json":
            tables = {name: records(frame) for name, frame in result.tables().items()}
            text = json.dumps(tables, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
            atomic_write(output, text.encode("utf-8"))
        else:
            # Every table made, then written beside the earlier ones, before the first replaces its
            # earlier file: the folder holds one rekap's set or the other's, never a mix of two.
            made = [
                _table_bytes(frame, TABLES[name], fmt, excel_id)
                for name, frame in result.tables(shown=excel_id).items()
            ]
            output.mkdir(parents=True, exist_ok=True)
            manifest = _manifest(fmt, result, dict(zip((t.name for t in targets), made)))
            replace_together(list(zip(targets, made)), (output / MANIFEST, manifest))
    except OSError as exc:
        from lkj_xl.errors import FileError

        raise FileError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return targets


def _manifest(fmt: str, result: Rekap, files: dict[str, bytes]) -> bytes:
    """The manifest of a csv/parquet set: each table's file, rows and SHA-256, written last, so a
    folder whose files do not match it (or that has none) is not one rekap's whole set."""
    import datetime as dt
    import hashlib

    from lkj_xl import __version__

    rows = [len(frame) for frame in result.tables().values()]
    manifest = {
        "program": f"lkj-xl {__version__}",
        "written": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "format": fmt,
        "files": {
            name: {"rows": n, "sha256": hashlib.sha256(data).hexdigest()}
            for (name, data), n in zip(files.items(), rows)
        },
    }
    return (json.dumps(manifest, indent=1) + "\n").encode("utf-8")


def _table_bytes(
    frame: pd.DataFrame, columns: Sequence[core.Column], fmt: str, excel_id: bool = False
) -> bytes:
    if fmt == "parquet":
        import pyarrow as pa

        # A text column without any text (object of None under pandas 2) is text, not Parquet's null
        # type, which a dataset of several rekaps cannot cast another quarter's texts to.
        schema = pa.Schema.from_pandas(frame, preserve_index=False)
        for i, spec in enumerate(schema):
            if pa.types.is_null(spec.type):
                schema = schema.set(i, spec.with_type(pa.large_string()))
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False, schema=schema)
        return buffer.getvalue()
    from lkj_xl.core.export import neutralize

    # Texts starting with = + - @ get a leading ' (as export's CSV), so a spreadsheet never runs them.
    texts = {col.key: frame[col.key].map(neutralize) for col in columns if col.kind in ("text", "kriteria")}
    frame = frame.assign(**texts)
    if excel_id:
        # Excel set to Indonesian splits on ";" and reads "43,176" as a number (a decimal comma, no
        # thousands dots; the figures as Rekap.tables(shown=True) gives them); the byte order mark
        # makes it read UTF-8.
        text = frame.to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n")
        return ("\ufeff" + text).encode("utf-8")
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
