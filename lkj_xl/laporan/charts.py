"""The document's charts (optional: ``pip install lkj-xl[laporan]`` brings matplotlib).

Each function returns PNG bytes, or None when matplotlib is not installed (the document then says
where the chart would be). Bars take the kriteria colours of the workbook (lkj_xl.core.layout), and
every value drawn is one the report computed; labels use Indonesian numbers.
"""

from __future__ import annotations

import io
import os
import stat
import sys
import tempfile
import textwrap

from lkj_xl.core.layout import KRITERIA_COLOURS
from lkj_xl.core.model import Report
from lkj_xl.core.penyerapan import serapan_persen

NEUTRAL = "#4472C4"


def _writable_dir(path: str) -> bool:
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        return False
    return os.path.isdir(path) and os.access(path, os.W_OK)


def _settle_config_dir() -> None:
    """Give matplotlib a folder of its own when it has none to write (a service account without a home
    folder, cron's HOME=/nonexistent): it would print two English warnings on every ``laporan`` (into
    the admin's log) and build its font cache again each time (~0,4 s). A private folder of this user
    in the temporary folder, kept between runs; nothing is changed when MPLCONFIGDIR is set or the
    usual folders can be written."""
    if os.environ.get("MPLCONFIGDIR"):
        return
    home = os.path.expanduser("~")
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
    if _writable_dir(os.path.join(config, "matplotlib")) and _writable_dir(os.path.join(cache, "matplotlib")):
        return
    uid = os.getuid() if hasattr(os, "getuid") else 0
    folder = os.path.join(tempfile.gettempdir(), f"lkj-xl-matplotlib-{uid}")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return
    # Another user's folder (or a link) planted there is not used: matplotlib then warns as before.
    if stat.S_ISDIR(info.st_mode) and (not hasattr(os, "getuid") or info.st_uid == uid):
        os.environ["MPLCONFIGDIR"] = folder


def _figure_class():
    """matplotlib's Figure, or None without matplotlib. A bare Figure draws with the Agg renderer into
    memory; importing pyplot (its GUI machinery) would cost most of a second for nothing."""
    if "matplotlib" not in sys.modules:
        _settle_config_dir()
    try:
        import matplotlib  # noqa: F401 (the package itself first: a cached submodule is not enough)
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    # A constrained layout (set when the figure is made) instead of bbox_inches="tight", which draws
    # the whole figure twice.
    fig.savefig(buffer, format="png", dpi=150)
    return buffer.getvalue()


WRAP = 45  # characters of a label's line
LINE_IN = 7 * 1.2 / 72  # one line of a label (7 pt, spaced 1,2)
AXIS_IN = 1.0  # the x axis, its label and the margins of a picture
# The tallest picture a portrait page holds with its caption and the note under it: drawn 7 in wide,
# printed 16 cm wide (x 0,9), under A4's 25,2 cm of text: 9,5 in print 21,7 cm.
PAGE_IN = 9.5


def _row_in(labels: list[str]) -> float:
    """The height of one bar's row: 0,45 in, or more for a name wrapped to more lines than that holds
    (a DPA's program name of 190 characters wraps to 5 lines, which ran into the next name's)."""
    return max(0.45, max(len(textwrap.wrap(label, WRAP)) for label in labels) * LINE_IN + 0.15)


