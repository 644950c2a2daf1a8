"""Speed cuts of stop 48 (docs/speed.md): the rekap's own work. Each cut writes exactly what the code
before it wrote, on random tables typed the way staff type them; the code as it was (10f706dd) is
kept here as the oracle."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_xl.core import rekap as core
from lkj_xl.core.layout import LINE_HEIGHT, MAX_ROW_HEIGHT
from lkj_xl.core.rekap_desimal import capaian_decimals
from lkj_xl.core.textwidth import column_characters, estimate_lines
from lkj_xl.xlsx import rekap_rows
from lkj_xl.xlsx.rekap_rows import Body, rows
from lkj_xl.xlsx.render import exact_number

# --- cut 1: Semua Indikator's and Semua Program's rows made a column at a time --------------------


def _old_row_height(wrap: dict[int, float]) -> Callable[[Sequence[object]], float | None]:
    """rekap_rows._row_height as it was (a row at a time)."""
    fits = {col: column_characters(width) for col, width in wrap.items()}
    seen: dict[tuple[int, str], int] = {}

    def height(values: Sequence[object]) -> float | None:
        lines = 1
        for col, width in wrap.items():
            value = values[col]
            if isinstance(value, str) and (len(value) > fits[col] or "\n" in value):
                key = (col, value)
                if key not in seen:
                    seen[key] = estimate_lines(value, width)
                lines = max(lines, seen[key])
        return min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT) if lines > 1 else None

    return height


def _old_sheetrows(body: Body) -> Iterator[str]:
    """rekap_rows._sheetrows as it was (a cell at a time)."""
    letters = rekap_rows._column_letters(len(body.columns))
    kriteria = [spec.kind == "kriteria" for spec in body.columns]
    styles, bands, shown, figures = body.styles, body.bands, body.shown, body.figures
    height = _old_row_height(body.wrap)
    for r, values in enumerate(rows(body.frame), start=2):
        cells, row_styles = [], styles
        if figures:
            decimals = body.more_decimals.get(r - 2, body.decimals)
            if decimals > body.decimals:
                more = body.figure_styles[decimals]
                shown_as_target = (*figures[:2], *figures[4:])
                row_styles = [more if col in shown_as_target else s for col, s in enumerate(styles)]
        for col, value in enumerate(values):
            s = bands.get(value, row_styles[col]) if kriteria[col] else row_styles[col]
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                cells.append(f'<c r="{letters[col]}{r}" s="{s}"/>')
            elif isinstance(value, str):
                cells.append(
                    f'<c r="{letters[col]}{r}" s="{s}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{rekap_rows._xml_text(value)}</t></is></c>"
                )
            else:
                if col in shown:
                    decide, by_decimals = shown[col]
                    s = by_decimals[decide(value, body.decimals)]
                cells.append(f'<c r="{letters[col]}{r}" s="{s}"><v>{exact_number(value)}</v></c>')
        ht = height(values)
        attributes = f' ht="{ht}" customHeight="1"' if ht else ""
        yield f'<row r="{r}"{attributes}>{"".join(cells)}</row>'


# Texts as they reach Semua Indikator: names, Kode, Uraian as typed (long ones wrap, a line break, XML
# characters, a control character pasted from a PDF, a literal _x0041_), statuses, kriteria.
TEXTS = [
    "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
    "Kabupaten Lumajang",
    "1.01.02",
    "Persentase koperasi aktif & sehat (<= 5 tahun)",
    "Meningkatnya kualitas usaha mikro yang berdaya saing di seluruh kecamatan Kabupaten Lumajang",
    "Menunggu data BPS",
    "direkap diakhir periode",
    "Realisasi\ndiisi TW IV",
    "nihil",
    "-",
    "",
    "Rp 1.491.388.500.000",
    "5.984,04 milyar",
    "40,71%",
    "Sangat Tinggi",
    "Tinggi",
    "Sedang",
    "Rendah",
    "Sangat Rendah",
    "Galat (Kinerja!J7)",
    "teks\x07bel",
    "kode _x0041_ asli",
]
values = st.one_of(
    st.sampled_from(TEXTS),
    st.none(),
    st.just(float("nan")),
    st.sampled_from([0.0, -0.0, 0, 1, 1.0, 100.0, 90.0, 90.004, 50.995, 89.996, 75.0, 1e16, 1e-7]),
    st.sampled_from([float("inf"), float("-inf")]),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e13, max_value=1e13),
    st.integers(min_value=-(2**60), max_value=2**60),
)


def _body(data: st.DataObject, columns: Sequence[core.Column], n: int) -> Body:
    frame = pd.DataFrame(
        {spec.key: pd.Series([data.draw(values) for _ in range(n)], dtype=object) for spec in columns}
    )
    if n and data.draw(st.booleans()):  # a float column as the rekap's, NaN where unknown
        key = data.draw(st.sampled_from([k for k in ("target", "realisasi", "capaian", "pagu") if k in frame]))
        frame[key] = [data.draw(st.floats(allow_nan=True, width=64)) for _ in range(n)]
    figures = core.figure_columns(columns)
    wrap = {
        col: data.draw(st.sampled_from([9.0, 18.0, 40.0]))
        for col, spec in enumerate(columns)
        if spec.kind == "text"
    }
    more = {i: data.draw(st.integers(3, 6)) for i in range(n) if data.draw(st.booleans()) and figures}
    return Body(
        part="xl/worksheets/sheet2.xml",
        table="SemuaIndikator",
        frame=frame,
        columns=columns,
        styles=[10 + col for col in range(len(columns))],
        bands={k: 40 + i for i, k in enumerate(("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"))},
        shown={col: (capaian_decimals, {d: 50 + d for d in range(2, 9)}) for col, spec in enumerate(columns) if spec.key == "capaian"},
        decimals=2,
        figures=figures,
        figure_styles={d: 60 + d for d in range(3, 7)},
        wrap=wrap,
        more_decimals=more,
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.data(), st.sampled_from([core.INDICATOR_COLUMNS, core.PROGRAM_COLUMNS]), st.integers(0, 12))
def test_table_rows_as_before(data, columns, n):
    body = _body(data, columns, n)
    assert list(rekap_rows._sheetrows(body)) == list(_old_sheetrows(body))


def test_table_rows_as_before_over_chunks():
    """More rows than a chunk (5.000): the row numbers, the styles of the rows with more decimals
    and the texts remembered go on across chunks."""
    columns = core.INDICATOR_COLUMNS
    n = 10_007
    frame = pd.DataFrame(
        {spec.key: pd.Series([TEXTS[(i * 7 + col) % len(TEXTS)] for i in range(n)], dtype=object) for col, spec in enumerate(columns)}
    )  # fmt: skip
    frame["capaian"] = [(i % 400) * 0.2505 if i % 13 else float("nan") for i in range(n)]
    frame["target"] = [100.0 if i % 3 else -0.0 for i in range(n)]
    figures = core.figure_columns(columns)
    body = Body(
        "xl/worksheets/sheet2.xml", "SemuaIndikator", frame, columns, list(range(len(columns))),
        {"Tinggi": 99}, {list(frame.columns).index("capaian"): (capaian_decimals, {d: 50 + d for d in range(2, 9)})},
        2, figures, {3: 63, 4: 64}, {col: 18.0 for col, spec in enumerate(columns) if spec.kind == "text"},
        {4999: 3, 5000: 4, 10_006: 3},
    )  # fmt: skip
    assert list(rekap_rows._sheetrows(body)) == list(_old_sheetrows(body))
