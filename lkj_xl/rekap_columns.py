"""The rekap's tables gathered in the main process: each agency's rows column by column as its worker
sends them, then one DataFrame per table with a dtype per column kind (``lkj_xl.agencies``)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from lkj_xl.core.rekap import Column

if TYPE_CHECKING:
    import pandas as pd


class Columns:
    """Rows gathered column by column: one list per column, strings shared, no dict per row, so
    100,000 indicators stay a few tens of MB before they become a DataFrame."""

    def __init__(self, columns: Sequence[Column]):
        self.data: dict[str, list[Any]] = {col.key: [] for col in columns}
        self._lists = list(self.data.values())
        # A key is one string per row, never repeated: interned, it would only fill the intern table;
        # a figure's column holds numbers (a test per value for nothing: a tenth of the parent's loop).
        self._shared = [col.kind not in ("key", *INTEGER_KINDS, *NUMBER_KINDS) for col in columns]

    def extend(self, rows: Iterable[tuple]) -> None:
        # Column by column (one agency's rows transposed), not an append per value.
        for target, shared, column in zip(self._lists, self._shared, zip(*rows)):
            if not shared:
                target.extend(column)
            elif type(first := column[0]) is str and column.count(first) == len(column):
                # one text down the agency's column (its names, file, period): interned once
                target.extend([sys.intern(first) if len(first) < 40 else first] * len(column))
            else:
                target.extend([sys.intern(v) if type(v) is str and len(v) < 40 else v for v in column])

    @staticmethod
    def of_dicts(columns: Sequence[Column], rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
        return {col.key: [row.get(col.key) for row in rows] for col in columns}


INTEGER_KINDS = ("integer", "year")
NUMBER_KINDS = ("decimal", "percent", "rupiah", "efisiensi")


def table_frame(columns: Sequence[Column], data: dict[str, list[Any]]) -> pd.DataFrame:
    """A DataFrame with a dtype per column kind: counts as nullable integers (NA where unknown),
    figures as floats (NaN where unknown), texts in pandas' dtype for texts (its string dtype), also
    a column without any (a status no row has, the warnings of a set without any)."""
    import numpy as np
    import pandas as pd

    text = pd.Series(["x"]).dtype  # str from pandas 3 (NaN where unknown), object before
    series = {}
    for col in columns:
        values = data[col.key]
        if col.kind in INTEGER_KINDS:
            series[col.key] = pd.array(values, dtype="Int64")
        elif col.kind in NUMBER_KINDS:  # (numpy reads None as NaN in C: no Python pass per value)
            series[col.key] = pd.array(np.array(values, dtype="float64"), dtype="float64")
        else:
            series[col.key] = texts_array(values, text)
    return pd.DataFrame(series, columns=[col.key for col in columns])


def texts_array(values: list[Any], text: Any) -> Any:
    """``pd.array(values, dtype=text)``. Texts and None alone, under pandas' Arrow-backed string dtype:
    handed to pyarrow whole, which pandas does too after a pass of its own over the values
    converting each to a text (a third of the rekap's tables, twice that down a column of None)."""
    import pandas as pd

    if getattr(text, "storage", None) == "pyarrow" and set(map(type, values)) <= _TEXT_OR_NONE:
        import pyarrow as pa

        return pd.array(pa.array(values, type=pa.large_string()), dtype=text)
    return pd.array(values, dtype=text)


_TEXT_OR_NONE = {str, type(None)}  # exactly: a str subclass (numpy's str_) goes through pandas' pass


def by_period(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows of a table of several periods (Tahun, Triwulan) grouped by period, the newest first and
    a period without a year last, as core.rank orders the agencies; within a period in their order (the
    files', each workbook's rows as it has them). A table of one period is returned as it is."""
    import numpy as np

    if len(frame) < 2 or len(frame[["tahun", "triwulan"]].drop_duplicates()) < 2:
        return frame
    tahun, triwulan = (
        frame[key].astype("float64").to_numpy(na_value=np.inf) for key in ("tahun", "triwulan")
    )
    # newest first: the negated figures ascending, an unknown (inf) last; lexsort is stable
    order = np.lexsort(
        (np.where(np.isinf(triwulan), np.inf, -triwulan), np.where(np.isinf(tahun), np.inf, -tahun))
    )
    return frame.iloc[order].reset_index(drop=True)
