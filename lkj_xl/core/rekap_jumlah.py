"""The Pemda's own line under Rekap Perangkat Daerah: its agencies' pagu, realisasi anggaran and counts
summed, per period, so that the analyst need not SUM a column (which a galat budget cell, blank in
its agency's row, would leave silently partial).

The means, kriteria and efisiensi stay blank: they are each agency's own, and a mean of the agencies'
means is no figure of the report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.rekap import AGENCY_COLUMNS
from lkj_xl.core.rekap_ganda import period_of, period_text

_MONEY = ("pagu", "pagu_pk", "realisasi_anggaran")
# Counted per agency: summed over the Pemda (the rank is no count).
_COUNTS = tuple(
    spec.key
    for spec in AGENCY_COLUMNS
    if spec.kind == "integer" and spec.key not in ("peringkat", "triwulan")
)


def _known(value: Any) -> bool:
    return value is not None and value == value  # NaN and pandas' NA (None here) are unknown


def _sum(values: Sequence[Any]) -> Fraction | None:
    """The exact sum of ``values`` as typed and shown (to_fraction: 424950304.19 is 42495030419/100,
    not the float's binary value), None when one is unknown."""
    if not all(_known(v) for v in values):
        return None
    return sum((to_fraction(v) for v in values), Fraction(0))


def pemda_line(rows: Sequence[Mapping[str, Any]], pemda: str, periode: str = "") -> dict[str, Any]:
    """The total line of ``rows`` (the agencies of one period, as Rekap Perangkat Daerah's rows):
    ``pemda`` in Pemerintah Daerah, "Jumlah n perangkat daerah" in Perangkat Daerah (", ``periode``"
    after it: a rekap of several periods, whose Tahun and Triwulan print pages away); pagu and realisasi
    summed (unknown when an agency's is), their penyerapan; the PK's pagu summed, and the pagu used again
    as Pagu Perubahan when an agency has one; every count summed; the period."""
    line: dict[str, Any] = {spec.key: None for spec in AGENCY_COLUMNS}
    line["pemerintah_daerah"] = pemda
    line["perangkat_daerah"] = f"Jumlah {len(rows)} perangkat daerah" + (f", {periode}" if periode else "")
    sums = {key: _sum([row[key] for row in rows]) for key in _MONEY}
    for key, total in sums.items():
        line[key] = None if total is None else float(total)
    # As a Sasaran's over its programs: once any agency has a Pagu Perubahan, the pagu used summed
    # (the others' pagu is their PK's) beside the PK's summed; blank when none has one.
    if any(_known(row.get("pagu_perubahan")) for row in rows):
        line["pagu_perubahan"] = line["pagu"]
    pagu, spent = sums["pagu"], sums["realisasi_anggaran"]
    if pagu is not None and spent is not None and pagu > 0:
        # from the exact sums: 6.621.450.387,30 of 7.072.310.160 is 93,625 %, not 93.62499999999999
        line["penyerapan"] = float(spent / pagu * 100)
    for key in _COUNTS:
        values = [row[key] for row in rows]
        line[key] = int(sum(int(v) for v in values)) if all(_known(v) for v in values) else None
    if rows:
        line["tahun"], line["triwulan"] = rows[0]["tahun"], rows[0]["triwulan"]
        line["periode"] = period_text(period_of(rows[0]), rows)  # "Tahun 2025" when all are annual
    return line


# The Pemerintah Daerah of the line of a province's agencies whose Pengaturan names none (blank, "-"):
# they may be any of its Pemda's, so they are summed into none of their lines.
TANPA_PEMDA = "(tidak diisi)"


def period_lines(
    rows: Sequence[Mapping[str, Any]], shown: Mapping[str, str], periode: str = ""
) -> list[dict[str, Any]]:
    """The total lines of one period's agencies (``rows``): of agencies of several Pemda (a province's
    rekap), each Pemda's line (by name), then the line of them all, "3 pemerintah daerah", so that each
    Pemda's penyerapan is read off the sheet; else the one line, named by its Pemda. ``shown``: each
    Pemerintah Daerah as typed to the name the rekap shows it by ("Kab. Lumajang" to "Kabupaten
    Lumajang"), over the whole rekap; a name it does not show ("", "-") is no Pemda. In a rekap of
    several Pemda the agencies without one have their own line (:data:`TANPA_PEMDA`), in a period of
    one Pemda's agencies too: the Pemda's lines then add up to the line of them all."""
    names = set(shown.values())
    if len(names) <= 1:  # one Pemda's rekap: its agencies without one counted in it, as its title names it
        return [pemda_line(rows, next(iter(names), ""), periode)]
    by_pemda: dict[str, list[Mapping[str, Any]]] = {}
    none: list[Mapping[str, Any]] = []  # (apart from by_pemda: a Pemda typed "(tidak diisi)" stays one)
    for row in rows:
        if name := shown.get(str(row.get("pemerintah_daerah") or ""), ""):
            by_pemda.setdefault(name, []).append(row)
        else:
            none.append(row)
    if len(by_pemda) + bool(none) == 1:  # a period of one Pemda's agencies (or of none's): its line alone
        return [pemda_line(rows, next(iter(by_pemda), TANPA_PEMDA), periode)]
    each = [pemda_line(by_pemda[name], name, periode) for name in sorted(by_pemda)]
    if none:
        each.append(pemda_line(none, TANPA_PEMDA, periode))
    return [*each, pemda_line(rows, f"{len(by_pemda)} pemerintah daerah", periode)]
