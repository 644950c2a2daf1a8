"""The Grafik sheet's data tables (README "Output sheets", Grafik), read back for
tests/test_fronts_parity.py: each chart is drawn from a table printed above it, so the table is what
a reader checks a bar against. Section 1: each Tujuan/Sasaran indicator's capaian and kriteria (an
indicator without a capaian listed under "Tidak digambar" with its reason); section 2: the number of
indicators per kriteria, belum diketahui, galat and in all, per level; section 3: each program's pagu,
realisasi and penyerapan (a program without a penyerapan listed with its reason). Keys as
test_fronts_parity's ``expected``; the per-kriteria counts as ("per kriteria", tingkat, kriteria)."""

from __future__ import annotations

from lkj_xl.core.tables.perubahan import MARK

KRITERIA = ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")
SECTIONS = {
    "1. Capaian Indikator": "capaian",
    "2. Jumlah Indikator per Kriteria": "kriteria",
    "3. Penyerapan Anggaran": "penyerapan",
    "4. Tren Realisasi": "tren",
}
# Section 2's other columns, as the Ringkasan keys of test_fronts_parity's ``expected``
COUNTS = {"Belum diketahui": "belum_diketahui", "Galat": "galat", "Jumlah": "jumlah"}


def grafik_figures(rows: list[list[str]]) -> dict[tuple, str]:
    """The Grafik sheet's rows (each cell as shown) as figures by key."""
    out: dict[tuple, str] = {}
    section = ""
    cols: dict[str, int] = {}
    for r in rows:
        first = r[0] if r else ""
        if any(first.startswith(title) for title in SECTIONS):
            section = next(v for k, v in SECTIONS.items() if first.startswith(k))
            cols = {}
        elif first == "No":
            cols = {label: k for k, label in enumerate(r) if label}
        elif first.isdigit() and cols:
            _row(section, cols, r, out)
    return out


def _row(section: str, cols: dict[str, int], r: list[str], out: dict[tuple, str]) -> None:
    # a "Tidak digambar" row under a table: No, Kode, the indicator or program, then its reason in the
    # 4th column (merged to the last): the figure's own column is blank
    why = r[3]
    if section == "capaian":
        name = r[cols["Indikator"]].removesuffix(f" {MARK}")
        drawn = r[cols["Capaian (%)"]]
        out["capaian", name] = drawn or why
        if drawn:
            out["kriteria", name] = r[cols["Kriteria"]]
    elif section == "penyerapan":
        kode = r[cols["Kode"]]
        drawn = r[cols["Penyerapan (%)"]]
        out["penyerapan", kode] = drawn or why
        if drawn:
            for key, col in (("pagu", "Pagu (Rp)"), ("realisasi_anggaran", "Realisasi (Rp)")):
                out[key, kode] = r[cols[col]]
    elif section == "kriteria":
        tingkat = r[cols["Tingkat"]]
        for k in KRITERIA:
            out["per kriteria", tingkat, k] = r[cols[k]]
        for label, key in COUNTS.items():
            out["ringkasan", tingkat, key] = r[cols[label]]
