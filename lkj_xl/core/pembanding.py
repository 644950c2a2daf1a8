"""An indicator's comparisons (issue 11): with last year, the Renstra end target and a national
standard. Exact arithmetic on the values as written, like capaian. Pure.

- ``selisih`` = realisasi s.d. TW n - realisasi tahun lalu (in the indicator's unit);
- ``perubahan_persen`` = selisih / |realisasi tahun lalu| x 100 (none when last year's is 0); under
  Triwulan IV the same period last year is its whole year: "Realisasi <Tahun - 1>" when Realisasi
  Tahun Lalu is empty;
- ``membaik``: Positif, a rise is an improvement; Negatif, a fall is. An equal value is neither:
  ``membaik`` is None and the table says "Tetap";
- ``capaian_renstra`` / ``capaian_standar``: the capaian formula (same polarity rule, the same
  realisasi s.d. TW n of the Jenis Realisasi, the same Batas Capaian) against Target Akhir Renstra /
  Standar Nasional; none against a Target Akhir Renstra that is the period's total of a Kumulatif
  count (renstra_jumlah: this year's realisasi alone is no progress toward it).

As for capaian, no figure comes from partial data: when the realisation s.d. TW n is not known (a
status text) the comparisons that need it are None, and when a cell they need is unreadable they are
None and the cell is listed in ``Pembanding.galat``.
"""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import renstra_jumlah, rentang_skor
from lkj_xl.core.findings import FindingLog, figure, scale_mismatch, target_nol
from lkj_xl.core.formulas import capaian_exact, capped, finite
from lkj_xl.core.model import GALAT, PERINGATAN, IndicatorInput, Pembanding, Settings, Value
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.pembanding_cek import check_comparisons, comparison_cells
from lkj_xl.core.pembanding_skala import lalu_read, renstra_read, scale_fits
from lkj_xl.core.renstra_jumlah import jumlah_periode
from lkj_xl.core.rentang_cek import diketik
from lkj_xl.core.skala_sepadan import sepadan
from lkj_xl.core.unit_checks import last_year_clash

# Shown in the tables for the direction of the change (membaik True / False / None with a change 0).
MEMBAIK = "Membaik"
MENURUN = "Menurun"
TETAP = "Tetap"


def arah(pembanding: Pembanding) -> str:
    """ "Membaik", "Menurun" or "Tetap"; "" when the change is not known."""
    if pembanding.selisih_exact is None:
        return ""
    if pembanding.membaik is None:
        return TETAP
    return MEMBAIK if pembanding.membaik else MENURUN


def _as_float(value: Fraction | None) -> float | None:
    return float(value) if value is not None else None


def _reference(
    value: Value, header: str, name: str, log: FindingLog, galat: list[str], item: IndicatorInput
) -> Fraction | None:
    """A Target Akhir Renstra / Standar Nasional to compute a capaian against: None when blank or a
    status; an unreadable, zero or negative one adds its cell to ``galat`` (the latter two with a
    finding, as for Target: a zero says why and what to do, findings.target_nol)."""
    row = item.row
    if value.galat:
        galat.append(value.galat)
        return None
    if value.exact is None:
        return None
    if value.exact <= 0:
        why = (
            target_nol(item.polaritas, header)
            if value.exact == 0
            else "di bawah nol; capaian terhadapnya tidak dihitung"
        )
        log.add(GALAT, c.SHEET_KINERJA, header, row, f"{header} {name} {why}")
        galat.append(log.where(c.SHEET_KINERJA, header, row))
        return None
    return value.exact


def _capaian(realisasi: Fraction, reference: Fraction, polaritas: str, settings: Settings) -> Fraction | None:
    try:
        value = capaian_exact(realisasi, reference, polaritas)
        finite(value)
    except ValueError:  # an unknown polarity is a galat of the indicator already
        return None
    return capped(value, settings.batas_capaian)


def _ranges(
    item: IndicatorInput,
    realisasi: Fraction | None,
    name: str,
    log: FindingLog,
    out: Pembanding,
    per: dict[str, list[str]],
) -> dict[str, Fraction]:
    """A Target Akhir Renstra / Standar Nasional typed as a range ("60-85 %"): kept as typed in ``out``
    with where ``realisasi`` falls, and the capaian against it by the range rule (rentang_skor, README
    "Range targets"), by key; a realisasi below a lower bound 0 cannot be divided by it: a galat."""
    found: dict[str, Fraction] = {}
    for key, header, value in (
        ("target_renstra", c.H_TARGET_RENSTRA, item.target_renstra),
        ("standar_nasional", c.H_STANDAR_NASIONAL, item.standar_nasional),
    ):
        if value.rentang is None or value.galat:
            continue
        out.rentang[key] = value.text
        # (typed top first, "85-60 %": the note says how it is read, as the PK Target's does)
        if turned := rentang_skor.terbalik(value, item.satuan):
            out.rentang_posisi[key] = turned
        if realisasi is None:
            continue
        try:
            found[key] = rentang_skor.skor(realisasi, value.rentang, item.polaritas)
        except ValueError as why:  # (below a lower bound 0; an unknown Polaritas is the row's galat)
            if item.polaritas in c.POLARITAS:
                log.add(GALAT, c.SHEET_KINERJA, header, item.row, f"{header} {name}: {why}")
                per[key].append(log.where(c.SHEET_KINERJA, header, item.row))
            continue
        out.rentang_posisi[key] = "; ".join(
            filter(None, (turned, rentang_skor.singkat(realisasi, value, item.satuan, "rentang")))
        )
    return found


