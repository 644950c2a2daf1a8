"""The rekap's ranking (``lkj-xl rekap``): the agencies of each period ranked by the mean capaian of
their Tujuan and Sasaran indicators, and what is said of an agency that has no such mean (unranked,
never ranked as if its mean were 0). Pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from lkj_xl.core.findings import clip
from lkj_xl.core.kalimat import persen
from lkj_xl.core.rekap_desimal import DESIMAL, capaian_decimals
from lkj_xl.core.rekap_ganda import period_of, period_text, who

RANKED_LEVELS = ("Tujuan", "Sasaran")  # the levels whose capaian the ranking averages
_NAMED = 5  # indicators named in the reason of an unranked agency; the others counted


def newest_first(period: tuple[Any, Any]) -> tuple:
    """Sort key of a (tahun, triwulan): the newest period first, a period without a year last."""
    tahun, triwulan = period
    return (tahun is None, -(tahun or 0), triwulan is None, -(triwulan or 0))


def periods(rows: Iterable[dict[str, Any]]) -> list[tuple[Any, Any]]:
    """The (tahun, triwulan) of ``rows``, each once, the newest first."""
    return sorted({period_of(row) for row in rows}, key=newest_first)


def rank(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The agencies ranked within each period (tahun, triwulan): an agency's TW I row never competes
    with its own TW II row. The periods follow one another, the newest first: a Bappeda reader opens
    the rekap for the quarter just reported, the earlier ones below it for comparison. Within a
    period, best first by mean capaian of the Tujuan and Sasaran indicators; ``peringkat`` 1, 2, ...,
    agencies with the same mean sharing a rank (1, 2, 2, 4), listed by name and file. Penyerapan
    breaks no tie: for the same capaian a higher one is a lower efisiensi, no better result, and
    an unknown one (a galat budget cell) would put the agency below its equal. Agencies without a
    mean capaian come last in their period, unranked (None), by name."""
    by_period: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_period[period_of(row)].append(row)
    return [row for period in sorted(by_period, key=newest_first) for row in _rank_one(by_period[period])]


