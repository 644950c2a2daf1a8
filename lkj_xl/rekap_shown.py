"""The tables of ``lkj-xl rekap`` as they are shown (``lkj_xl.agencies.rekap``): the rows of the files
counted, each Pemda and agency by the name the rekap reads it as (a Pemda typed without its kind as the
one typed with it, an agency without its revision mark or its year), their ``kunci`` those names', and
the rows of several periods grouped by period."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_ganda import Ganda
from lkj_xl.core.rekap_kunci import indicator_part, names_key, names_row_keys
from lkj_xl.core.rekap_revisi import shown_name
from lkj_xl.rekap_columns import Columns, by_period, table_frame

if TYPE_CHECKING:
    import pandas as pd


def rows_table(
    columns: Sequence[core.Column],
    rows: Columns,
    ganda: Ganda,
    as_shown: Callable[..., pd.DataFrame],
    parts: Any,
) -> pd.DataFrame:
    """Semua Indikator's or Semua Program's table: the files counted, each Pemda and agency as shown
    (:func:`_as_shown`, :func:`_unmarked`), of several periods grouped by period (by_period)."""
    return (
        as_shown(_counted(table_frame(columns, rows.data), ganda.not_counted), parts)
        .pipe(unmarked)
        .pipe(by_period)
    )


def _counted(frame: pd.DataFrame, not_counted: dict[str, str]) -> pd.DataFrame:
    """The table without the rows of the files not counted (another file of the agency counts)."""
    if not not_counted:
        return frame
    return frame[~frame["berkas"].isin(list(not_counted))].reset_index(drop=True)


# The columns indicator_parts and program_parts read (as_shown hands them only these).
_PART_COLUMNS = ("kode", "indikator")


def indicator_parts(row: dict[str, Any]) -> tuple[str, ...]:
    return (row["kode"], indicator_part(row["indikator"]))  # as core.rekap.indicator_rows keys it


def program_parts(row: dict[str, Any]) -> tuple[str, ...]:
    return (row["kode"],)  # as core.rekap.program_rows keys it


def as_shown(
    frame: pd.DataFrame,
    parts: Callable[[dict[str, Any]], tuple[str, ...]] | None,
    *,
    shown: dict[str, str],
    names: dict[str, str],
) -> pd.DataFrame:
    """The table with the Pemda of each file read as another spelling's ("Sumenep" as Kabupaten Sumenep,
    core.rekap_pemda.joined) written as the title and the Jumlah line name it, the agency of each file
    of ``names`` by the name it was joined by without its year (core.rekap_tahun_nama.joined_names),
    and its ``kunci`` those names' (core.rekap_kunci.names_key: the keys of a file typing them so, which
    an analyst joins on); ``parts`` gives a row's part of its key within the agency (None: an agency's
    row). Pemeriksaan keeps the names as typed, with its note."""
    if not shown and not names:
        return frame
    mine = frame["berkas"].isin(list(shown))
    frame.loc[mine, "pemerintah_daerah"] = frame.loc[mine, "berkas"].map(shown)
    # Each file's rows gathered in one pass and every key written in one assignment: an assignment
    # per file costs the whole table each time (files x rows: 29 s of a province's 4.000 agencies).
    # only the names and what ``parts`` reads: a dict of every column per row held 0,45 KB a row more
    named = [
        col for col in ("berkas", "pemerintah_daerah", "perangkat_daerah", *_PART_COLUMNS) if col in frame
    ]
    joined = frame["berkas"].isin(list(names))
    if names:
        frame.loc[joined, "perangkat_daerah"] = frame.loc[joined, "berkas"].map(names)
    mine_rows, index = frame.loc[mine | joined, named].to_dict("records"), frame.index[mine | joined]
    files: dict[Any, list[int]] = {}
    for at, row in enumerate(mine_rows):  # in file order, as the worker keyed them
        files.setdefault(row["berkas"], []).append(at)
    where: list[Any] = []
    keys: list[str | None] = []
    for found in files.values():
        pemda, opd = mine_rows[found[0]]["pemerintah_daerah"], mine_rows[found[0]]["perangkat_daerah"]
        opd = opd if isinstance(opd, str) else ""  # NA: a nameless agency, no key
        if parts is None:
            keys += [names_key(pemda, opd)] * len(found)
        else:  # a repeated Kode numbered by its occurrence
            keys += names_row_keys(pemda, opd, [parts(mine_rows[at]) for at in found])
        where += [index[at] for at in found]
    if where:
        frame.loc[where, "kunci"] = keys
    return frame


def unmarked(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with each agency named without the revision mark its file typed ("Dinas Kesehatan
    (Revisi)" is "Dinas Kesehatan", core.rekap_revisi.shown_name), as the duplicate check and the kunci
    read it: a pivot over Perangkat Daerah gives one agency across quarters; the Pemda likewise.
    Pemeriksaan keeps what
    each file typed."""
    # an agency's name is on each of its rows: read once
    shown = functools.lru_cache(maxsize=None)(shown_name)
    for key in ("perangkat_daerah", "pemerintah_daerah"):  # "Kabupaten Lumajang (Revisi)" too
        if not _all_shown(frame[key].unique(), shown):
            frame[key] = frame[key].map(shown)
    return frame


def _all_shown(names: Any, shown: Callable[[object], object]) -> bool:
    """Every name of a column (its distinct values) is shown as it is typed, so mapping the column
    would give it back: the map over every row (100.000 indicators) is left out. Only texts and NA
    (None, NaN) and at least one text: a column all NA comes back from pandas' map as floats."""
    texts = [name for name in names if type(name) is str]
    if not texts or not all(name is None or _nan(name) for name in names if type(name) is not str):
        return False  # (a str subclass, a number, pd.NA: mapped as before)
    return all(shown(name) == name for name in texts)


def _nan(value: object) -> bool:
    return type(value) is float and value != value
