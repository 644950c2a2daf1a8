"""Speed cuts of stop 50 (docs/speed.md) in the rekap's own pass over its tables (the parent's, after
every workbook is read): each fast form gives what the form before it gave, value for value and dtype
for dtype. The old forms are kept here as oracles (the code as it was before the cut, 3d71643c)."""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl import rekap_columns, rekap_shown
from lkj_xl.core import rekap as core
from lkj_xl.core.rekap_revisi import shown_name

TEXT = pd.Series(["x"]).dtype  # the dtype table_frame gives a text column


# --- rekap_columns.texts_array: texts and None handed to pyarrow whole ------------------------------


def old_texts_array(values: list, text: object) -> object:
    return pd.array(values, dtype=text)  # table_frame's text column at 3d71643c


# What a rekap's text column holds: names and codes as typed (spaces, marks, non-ASCII), blanks; and
# what it should never hold but the old form converted anyway (a number, bytes, numpy's str_, NaN, NA).
_TEXTS = st.one_of(
    st.sampled_from(["Dinas Kesehatan", "Kabupaten Lumajang", "1.01", "Sangat Tinggi", "", " ", "Tinggi "]),
    st.text(max_size=12),
    st.none(),
)
_ODD = st.one_of(
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.just(b"Dinas"),
    st.just(np.str_("Dinas Kesehatan")),
    st.just(pd.NA),
)


def _same_array(got: object, want: object) -> None:
    assert got.dtype == want.dtype
    assert type(got) is type(want)
    pd.testing.assert_extension_array_equal(got, want)
    assert list(pd.isna(got)) == list(pd.isna(want))


@settings(max_examples=200)
@given(st.lists(_TEXTS, max_size=30))
@example([])
@example([None] * 5)
@example(["Dinas Kesehatan"] * 3)
def test_texts_array_of_texts_and_none_is_pandas_own(values):
    _same_array(rekap_columns.texts_array(values, TEXT), old_texts_array(values, TEXT))


@settings(max_examples=200)
@given(st.lists(st.one_of(_TEXTS, _ODD), min_size=1, max_size=20))
@example([b"Dinas", "Dinas"])  # pyarrow reads bytes as a text; pandas writes "b'Dinas'"
@example([np.str_("Dinas"), None])
@example([float("nan"), "Dinas"])
@example([pd.NA, "Dinas"])
@example([3, "Dinas"])
def test_texts_array_of_anything_else_is_pandas_own(values):
    try:
        want = old_texts_array(values, TEXT)
    except Exception as exc:  # (whatever pandas refuses, refused the same way)
        with pytest.raises(type(exc)):
            rekap_columns.texts_array(values, TEXT)
        return
    _same_array(rekap_columns.texts_array(values, TEXT), want)


def test_texts_array_under_object_dtype_is_pandas_own():
    # pandas before 3 (no Arrow strings): an object column as before
    values = ["Dinas", None, b"x"]
    got, want = rekap_columns.texts_array(values, np.dtype(object)), old_texts_array(values, np.dtype(object))
    assert got.dtype == want.dtype and list(got) == list(want)


def test_table_frame_as_before_on_rekap_rows():
    # Two agencies' indicator rows as the workers send them: blank columns, a status on one row.
    columns = core.INDICATOR_COLUMNS
    rows = []
    for k in range(6):
        row = [f"v{k}-{i}" if col.kind in ("text", "key") else None for i, col in enumerate(columns)]
        for i, col in enumerate(columns):
            if col.kind in rekap_columns.NUMBER_KINDS:
                row[i] = 1.5 * k if k % 3 else None
            elif col.kind in rekap_columns.INTEGER_KINDS:
                row[i] = 2025
            elif col.key in ("status", "predikat", "target_tertulis"):
                row[i] = "Menunggu data BPS" if k == 4 else None
            elif col.kind == "kriteria":
                row[i] = "Tinggi" if k % 2 else None
        rows.append(tuple(row))
    gathered = rekap_columns.Columns(columns)
    gathered.extend(rows)
    got = rekap_columns.table_frame(columns, gathered.data)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rekap_columns, "texts_array", old_texts_array)
        want = rekap_columns.table_frame(columns, gathered.data)
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)


# --- rekap_shown.unmarked: the map left out when every name is shown as typed -----------------------


def old_unmarked(frame: pd.DataFrame) -> pd.DataFrame:  # 3d71643c
    shown = functools.lru_cache(maxsize=None)(shown_name)
    frame["perangkat_daerah"] = frame["perangkat_daerah"].map(shown)
    frame["pemerintah_daerah"] = frame["pemerintah_daerah"].map(shown)
    return frame


# Names as staff type them: plain, with a revision mark the tables drop, spaces doubled, blank.
_NAMES = st.one_of(
    st.sampled_from(
        [
            "Dinas Kesehatan",
            "Dinas Kesehatan (Revisi)",
            "Dinas Kesehatan Revisi II",
            "Dinas Sosial (revisi) TW II",
            "Dinas  Kesehatan",
            "Kabupaten Lumajang",
            "Kabupaten Lumajang (Revisi)",
            "Kab. Lumajang",
            "Revisi",
            "",
        ]
    ),
    st.text(alphabet="abdeiknrsuv ()-_RI", max_size=15),
)
_NA = st.sampled_from([None, float("nan")])


def _frame(opd: list, pemda: list, dtype: object) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "perangkat_daerah": pd.array(opd, dtype=dtype),
            "pemerintah_daerah": pd.array(pemda, dtype=dtype),
            "kode": pd.array([str(i) for i in range(len(opd))], dtype=TEXT),
        }
    )


@settings(max_examples=200)
@given(
    st.lists(st.tuples(st.one_of(_NAMES, _NA), st.one_of(_NAMES, _NA)), max_size=12),
    st.sampled_from([TEXT, np.dtype(object)]),
)
@example([(None, None), (None, float("nan"))], TEXT)  # all NA: pandas' map gives floats
@example([(None, "Kabupaten Lumajang")], TEXT)
@example([("Dinas Kesehatan", "Kabupaten Lumajang")] * 3, TEXT)
@example([("Dinas Kesehatan (Revisi)", "Kabupaten Lumajang")], TEXT)
@example([(None, None)], np.dtype(object))
@example([], TEXT)
def test_unmarked_as_before(rows, dtype):
    opd, pemda = [r[0] for r in rows], [r[1] for r in rows]
    got = rekap_shown.unmarked(_frame(opd, pemda, dtype))
    want = old_unmarked(_frame(opd, pemda, dtype))
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    assert list(got.dtypes) == list(want.dtypes)


def test_unmarked_of_odd_values_as_before():
    # what no rekap row holds but the old map took: numbers, numpy's str_, pd.NA beside a name
    for values in ([3, "Dinas"], [np.str_("Dinas (Revisi)"), "Dinas"], [pd.NA, "Dinas"]):
        assert [type(v) for v in _object_frame(values)["perangkat_daerah"]] == [type(v) for v in values]
        got = rekap_shown.unmarked(_object_frame(values))
        want = old_unmarked(_object_frame(values))
        pd.testing.assert_frame_equal(got, want, check_exact=True)


def _object_frame(values: list) -> pd.DataFrame:
    # object dtype said: inferred, pandas 3 makes np.str_ a str and pd.NA a NaN (no odd value left)
    return pd.DataFrame(
        {
            "perangkat_daerah": pd.Series(list(values), dtype=object),
            "pemerintah_daerah": pd.Series(list(values), dtype=object),
        }
    )