def _rank_one(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of one period, ranked (see :func:`rank`)."""

    def key(row: dict[str, Any]) -> tuple:
        capaian = row["capaian"]
        return (capaian is None, -(capaian or 0.0), row["perangkat_daerah"].casefold(), row["berkas"])

    ordered = sorted(rows, key=key)
    for position, row in enumerate(ordered, start=1):
        before = ordered[position - 2] if position > 1 else None
        if row["capaian"] is None:
            row["peringkat"] = None
        elif before is not None and before["capaian"] == row["capaian"]:  # equal exact means: equal floats
            row["peringkat"] = before["peringkat"]
        else:
            row["peringkat"] = position
    return ordered


def _zero_target(item: Any) -> bool:
    """A galat of a target read as zero (engine.known_zero), not of a cell that could not be read."""
    return getattr(item, "target", None) == 0


def _why(item: Any) -> str:
    """Why a Tujuan or Sasaran indicator has no capaian, in the words of the report."""
    # a zero target, read and known (engine.known_zero): no cell is unreadable
    if item.galat and _zero_target(item):
        return (
            f"target nol, galat di sel {', '.join(item.galat)} (capaian tidak dapat dihitung: rumusnya "
            "membagi dengan target)"
        )
    if item.galat:
        return f"galat di sel {', '.join(item.galat)}"  # a cell read well may hold one: a Negatif target 0
    # a grade below its grade target: a target missed, not merely no number (core.predikat's status)
    if item.predikat and item.realisasi_text and " di bawah target " in (item.status or ""):
        return f"{item.status} (target belum tercapai; capaian predikat di bawah target tidak dihitung)"
    # a grade realised: known, but a grade is no number to average (none yet: belum diketahui, below)
    if item.predikat and item.realisasi_text:
        return f"berupa predikat, tanpa capaian angka: {item.predikat}"
    return f'belum diketahui "{item.status}"' if item.status else "tanpa capaian"


def unranked_reason(items: Sequence[Any]) -> str | None:
    """Why an agency whose ``items`` (its IndicatorResults) give no mean capaian of the Tujuan and
    Sasaran is unranked, naming the first of those indicators and why each has no capaian; None when
    it has a mean, or no indicator at all (the warning "Tanpa indikator" says that)."""
    if not items or any(i.tingkat in RANKED_LEVELS and i.capaian_exact is not None for i in items):
        return None
    ranked = [i for i in items if i.tingkat in RANKED_LEVELS]
    if not ranked:
        return f"sheet Kinerja tidak berisi indikator Tujuan atau Sasaran ({len(items)} indikator di tingkat lain)"
    named = [f"{i.tingkat} {i.kode} {_why(i)}" for i in ranked[:_NAMED]]
    if len(ranked) > _NAMED:
        named.append(f"dan {len(ranked) - _NAMED} lainnya")
    return "tidak ada indikator Tujuan atau Sasaran yang capaiannya dapat dihitung (" + "; ".join(named) + ")"


def agency_warnings(
    rows: Sequence[dict[str, Any]], key: str, jenis: str, said: Callable[[dict[str, Any]], str]
) -> list[tuple[str, str]]:
    """(``jenis``, "Dinas X (file): ...") for each agency of ``rows`` (those counted) whose ``key``, a
    note of agency_row's that is no column, is set; ``said(row)`` what follows its name."""
    return [(jenis, f"{who(row)}: {said(row)}") for row in rows if row.get(key)]


def unranked_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each agency of ``rows`` (those counted) left unranked: the analyst tells
    "no data yet" from a fault of the tool, and never reads its place at the end as a mean of 0."""
    return agency_warnings(
        rows,
        "tanpa_peringkat",
        "Tanpa peringkat",
        lambda row: (
            "tanpa peringkat, di akhir periodenya; rata-rata capaian, kriteria dan efisiensinya "
            f"kosong (bukan nol): {row['tanpa_peringkat']}."
        ),
    )


def unranked_notes(rows: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Pemeriksaan's Keterangan of the file of each agency of ``rows`` left unranked, or ranked on a
    mean leaving a galat indicator (:func:`galat_left_out`) or a grade below its target
    (:func:`below_grade_left_out`) out, by file."""
    notes = {
        row["berkas"]: "; ".join(n for n in (row.get("peringkat_galat"), row.get("peringkat_predikat")) if n)
        for row in rows
        if row.get("peringkat_galat") or row.get("peringkat_predikat")
    }
    return notes | {
        row["berkas"]: f"tanpa peringkat: {row['tanpa_peringkat']}"
        for row in rows
        if row.get("tanpa_peringkat")
    }


def galat_left_out(items: Sequence[Any]) -> str | None:
    """Why an agency's mean capaian (and so its rank) leaves some of its Tujuan and Sasaran indicators
    out for a galat (an unreadable cell, which may hide any figure: the agency ranked on the rest,
    often above its place), naming them; None when none is (a mean of every one, or no mean at all:
    :func:`unranked_reason`). An indicator not yet known ("-", data at year's end) is no fault."""
    ranked = [i for i in items if i.tingkat in RANKED_LEVELS]
    galat = [i for i in ranked if i.galat]
    if not galat or not any(i.capaian_exact is not None for i in ranked):
        return None
    # The indicator, not its node (the node's other indicators are averaged), and its galat's cell,
    # which may be read well: a target 0 is a galat too (its capaian divides by it), no "tidak terbaca".
    named = [
        f'indikator "{clip(i.indikator)}" ({i.tingkat} {i.kode}, '
        f"{'target nol, ' if _zero_target(i) else ''}galat di sel {', '.join(i.galat)})"
        for i in galat[:_NAMED]
    ]
    return _mean_without(named, len(galat), ranked, "")


def _mean_without(named: list[str], left_out: int, ranked: Sequence[Any], why: str) -> str:
    """The sentence of a mean leaving indicators out: the first of them ``named``, ``left_out`` in all,
    ``why`` after their names, and how many of the ``ranked`` it averages."""
    if left_out > _NAMED:
        named = [*named, f"dan {left_out - _NAMED} lainnya"]
    measured = sum(1 for i in ranked if i.capaian_exact is not None)
    return (
        f"rata-rata capaian dan peringkatnya dihitung tanpa {', '.join(named)}{why}: hanya {measured} dari "
        f"{len(ranked)} indikator Tujuan dan Sasaran yang capaiannya terhitung"
    )


def galat_left_out_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each agency of ``rows`` ranked on a mean leaving a galat indicator out."""
    return agency_warnings(
        rows,
        "peringkat_galat",
        "Peringkat tanpa indikator galat",
        lambda row: (
            f"{row['peringkat_galat']}. Perbaiki {_cells(row)} itu di sheet Kinerja buku kerjanya lalu "
            "rekap ulang: rata-rata, kriteria dan peringkatnya dapat berubah."
        ),
    )


def _below_grade(item: Any) -> bool:
    """A grade realised below its grade target (core.predikat): known, the target missed, but no
    capaian, as no formula is agreed for it; left out of the mean like a galat, though no fault."""
    return bool(
        item.skala_predikat
        and item.realisasi_text
        and item.capaian_exact is None
        and not item.galat
        and " di bawah target " in (item.status or "")
    )


def below_grade_left_out(items: Sequence[Any]) -> tuple[str | None, str | None]:
    """Why an agency's mean capaian (and so its rank) leaves out Tujuan or Sasaran indicators whose
    grade fell below its target (Predikat B against BB): the agency is ranked on the targets it met,
    above a neighbour whose every target is averaged, so the Sekda must be told; and what the mean is
    of, "Tujuan T1 (100,00%) dan Sasaran S2 (100,00%)" (:func:`below_grade_warnings`). (None, None)
    when none is left out so, or the agency has no mean (:func:`unranked_reason` says why)."""
    ranked = [i for i in items if i.tingkat in RANKED_LEVELS]
    below = [i for i in ranked if _below_grade(i)]
    averaged = [i for i in ranked if i.capaian_exact is not None]
    if not below or not averaged:
        return None, None
    named = [f'indikator "{clip(i.indikator)}" ({i.tingkat} {i.kode}, {i.status})' for i in below[:_NAMED]]
    basis = [f"{i.tingkat} {i.kode} ({_persen(i.capaian_exact)})" for i in averaged[:_NAMED]]
    if len(averaged) > _NAMED:
        basis.append(f"{len(averaged) - _NAMED} indikator lainnya")
    joined = basis[0] if len(basis) == 1 else f"{', '.join(basis[:-1])} dan {basis[-1]}"
    return _mean_without(named, len(below), ranked, ", yang targetnya belum tercapai"), joined


def _persen(value: Any, shown: int | None = None) -> str:
    """A capaian as the rekap's tables show it: the decimals that never contradict its kriteria, or
    ``shown``, those of an agency's row on the Rekap sheet (core.efisiensi_figures' desimal_tampil:
    80,0005 beside a penyerapan of 80,0008 keeps the sign of its efisiensi), when more."""
    return persen(value, max(capaian_decimals(float(value), DESIMAL), shown or 0))


def _rank_basis(row: dict[str, Any], rows: Sequence[dict[str, Any]]) -> str:
    """ "Peringkat 1 dari 2 perangkat daerah Triwulan III Tahun 2025 hanya bertumpu pada rata-rata capaian
    100,00% dari Tujuan T1 (100,00%) dan Sasaran S2 (100,00%). "; "" before the agencies are ranked."""
    if row.get("peringkat") is None or row.get("capaian") is None:
        return ""
    period = [other for other in rows if period_of(other) == period_of(row)]
    among = sum(1 for other in period if other.get("peringkat") is not None)
    return (
        f"Peringkat {row['peringkat']} dari {among} perangkat daerah {period_text(period_of(row), period)} hanya "
        f"bertumpu pada rata-rata capaian {_persen(row['capaian'], row.get('desimal_tampil'))} dari "
        f"{row['dasar_peringkat']}. "
    )


def below_grade_warnings(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(jenis, pesan) for each agency of ``rows`` ranked on a mean leaving a grade below its target out."""
    return agency_warnings(
        rows,
        "peringkat_predikat",
        "Peringkat tanpa predikat di bawah target",
        lambda row: (
            f"{row['peringkat_predikat']}. {_rank_basis(row, rows)}Predikat di bawah target tidak "
            "mempunyai rumus capaian (%) baku, sehingga tidak ikut dirata-rata: peringkatnya dapat lebih tinggi "
            "daripada perangkat daerah yang semua targetnya terhitung. Baca peringkat ini bersama indikator itu di "
            "sheet Semua Indikator."
        ),
    )


def galat_cells(items: Sequence[Any]) -> int:
    """How many galat cells the Tujuan and Sasaran indicators a mean leaves out (:func:`galat_left_out`) name."""
    return sum(len(i.galat) for i in items if i.tingkat in RANKED_LEVELS and i.galat)


def _cells(row: dict[str, Any]) -> str:
    return "sel-sel" if (row.get("sel_galat") or 0) > 1 else "sel"