def _same_scale(item: IndicatorInput, name: str, log: FindingLog) -> None:
    """A comparison value written with a scale word (ribu/juta/milyar) while the target is not, or the
    other way round: a peringatan at its cell, as for the quarters (the size may be off by 10^3-10^9)."""
    target = item.target_perubahan if item.target_perubahan.filled else item.target
    if target.exact is None:
        return
    for header, value in (
        (c.H_REALISASI_TAHUN_LALU, item.realisasi_tahun_lalu),
        (c.H_TARGET_RENSTRA, diketik(item.target_renstra, item)),  # (a range by its lower bound)
        (c.H_STANDAR_NASIONAL, diketik(item.standar_nasional, item)),
    ):
        if (
            value.exact is not None
            and (why := scale_mismatch(value, target, item.satuan))
            and not sepadan(value, target)  # "12.500" beside "12,5 rb": the same magnitude as read
            # ("Rp 25.000.000.000" beside 5.000 Juta Rupiah: pembanding_skala names the figure to type)
            and (
                header == c.H_STANDAR_NASIONAL
                or scale_fits(item, value, renstra=header == c.H_TARGET_RENSTRA) is None
            )
        ):
            log.add(
                PERINGATAN,
                c.SHEET_KINERJA,
                header,
                item.row,
                f"Target dan {header} {name} ditulis dengan skala berbeda ({why}); periksa besarnya",
            )


def _blank(value: Value) -> bool:
    return value.exact is None and not value.galat and not value.text and value.status is None


def _all_blank(x: Value, y: Value, z: Value) -> bool:
    """:func:`_blank` of each of the three, in one call (asked of every indicator)."""
    return (
        x.exact is None
        and not x.galat
        and not x.text
        and x.status is None
        and y.exact is None
        and not y.galat
        and not y.text
        and y.status is None
        and z.exact is None
        and not z.galat
        and not z.text
        and z.status is None
    )


def _renstra_jumlah(
    item: IndicatorInput, name: str, renstra: Fraction, target: Fraction, realisasi: Fraction, settings: Settings,
    log: FindingLog,
) -> None:  # fmt: skip
    """The peringatan at the row's Target Akhir Renstra cell: why no capaian against it is computed."""
    satuan = f" {item.satuan}" if item.satuan and not is_percent_unit(item.satuan) else ""
    tahun = renstra_jumlah.tahun_teks(settings)
    years = sorted(year for year, value in item.realisasi_tahun.items() if value.exact is not None)
    typed = (
        f"; Realisasi {', '.join(map(str, years))} yang diisi tidak dijumlahkan, karena awal periode Renstra tidak diketahui"
        if years
        else " (tidak ada di sheet Kinerja)"
    )
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        c.H_TARGET_RENSTRA,
        item.row,
        f"{c.H_TARGET_RENSTRA} {figure(renstra)}{satuan} {name} sedikitnya {renstra_jumlah.KALI} kali target {tahun} "
        f"({figure(target)}{satuan}): tampaknya jumlah seluruh periode Renstra, sedangkan realisasi Kumulatif "
        f"{figure(realisasi)}{satuan} adalah realisasi {tahun} saja, bukan kemajuan menuju target akhir; "
        f'capaian terhadap {c.H_TARGET_RENSTRA} tidak dihitung (Perbandingan Kinerja: "{renstra_jumlah.SEL}"). '
        f"Kemajuan itu memerlukan realisasi tahun-tahun sebelumnya dalam periode Renstra{typed}",
    )


def tahun_lalu(item: IndicatorInput, settings: Settings) -> Value:
    """The realisation of the same period last year: Realisasi Tahun Lalu; under Triwulan IV, when
    that holds no figure (empty, "-", "n/a", a status such as "belum ada") while "Realisasi <Tahun - 1>"
    holds one, that one: the same period is last year's whole year. An unreadable cell stays one."""
    return tahun_lalu_cell(item, settings)[0]


