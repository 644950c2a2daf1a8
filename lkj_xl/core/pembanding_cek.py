"""An indicator's comparison columns (Realisasi Tahun Lalu, Realisasi <tahun>, Target Akhir Renstra,
Standar Nasional) typed in another form than its target, checked as its quarters are: a percentage
as a fraction (0,9 for 90 %), thousands with a comma ("1,350" orang) or stored by an Excel set to
English (1,35 for "1.350"). Each gave Perbandingan Kinerja a Perubahan of thousands of percent, or a
capaian against the Renstra of 16.000 %, without a word. Computed as typed; the cell says so. Pure."""

from __future__ import annotations

from dataclasses import replace

from lkj_xl.core import contract as c
from lkj_xl.core.capaian_checks import fraction_of_percent
from lkj_xl.core.comma_thousands import comma_thousands
from lkj_xl.core.findings import FindingLog, figure
from lkj_xl.core.model import PERINGATAN, IndicatorInput, Value
from lkj_xl.core.number_words import is_percent_unit
from lkj_xl.core.pembanding_skala import other_scale
from lkj_xl.core.rentang_cek import diketik
from lkj_xl.core.satuan_utuh import typed_fraction
from lkj_xl.core.share_fraction import a_reading_fits, above_whole, far_from_quarter, may_exceed_hundred
from lkj_xl.core.unit_checks import whole_fraction


def comparison_cells(item: IndicatorInput, lalu: tuple[str, Value]) -> list[tuple[str, Value]]:
    """The comparison cells of ``item`` by their header, each once: ``lalu`` (last year's, and the
    column it comes from: under Triwulan IV it may be "Realisasi <Tahun - 1>"), then the rest."""
    cells = dict([lalu])
    for tahun, value in item.realisasi_tahun.items():
        cells.setdefault(c.realisasi_tahun_header(tahun), value)
    # (a range, "60-85 %", checked as typed by its lower bound, as a range Target is: rentang_cek)
    cells.setdefault(c.H_TARGET_RENSTRA, diketik(item.target_renstra, item))
    cells.setdefault(c.H_STANDAR_NASIONAL, diketik(item.standar_nasional, item))
    return [(header, value) for header, value in cells.items() if value.exact is not None]


def check_comparisons(
    item: IndicatorInput, name: str, cells: list[tuple[str, Value]], log: FindingLog
) -> None:
    """The peringatan at each of ``cells`` (comparison_cells) typed in another form than the target."""
    if not cells:
        return
    filled = item.target_perubahan.filled
    target_value = item.target_perubahan if filled else item.target
    target_header = "Target Perubahan" if filled else "Target"
    _fractions_of_percent(item, name, (target_header, target_value), cells, log)
    # (the target, said at its own cell already, is only what each comparison is weighed against)
    beside = (target_header, replace(target_value, text=""))
    comma_thousands(log, c.SHEET_KINERJA, item.row, name, [beside, *cells], item.satuan)
    whole_fraction(cells, item, name, log)  # (the quarters' rule: not of a percentage nor a level)
    typed_fraction(cells, item, name, log)  # ("2,5" sekolah last year)
    other_scale(item, name, cells, log)  # (last year's Rp 1,1 M as 1.100.000 under Juta Rupiah)


def _fractions_of_percent(
    item: IndicatorInput,
    name: str,
    target: tuple[str, Value],
    cells: list[tuple[str, Value]],
    log: FindingLog,
) -> None:
    """A comparison figure of a percentage typed as a fraction (Realisasi Tahun Lalu 0,9 for 90 %, a
    ratio =A/B pasted without x 100) beside a target above 1: read as 0,9 %. Pointed out when the
    figure below 1, without %, times 100 is within three times the target (0,5 % last year beside a
    target of 3,45 % is a small rate, as is anything beside a target of at most 1 %). As in the
    quarters, a higher-is-better indicator's only: a lower-is-better rate's aim is small (0,12 % of
    non-performing loans last year beside a target of 5 %)."""
    header, exact = target[0], target[1].exact
    if exact is None or exact <= 1 or item.polaritas != c.POSITIF or not is_percent_unit(item.satuan):
        return
    for column, value in cells:
        x = value.exact
        if value.percent or x is None:
            continue
        # (a share above 100 % typed so, an APK's 1,0105 for 101,05 %: within half to twice the target)
        if not (0 < x < 1 and exact <= 300 * x <= 9 * exact) and not (
            above_whole(x, exact) and may_exceed_hundred(item)
        ):
            continue
        said = (column, name, value.text or figure(x))
        # (1,5 beside a target of 95: 150 % is no share near it, a slip; "tulis 150" would be a wrong
        # figure. Below 1 the three times kept above stand: last year's 90 % beside a target of 56,67 %
        # is no slip, a comparison column may lie far from this year's target)
        if x > 1 and not a_reading_fits(x, exact):
            message = far_from_quarter(said, (header, exact), item.satuan)
        else:
            message = fraction_of_percent(said, (header, exact), item.satuan, x)
        log.add(PERINGATAN, c.SHEET_KINERJA, column, item.row, message)
