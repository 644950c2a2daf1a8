"""The warnings of ``lkj-xl rekap`` about the set of agencies (Peringatan sheet): the same agency
twice, different years, quarters, Skala Kriteria or Batas Capaian, an agency without indicators or
budget, budget figures blank for a galat cell, a capaian beyond belief, an agency without a name;
each with what the analyst does about it. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from lkj_xl.core.findings import cell_list, figure
from lkj_xl.core.rekap_berkas_asing import folders_of, named_for_another_warnings
from lkj_xl.core.rekap_ganda import Ganda, choose, kindless_warnings, who
from lkj_xl.core.rekap_isi import same_content_warnings, same_plan_warnings
from lkj_xl.core.rekap_pemda import joined_warnings, kindless_pemda
from lkj_xl.core.rekap_peringkat import below_grade_warnings, galat_left_out_warnings, unranked_warnings
from lkj_xl.core.rekap_sebaran import (
    semester_mixed,
    several_pemda,
    several_periods,
    tahunan_mixed,
    triwulan_shown,
)
from lkj_xl.core.rekap_serapan import over_pagu_warnings, unspent_warnings

# What the analyst does about a differing setting: a file of another period that came along is moved
# out; a parameter the agency left unchanged it corrects in its Pengaturan; then the rekap again.
_ADVICE_PERIODE = (
    "Bila berkas itu laporan periode lain yang ikut terbawa ke folder, pindahkan lalu rekap ulang; bila "
    "isinya periode ini, minta perangkat daerahnya membetulkan {label} di sheet Pengaturan lalu rekap ulang."
)
_ADVICE_PENGATURAN = (
    "Bila semua perangkat daerah seharusnya memakai {label} yang sama, minta perangkat daerah yang "
    "berbeda membetulkannya di sheet Pengaturan lalu rekap ulang."
)


def _differ(rows: Sequence[dict[str, Any]], key: str, label: str, show) -> list[tuple[str, str]]:
    values = Counter(row.get(key) for row in rows)
    if len(values) <= 1:
        return []
    (common, most), (_, next_most) = values.most_common(2)
    # "sebagian besar" (most) only when it is: the TW I and TW II of the same agencies are as many.
    share = "sebagian besar " if most > next_most else ""
    others = [
        f"{show(value)}: " + ", ".join(who(row) for row in rows if row.get(key) == value)
        for value in sorted((v for v in values if v != common), key=lambda v: (v is None, v))
    ]
    return [
        (
            f"{label} berbeda",
            f"{label} laporan tidak sama di semua perangkat daerah: {share}{show(common)} "
            f"({values[common]} perangkat daerah); "
            + "; ".join(others)
            + ". "
            + (_ADVICE_PERIODE if key in ("tahun", "triwulan") else _ADVICE_PENGATURAN).format(label=label),
        )
    ]


def _batas_shown(value: float | None) -> str:
    return "tanpa batas" if value is None else f"{figure(Fraction(value))} %"


def _galat_budget(row: dict[str, Any]) -> tuple[str, str]:
    """Why an agency's pagu or realisasi anggaran is blank, and so is its period's Jumlah, or its
    penyerapan alone: the Anggaran cells that could not be read (a blank total with no word of why
    reads as a bug of the rekap)."""
    cells = cell_list(row["galat_anggaran"])  # once each: an unreadable Triwulan is every program's
    keys = (("pagu", "pagu"), ("realisasi_anggaran", "realisasi anggaran"))
    if unknown := " dan ".join(what for key, what in keys if row[key] is None):
        why = (
            f"{unknown} tidak diketahui karena sel {cells} tidak terbaca; penyerapan dan efisiensinya "
            f"kosong, {unknown} baris Jumlah periodenya juga kosong (tidak dijumlahkan sebagian)"
        )
    else:
        why = f"penyerapan dan efisiensinya kosong karena sel {cells} tidak terbaca"
    return ("Anggaran galat", f"{who(row)}: {why}. Perbaiki sel itu di buku kerjanya lalu rekap ulang.")


def warnings(rows: Sequence[dict[str, Any]], ganda: Ganda | None = None) -> list[tuple[str, str]]:
    """(jenis, pesan) in Bahasa Indonesia: the same agency (Pemerintah Daerah and Perangkat Daerah,
    ignoring case and spaces) in more than one file of one period (which one counts,
    :func:`rekap_ganda.choose`), then, over the files counted: different years, quarters, Skala
    Kriteria or Batas Capaian across the agencies (the less common ones named), several Pemerintah
    Daerah (:func:`rekap_sebaran.several_pemda`), one workbook sent under several agency names
    (:func:`rekap_isi.same_content_warnings`), a file counted whose name names another agency
    (rekap_berkas_asing.named_for_another_warnings), agencies in several
    periods (a stacked input), Semester I beside Triwulan II (rekap_sebaran.semester_mixed), an agency without indicators, agencies with indicators but no budget
    row, an agency's budget figures unknown for a galat cell, an agency left unranked (no capaian of a Tujuan or Sasaran), a Tujuan or Sasaran capaian beyond 1.000 % or below -800 % (a
    realisasi over ten times its target), an agency without a name. ``ganda``: ``choose(rows)`` when the
    caller has it already (the rekap: not chosen twice, some 7 % of its pass over all agencies)."""
    ganda = choose(rows) if ganda is None else ganda
    counted = {id(row) for row in ganda.counted}
    aside = [row for row in rows if id(row) not in counted]
    folders = folders_of(rows)  # of every file read, as rekap_ganda.choose's
    rows = ganda.counted
    found = _differ(rows, "tahun", "Tahun", lambda v: str(v) if v is not None else "tanpa tahun")
    found += _differ(rows, "triwulan", "Triwulan", lambda v: triwulan_shown(v, rows))
    found += tahunan_mixed(rows) + semester_mixed(rows, aside)
    # Kriteria on different scales are counted in the same columns: 90,996 is Tinggi on one, 90,004
    # Sangat Tinggi on the other.
    found += _differ(rows, "skala", "Skala Kriteria", str)
    # A capaian capped at 100 on one agency and counted whole (150) on another: the ranking compares
    # the same figures differently.
    found += _differ(rows, "batas_capaian", "Batas Capaian", _batas_shown)
    found += several_pemda(rows) + kindless_warnings(rows) + kindless_pemda(rows) + joined_warnings(rows)
    found += ganda.warnings + same_content_warnings(rows) + same_plan_warnings(rows) + several_periods(rows)
    # a copy counted alone as the agency its Pengaturan names, by its file's or its folder's name
    found += named_for_another_warnings(rows, folders)
    for row in rows:
        if row.get("indikator") == 0:  # e.g. the blank workbook of `lkj-xl new`: no galat, a row of zeros
            found.append(
                (
                    "Tanpa indikator",
                    f"{who(row)}: sheet Kinerja tidak berisi indikator; periksa apakah berkas yang dikirim "
                    "sudah diisi.",
                )
            )
    # Kinerja filled, Anggaran empty: its pagu and realisasi are 0 in the tables (as its export's),
    # which reads as an agency without a budget. A blank workbook is said once, above.
    without = [row for row in rows if row.get("indikator") and not row.get("program")]
    if without:
        found.append(
            (
                "Tanpa anggaran",
                f"Sheet Anggaran tidak berisi program pada {len(without)} perangkat daerah: "
                + ", ".join(map(who, without))
                + ". Pagu dan realisasi anggarannya tercatat 0, penyerapan dan efisiensinya kosong, dan "
                "jumlah pagu atas semua perangkat daerah tidak memuat anggarannya; periksa apakah berkas "
                "yang dikirim sudah lengkap.",
            )
        )
    found += [_galat_budget(row) for row in rows if row.get("galat_anggaran") and row.get("program")]
    found += unranked_warnings(rows) + galat_left_out_warnings(rows) + below_grade_warnings(rows)
    found += over_pagu_warnings(rows) + unspent_warnings(rows)
    for row in rows:
        for tingkat, kode, capaian in row.get("ekstrem", ()):
            found.append(
                (
                    "Capaian ekstrem",
                    f"{who(row)}: capaian {tingkat} {kode} {figure(capaian)}% (realisasi lebih dari 10 kali "
                    "target) ikut dalam rata-rata peringkat; periksa skala dan satuan target dan realisasinya "
                    "di sheet Kinerja.",
                )
            )
    for row in rows:
        if not row["perangkat_daerah"]:
            found.append(
                (
                    "Tanpa nama",
                    f"Berkas {row['berkas']}: Perangkat Daerah tidak diisi di sheet Pengaturan; "
                    "baris-barisnya tanpa Kunci (tidak dapat dihubungkan dengan periode lain).",
                )
            )
    return found