def tahun_lalu_cell(item: IndicatorInput, settings: Settings) -> tuple[Value, str]:
    """:func:`tahun_lalu` with the header of the column it comes from."""
    lalu = item.realisasi_tahun_lalu
    if (
        settings.triwulan != 4
        or settings.triwulan_galat
        or settings.tahun is None
        or lalu.exact is not None
        or lalu.galat
    ):
        return lalu, c.H_REALISASI_TAHUN_LALU
    year = item.realisasi_tahun.get(settings.tahun - 1)
    if year is None or (year.exact is None and not _blank(lalu)):  # a status typed is kept, not a blank
        return lalu, c.H_REALISASI_TAHUN_LALU
    return year, c.realisasi_tahun_header(settings.tahun - 1)


def compare(
    item: IndicatorInput,
    realisasi: Fraction | None,
    indicator_galat: list[str],
    settings: Settings,
    log: FindingLog,
) -> Pembanding:
    """The comparisons of one indicator. ``realisasi``: its exact realisation s.d. TW n (None when not
    known or not computed); ``indicator_galat``: the unreadable cells that kept it from being computed."""
    lalu, lalu_header = (
        tahun_lalu_cell(item, settings) if item.realisasi_tahun else (item.realisasi_tahun_lalu, "")
    )
    blank = _all_blank(lalu, item.target_renstra, item.standar_nasional)
    if blank and not item.realisasi_tahun:
        return Pembanding()  # nothing to compare with (most indicators): what the steps below give
    name = f'indikator "{item.indikator}" ({item.kode})'
    check_comparisons(
        item, name, comparison_cells(item, (lalu_header or c.H_REALISASI_TAHUN_LALU, lalu)), log
    )
    if blank:
        return Pembanding()
    out = Pembanding()
    per: dict[str, list[str]] = {"tahun_lalu": [], "target_renstra": [], "standar_nasional": []}
    if lalu.galat:
        per["tahun_lalu"].append(lalu.galat)
    elif clash := last_year_clash(lalu_header or c.H_REALISASI_TAHUN_LALU, name, lalu, item, log):
        per["tahun_lalu"].append(clash)  # "85%" of a count: shown, compared with nothing
    renstra = _reference(item.target_renstra, c.H_TARGET_RENSTRA, name, log, per["target_renstra"], item)
    renstra = renstra_read(item, renstra, per["target_renstra"], log)  # ("Rp 25.000.000.000": 25.000 juta)
    standar = _reference(
        item.standar_nasional, c.H_STANDAR_NASIONAL, name, log, per["standar_nasional"], item
    )
    ranged = _ranges(item, None if indicator_galat else realisasi, name, log, out, per)
    _same_scale(item, name, log)
    lalu_x = lalu_read(item, lalu)  # ("Rp 1.100.000.000" under Juta Rupiah: 1.100)
    out.tahun_lalu = _as_float(lalu_x)
    out.tahun_lalu_text = lalu.text
    out.target_renstra = _as_float(renstra)
    out.standar_nasional = _as_float(standar)
    # A comparison whose own value is known still needs the realisation: its unreadable cells count.
    for key, reference in (
        ("tahun_lalu", lalu_x),
        ("target_renstra", renstra),
        ("standar_nasional", standar),
    ):
        if reference is not None or key in out.rentang:
            per[key].extend(indicator_galat)
    out.galat_per = {key: cells for key, cells in per.items() if cells}
    out.galat = list(dict.fromkeys(ref for cells in per.values() for ref in cells))
    if realisasi is None or indicator_galat:
        return out
    if lalu_x is not None and not per["tahun_lalu"]:
        out.selisih_exact = realisasi - lalu_x
        out.selisih = float(out.selisih_exact)
        if lalu_x != 0:
            out.perubahan_exact = out.selisih_exact / abs(lalu_x) * 100
            out.perubahan_persen = float(out.perubahan_exact)
        if out.selisih_exact != 0 and item.polaritas in c.POLARITAS:
            rose = out.selisih_exact > 0
            out.membaik = rose if item.polaritas == c.POSITIF else not rose
    # (a Renstra typed in another rupiah scale is read in the Satuan with Rp, else not compared: renstra_read)
    if renstra is not None and (target := jumlah_periode(item, renstra)) is not None:
        out.renstra_jumlah = True  # (narasi56) the period's total: this year's alone is no progress
        _renstra_jumlah(item, name, renstra, target, realisasi, settings, log)
    elif renstra is not None:
        out.capaian_renstra_exact = _capaian(realisasi, renstra, item.polaritas, settings)
    if standar is not None:
        out.capaian_standar_exact = _capaian(realisasi, standar, item.polaritas, settings)
    if "target_renstra" in ranged:
        out.capaian_renstra_exact = capped(ranged["target_renstra"], settings.batas_capaian)
    if "standar_nasional" in ranged:
        out.capaian_standar_exact = capped(ranged["standar_nasional"], settings.batas_capaian)
    out.capaian_renstra = _as_float(out.capaian_renstra_exact)
    out.capaian_standar = _as_float(out.capaian_standar_exact)
    return out