def _bars(
    labels: list[str], values: list[float], colours: list[str], shown: list[str], xlabel: str
) -> list[bytes] | None:
    """The chart as one picture, or as several (each with its axis) where one would run past the
    page: 25 programs of long names drew one 28 cm high, cut at the page's foot."""
    figure = _figure_class()
    if figure is None:
        return None
    row = _row_in(labels)
    per_picture = max(1, int((PAGE_IN - AXIS_IN) // row))
    top = max([100.0, *values]) * 1.15  # one scale in every picture
    pictures = []
    for start in range(0, len(labels), per_picture):
        part = slice(start, start + per_picture)
        pictures.append(
            _bar_picture(figure, labels[part], values[part], colours[part], shown[part], xlabel, row, top)
        )
    return pictures


def _bar_picture(figure, labels, values, colours, shown, xlabel: str, row: float, top: float) -> bytes:
    height = max(2.0, row * len(labels) + AXIS_IN)
    fig = figure(figsize=(7.0, height), layout="constrained")
    ax = fig.subplots()
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=colours, edgecolor="#333333", linewidth=0.5)
    ax.set_yticks(positions)
    ax.set_yticklabels([textwrap.fill(label, WRAP) for label in labels], fontsize=7)
    ax.axvline(100, color="#555555", linestyle="--", linewidth=0.8)
    ax.set_xlabel(xlabel, fontsize=8)
    ax.tick_params(axis="x", labelsize=7)
    ax.set_xlim(0, top)
    ax.set_ylim(-0.5, len(labels) - 0.5)
    for y, value, text in zip(positions, values, shown):
        ax.text(value + top * 0.01, y, text, va="center", fontsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


# A chart as plain data: (labels, values, colours, texts, axis label), or a message to show instead.
Chart = tuple[list[str], list[float], list[str], list[str], str] | str


def capaian_data(report: Report, shown: dict) -> Chart:
    """Capaian (%) of the Tujuan and Sasaran indicators that have one, coloured by kriteria."""
    items = [
        ind
        for node in report.nodes()
        if node.tingkat in ("Tujuan", "Sasaran")
        for ind in node.indicators
        if ind.capaian is not None
    ]
    if not items:
        return "Belum ada indikator tujuan/sasaran yang capaiannya diketahui."
    labels = [ind.indikator for ind in items]
    values = [max(ind.capaian, 0.0) for ind in items]
    colours = [KRITERIA_COLOURS.get(ind.kriteria or "", (NEUTRAL, ""))[0] for ind in items]
    texts = [
        f"{shown[id(ind)].capaian}% ({ind.kriteria})" if id(ind) in shown else f"{ind.kriteria}"
        for ind in items
    ]
    return labels, values, colours, texts, "Capaian (%)"


def penyerapan_data(report: Report) -> Chart:
    """Penyerapan anggaran (%) per program."""
    items = [b for b in report.budgets if b.penyerapan is not None]
    if not items:
        return "Belum ada penyerapan anggaran yang dapat dihitung."
    labels = [b.program for b in items]
    values = [max(b.penyerapan, 0.0) for b in items]
    texts = [serapan_persen(b.penyerapan, report.settings.desimal) for b in items]
    return labels, values, [NEUTRAL] * len(items), texts, "Penyerapan anggaran (%)"


def not_drawn(report: Report) -> tuple[list[str], list[str]]:
    """What Gambar 3.1 and 3.2 leave out, with why, in the Grafik sheet's words ("Nilai PDRB sektor
    Industri (Belum diketahui: Menunggu data BPS)"): a figure not drawn is named, never silently missing."""
    from lkj_xl.core.tables.grafik_parts import why_unknown
    from lkj_xl.core.tables.grafik_penyerapan import why_no_penyerapan

    capaian = [
        f"{ind.indikator} ({why_unknown(ind)})"
        for node in report.nodes()
        if node.tingkat in ("Tujuan", "Sasaran")
        for ind in node.indicators
        if ind.capaian is None
    ]
    penyerapan = [f"{b.program} ({why_no_penyerapan(b)})" for b in report.budgets if b.penyerapan is None]
    return capaian, penyerapan


def _message(text: str) -> list[bytes] | None:
    figure = _figure_class()
    if figure is None:
        return None
    fig = figure(figsize=(6.0, 1.0), layout="constrained")
    ax = fig.subplots()
    ax.axis("off")
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=9)
    return [_png(fig)]


def draw(chart: Chart) -> list[bytes] | None:
    """The PNG pictures of a chart, one page's worth each (None without matplotlib)."""
    return _message(chart) if isinstance(chart, str) else _bars(*chart)


def capaian_chart(report: Report, shown: dict) -> list[bytes] | None:
    return draw(capaian_data(report, shown))


def penyerapan_chart(report: Report) -> list[bytes] | None:
    return draw(penyerapan_data(report))


def available() -> bool:
    """Whether matplotlib is installed, without importing it (that alone takes most of a second)."""
    from importlib.util import find_spec

    try:
        return find_spec("matplotlib") is not None
    except ValueError:  # None in sys.modules: taken out on purpose
        return False


class Drawing:
    """Charts drawn in a second process while this one builds the document: importing matplotlib
    and drawing take about a second, which the other core hides. Without a second process (or if it
    fails), each chart is drawn here when asked for."""

    def __init__(self, charts: list[Chart]) -> None:
        self._charts = charts
        self._futures: list | None = None
        self._pool = None
        # Already imported here (a server, a second document): drawing here is quicker than a new
        # interpreter importing it again.
        if not charts or not available() or "matplotlib.figure" in sys.modules:
            return
        try:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn: a fresh interpreter, safe whatever threads this process runs (a server, a test).
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            self._futures = [self._pool.submit(draw, chart) for chart in charts]
        except (OSError, RuntimeError, ImportError):
            self._futures = None

    def png(self, index: int) -> list[bytes] | None:
        if not available():
            return None
        if self._futures is not None:
            try:
                return self._futures[index].result(timeout=120)
            except Exception:  # a broken or hung worker: draw it here instead
                self._futures = None
        return draw(self._charts[index])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
