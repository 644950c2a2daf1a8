"""What a rekap's whole set of files spans, said once for the set: agencies in more than one period,
agencies of more than one Pemerintah Daerah, Triwulan IV sent both as the Laporan Tahunan and as the
quarterly report, a half year's report beside its quarter's. Pure (split from rekap_ganda, which tells one agency's files apart)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.rekap_ganda import (
    agency_key,
    identities,
    pemda_keys,
    pemda_shown,
    period_of,
    period_text,
    who,
)
from lkj_xl.core.rekap_jenis_laporan import semester, tahunan


def several_periods(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """The agencies in more than one period (the TW I and TW II folders rekapped together): a stacked
    input, said once for the set."""
    periods_of: dict[tuple[str, str], set[tuple[Any, Any]]] = defaultdict(set)
    first: dict[tuple[str, str], dict[str, Any]] = {}
    for row, identity in zip(rows, identities(rows)):
        if identity is not None:
            periods_of[identity].add(period_of(row))
            first.setdefault(identity, row)
    several = [first[identity] for identity, found in periods_of.items() if len(found) > 1]
    if not several:
        return []
    found_periods = sorted(
        {period_of(row) for row in rows}, key=lambda p: (p[0] is None, p[0] or 0, p[1] is None, p[1] or 0)
    )
    names = ", ".join(who(row) for row in several[:3]) + (", ..." if len(several) > 3 else "")
    return [
        (
            "Beberapa periode",
            f"{len(several)} perangkat daerah tercatat di lebih dari satu periode ("
            + ", ".join(period_text(period, rows) for period in found_periods)
            + f"): {names}. Setiap baris semua tabel membawa Tahun dan Triwulan-nya sendiri; kolom "
            "Kunci menghubungkan perangkat daerah, indikator dan program yang sama antarperiode. "
            "Peringkat dan grafik disusun per periode (periode terbaru di atas): perangkat daerah "
            "dibandingkan hanya dengan perangkat daerah lain pada periode yang sama.",
        )
    ]


# A Pemda with at most this many agencies in a rekap of several is named with its agencies (a file of
# another Pemda that came along in the folder); a larger one is a Pemda of a province's rekap.
_NAMED_AGENCIES = 3


def several_pemda(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """The agencies come from more than one Pemerintah Daerah (read as the duplicate check reads it:
    "Kab. Uji" is Kabupaten Uji): a workbook of a neighbouring Pemda in the folder would be ranked,
    charted and summed with this Pemda's agencies with nothing saying so. Said once for the set: the
    Pemda with the most agencies first, a small one with its agencies named. Agencies without a Pemda
    are left out (nothing tells them apart)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    spelt: dict[int, str] = {}
    for row, key, its in zip(rows, pemda_keys(rows), pemda_shown(rows)):
        if key:
            groups[key].append(row)
            spelt[id(row)] = its
    if len(groups) <= 1:
        return []

    def agencies(group: list[dict[str, Any]]) -> int:  # an agency in two periods counts once
        return len({agency_key(row) for row in group})

    def shown(group: list[dict[str, Any]]) -> str:  # as most of its agencies wrote it
        return spelt[id(group[0])]

    ordered = sorted(groups.values(), key=lambda group: (-agencies(group), shown(group)))
    first, *others = ordered
    share = "sebagian besar " if agencies(first) > agencies(others[0]) else ""
    parts = [f"{share}{shown(first)} ({agencies(first)} perangkat daerah)"]
    for group in others:
        if agencies(group) <= _NAMED_AGENCIES:
            parts.append(f"{shown(group)}: " + ", ".join(who(row) for row in group))
        else:
            parts.append(f"{shown(group)} ({agencies(group)} perangkat daerah)")
    return [
        (
            "Pemerintah Daerah berbeda",
            f"Rekap memuat perangkat daerah dari {len(groups)} pemerintah daerah: " + "; ".join(parts) + ". "
            "Peringkat, grafik dan jumlah menggabungkan semuanya; bila berkas pemerintah daerah lain "
            "terbawa, pindahkan dari folder lalu rekap ulang, atau perbaiki Pemerintah Daerah di sheet "
            "Pengaturan berkas itu.",
        )
    ]


