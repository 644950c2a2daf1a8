"""3.2.2 of the Analisis Capaian narrative (lkj_xl.core.analisis_teks): the efficiency of each
Tujuan and Sasaran, its capaian against the penyerapan of its budget (seed 3.2.2), as Tabel 3.3
shows both. Pure: standard library only."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.analisis_bagian import EFISIENSI, Bagian
from lkj_xl.core.formulas import (
    efisiensi_row_decimals,
    efisiensi_shown,
    penyerapan_decimals,
)
from lkj_xl.core.galat_sebab import galat_anggaran_teks
from lkj_xl.core.kalimat import kosong_notes, nama_node, persen, rupiah
from lkj_xl.core.model import EfisiensiRow, Finding, Report, Settings
from lkj_xl.core.numbers import format_number, to_fraction


def efisiensi_kalimat(row: EfisiensiRow, settings: Settings, findings: Sequence[Finding] = ()) -> str:
    """Seed 3.2.2: capaian x% against penyerapan y%, efisien or not; or why it is not known (a budget
    galat in its own words, from ``findings``: the report's)."""
    subject = nama_node(row.tingkat, row.uraian)
    if row.galat_anggaran:
        return (
            f"{subject}: tingkat efisiensinya tidak dihitung karena "
            f"{galat_anggaran_teks(findings, row.galat_anggaran)}."
        )
    if row.pagu == 0:  # programs are mapped to it, with a pagu of nought (a peringatan at each)
        return (
            f"{subject}: pagu anggaran program yang dipetakan kepadanya {rupiah(0)}, sehingga penyerapan "
            "anggaran dan tingkat efisiensinya tidak dapat dihitung (lihat peringatan di sheet Pemeriksaan)."
        )
    if row.pagu is None or row.penyerapan is None:
        return (
            f"{subject}: belum ada anggaran program yang dipetakan kepadanya di lembar Anggaran, sehingga "
            "tingkat efisiensinya belum dapat dihitung."
        )

    dari_pagu = f"(realisasi {rupiah(row.realisasi_anggaran or 0)} dari pagu {rupiah(row.pagu)})"

    def serapan_teks(penyerapan: float | Fraction, decimals: int) -> str:
        return f"penyerapan anggaran sebesar {persen(penyerapan, decimals)} {dari_pagu}"

    serapan = serapan_teks(row.penyerapan, penyerapan_decimals(row.penyerapan, settings.desimal))
    if row.capaian is None or row.efisiensi is None:
        status = row.status or c.BELUM_DIKETAHUI
        cells = status[len(c.GALAT_LABEL) :].strip().removeprefix("(").removesuffix(")")
        if status.startswith(c.GALAT_LABEL) and cells:  # "Galat (Kinerja!I4)": say which cell, once
            why = f"terdapat galat pada sel {cells} sehingga capaian kinerjanya tidak dihitung"
        elif status.startswith(c.GALAT_LABEL):
            why = "capaian kinerjanya tidak dihitung (galat)"
        else:
            why = f"capaian kinerjanya belum diketahui ({status})"
        return f"{subject}: {serapan}; tingkat efisiensinya belum dapat dihitung karena {why}."
    exact = row.efisiensi_exact if row.efisiensi_exact is not None else to_fraction(row.efisiensi)
    # the capaian and penyerapan with the decimals Tabel 3.3 shows them with: their difference's sign
    exact_capaian = row.capaian_exact if row.capaian_exact is not None else to_fraction(row.capaian)
    points, decimals = efisiensi_shown(exact_capaian, exact, settings.skala, settings.desimal)  # as shown
    shown_capaian, shown_serapan = efisiensi_row_decimals(
        exact_capaian, exact, settings.skala, settings.desimal
    )
    capaian = persen(exact_capaian, shown_capaian)
    serapan = serapan_teks(exact_capaian - exact, shown_serapan)
    verdict = (
        "efisien: capaian kinerja "
        # 0 poin is Efisien too (Tabel 3.3); 0,004 shown 0,00 beside figures shown equal: sama dengan
        + ("melampaui" if points > 0 else "sama dengan")
        + " penyerapan anggaran"
        if exact >= 0
        else "tidak efisien: penyerapan anggaran melampaui capaian kinerja, belanja belum sepenuhnya "
        "memberikan kontribusi yang proporsional terhadap capaian kinerja"
    )
    catatan = f" Catatan: {row.catatan}." if row.catatan else ""
    return (
        f"{subject}: capaian kinerja sebesar {capaian}, sedangkan {serapan}, sehingga tingkat "
        f"efisiensinya {format_number(points, decimals)} poin; penggunaan sumber daya tergolong "
        f"{verdict}.{catatan}".replace("..", ".")
    )


def efisiensi(report: Report) -> Bagian:
    bagian = Bagian(EFISIENSI)
    bagian.paragraf(
        "Akuntabilitas anggaran dihitung dari setiap tujuan dan sasaran yang didukung dengan berbagai "
        "program dan kegiatan (Tabel 3.3): tingkat efisiensi adalah capaian kinerja dikurangi "
        "persentase penyerapan anggaran, dalam poin persentase."
    )
    for row in report.efisiensi:
        bagian.paragraf(efisiensi_kalimat(row, report.settings, report.findings))
    # a verdict ("tergolong efisien") on a quarter nobody has typed yet: as Tabel 3.3 notes it
    for note in kosong_notes(report, kinerja=True, anggaran=True) if report.efisiensi else []:
        bagian.paragraf(note)
    return bagian