def triwulan_shown(triwulan: int | None, rows: Sequence[dict[str, Any]]) -> str:
    """ "Triwulan III"; Triwulan IV when every agency of it sent its Laporan Tahunan: "Laporan
    Tahunan, s.d. Triwulan IV", as those agencies name their report; a half year's likewise, "Semester
    II, s.d. Triwulan IV", and "Semester I / Triwulan II" when some sent the half year and some the
    quarter (rekap_ganda.period_text)."""
    same = [row for row in rows if row.get("triwulan") == triwulan]
    quarter = c.triwulan_tahun(triwulan, None)
    if triwulan == 4 and same and all(map(tahunan, same)):
        return f"Laporan Tahunan, s.d. {quarter}"
    halves = [semester(row) for row in same]
    if triwulan in (2, 4) and any(halves):
        half = c.triwulan_tahun(triwulan, None, semester=triwulan // 2)
        return f"{half}, s.d. {quarter}" if all(halves) else f"{half} / {quarter}"
    return quarter


def _by_pemda(rows: Sequence[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """``rows`` split by Pemda (:func:`pemda_keys`), each with the words naming it in a sentence when
    the rekap holds several (" di Kabupaten Lumajang"; "" for one Pemda). Each Pemda asks its own
    agencies for its own kind of report, so kinds are compared within one (Kota Uji's Semester I is no
    word to Kabupaten Lumajang's Triwulan II). Agencies without a Pemda join the only one there is."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    spelt: dict[str, str] = {}
    for row, key, shown in zip(rows, pemda_keys(rows), pemda_shown(rows)):
        groups[key].append(row)
        spelt.setdefault(key, shown)
    if len([key for key in groups if key]) <= 1:
        return [("", list(rows))]
    return [
        (f" di {spelt[key]}" if key else " (Pemerintah Daerah tidak diisi)", group)
        for key, group in sorted(groups.items(), key=lambda item: (not item[0], spelt[item[0]]))
    ]


def tahunan_mixed(rows: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """Per Pemda (:func:`_by_pemda`) and year, agencies of Triwulan IV of whom some sent the Laporan
    Tahunan and others the quarterly Laporan Triwulan IV: the same figures (s.d. TW IV), ranked
    together, but two reports; the quarterly ones are named (the year-end rekap collects the annual one)."""
    return [found for where, group in _by_pemda(rows) for found in _tahunan_mixed(group, where)]


def _tahunan_mixed(rows: Sequence[dict[str, Any]], where: str) -> list[tuple[str, str]]:
    found = []
    for tahun in sorted({row.get("tahun") for row in rows if row.get("triwulan") == 4}, key=lambda t: t or 0):
        same = [row for row in rows if row.get("triwulan") == 4 and row.get("tahun") == tahun]
        annual = [row for row in same if tahunan(row)]
        quarterly = [row for row in same if not tahunan(row)]
        if annual and quarterly:
            year = f" Tahun {tahun}" if tahun else ""
            # a half year's report (Semester II) is named as its agency named it
            sent = [
                f"{len(group)} mengirim Laporan Kinerja {name}: " + ", ".join(map(who, group))
                for name, group in (
                    ("Semester II", [row for row in quarterly if semester(row)]),
                    ("Triwulan IV", [row for row in quarterly if not semester(row)]),
                )
                if group
            ]
            found.append(
                (
                    "Jenis laporan berbeda",
                    f"Pada Triwulan IV{year}{where}, {len(annual)} perangkat daerah mengirim Laporan Tahunan "
                    "(Triwulan di sheet Pengaturan: Laporan Tahunan) dan "
                    + "; ".join(sent)
                    + ". Angkanya sama-sama "
                    "realisasi s.d. Triwulan IV dan diperingkat bersama; bila yang diminta laporan tahunan, "
                    "minta perangkat daerah itu mengisi Triwulan dengan Laporan Tahunan (dan realisasi akhir "
                    "tahunnya) lalu mengirim ulang.",
                )
            )
    return found


def semester_mixed(
    rows: Sequence[dict[str, Any]], aside: Sequence[dict[str, Any]] = ()
) -> list[tuple[str, str]]:
    """Per year and Triwulan II / IV, agencies of whom some sent the half year's report (Semester I /
    II) and others the quarterly one: the same figures, ranked together, but two reports (their titles
    and sentences name the half year or the quarter); the fewer are named, each asked to send the other
    kind again unless it did, a file of ``aside`` (those not counted, core.rekap_ganda) then named. Beside
    a Laporan Tahunan, tahunan_mixed says it. Within one Pemda (:func:`_by_pemda`)."""
    return [found for where, group in _by_pemda(rows) for found in _semester_mixed(group, aside, where)]


def _semester_mixed(
    rows: Sequence[dict[str, Any]], aside: Sequence[dict[str, Any]], where: str
) -> list[tuple[str, str]]:
    found = []
    periods = sorted({period_of(row) for row in rows if row.get("triwulan") in (2, 4)}, key=str)
    for tahun, triwulan in periods:
        same = [row for row in rows if period_of(row) == (tahun, triwulan)]
        halves = [row for row in same if semester(row)]
        quarterly = [row for row in same if not semester(row) and not tahunan(row)]
        if not halves or not quarterly or any(map(tahunan, same)):
            continue
        half, quarter = f"Semester {c.roman(triwulan // 2)}", c.triwulan_tahun(triwulan, None)
        kinds = [(half, halves, half), (quarter, quarterly, str(triwulan))]
        (more, many, typed), (fewer, few, _) = sorted(kinds, key=lambda kind: -len(kind[1]))
        year = f" Tahun {tahun}" if tahun else ""
        sent = _also_sent(few, aside, many is halves)
        advice = (
            f"; bila yang diminta Laporan Kinerja {more}, minta perangkat daerah itu mengisi Triwulan dengan "
            f"{typed} lalu mengirim ulang."
            if len(sent) < len(few)
            else "."
        )
        found.append(
            (
                "Jenis laporan berbeda",
                f"Pada {quarter}{year}{where}, {len(many)} perangkat daerah mengirim Laporan Kinerja {more} "
                f"(Triwulan di sheet Pengaturan: {typed}) dan {len(few)} mengirim Laporan Kinerja {fewer}: "
                + ", ".join(map(who, few))
                + f". Angkanya sama-sama realisasi s.d. {quarter} dan diperingkat bersama, tetapi judul dan "
                f"kalimat laporannya menyebut {fewer}{advice}"
                + "".join(
                    f" {' '.join(str(row['perangkat_daerah'] or '').split())} juga mengirim Laporan Kinerja "
                    f"{more} ({other['berkas']}), yang tidak dihitung (lihat Perangkat daerah ganda): bila itu "
                    f"yang berlaku, pindahkan {row['berkas']} dari folder lalu rekap ulang."
                    for row, other in sent
                ),
            )
        )
    return found


def _also_sent(
    few: Sequence[dict[str, Any]], aside: Sequence[dict[str, Any]], half: bool
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Each row of ``few`` with a file of ``aside`` of the same agency and period and of the other kind
    (the half year's when ``half``), the first such."""
    sent = []
    for row in few:
        other = next(
            (
                that
                for that in aside
                if agency_key(that) == agency_key(row)
                and period_of(that) == period_of(row)
                and semester(that) == half
                and not tahunan(that)
            ),
            None,
        )
        if other is not None:
            sent.append((row, other))
    return sent
