"""The sentences comparing an indicator's realisasi with last year's (the same period's when that is
another figure), earlier years', the Renstra end target's and the national standard's, as the
workbook gives them; polarity-aware (for a Negatif indicator a fall is an improvement). Their figures
are written as :mod:`lkj_xl.core.kalimat` writes the indicator's. Used by lkj_xl.core.analisis_teks.
Pure."""

from __future__ import annotations

from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.formulas import sign_decimals
from lkj_xl.core.kalimat import angka_lain, capaian_teks, data_sampai, persen, renstra_figure
from lkj_xl.core.model import IndicatorResult, Settings
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.polaritas_teks import negatif_teks
from lkj_xl.core.renstra_jumlah import ALASAN, tahun_teks


def pembanding_kalimat(ind: IndicatorResult, settings: Settings, sampai_disebut: bool = False) -> list[str]:
    """The comparisons with last year, earlier years, the Renstra end target and the national standard
    that the workbook gives (none: no sentence). Polarity-aware: for a Negatif indicator a fall is an
    improvement. ``sampai_disebut``: the sentence before said data_sampai in full (3.1.3)."""
    p = ind.pembanding
    out: list[str] = []
    last_year = settings.tahun - 1 if settings.tahun and p.tahun_lalu is not None else None
    # last year's figure has its own sentence, unless that compares another period (s.d. TW II)
    own = last_year if not _periode_sama(ind, settings) else None
    earlier = [(year, v) for year, v in sorted(ind.realisasi_tahun.items()) if v is not None and year != own]
    if earlier:
        out.append(
            "Realisasi tahun-tahun sebelumnya: "
            + "; ".join(f"tahun {year} sebesar {angka_lain(ind, v, settings)}" for year, v in earlier)
            + "."
        )
    if p.tahun_lalu is not None:
        out.append(tahun_lalu_kalimat(ind, settings, singkat=sampai_disebut))
    if p.target_renstra is not None and p.renstra_jumlah:  # (narasi56) the period's total
        akhir = f" (tahun {settings.tahun_akhir_renstra})" if settings.tahun_akhir_renstra else ""
        figure = renstra_figure(ind, settings)
        out.append(
            f"Terhadap target akhir Renstra{akhir} sebesar {figure}, {ALASAN.format(tahun_teks(settings))}."
        )
    elif p.target_renstra is not None:
        akhir = f" (tahun {settings.tahun_akhir_renstra})" if settings.tahun_akhir_renstra else ""
        out.append(
            _terhadap(
                ind,
                settings,
                f"target akhir Renstra{akhir}",
                p.target_renstra,
                p.capaian_renstra,
                p.capaian_renstra_exact,
            )
        )
    if p.standar_nasional is not None:
        out.append(
            _terhadap(
                ind,
                settings,
                "standar nasional",
                p.standar_nasional,
                p.capaian_standar,
                p.capaian_standar_exact,
            )
        )
    out.extend(_galat_kalimat(ind))
    return out


# The comparison figures as a sentence names them, in the order the sentences above give them.
_NAMA = {
    "tahun_lalu": "Realisasi tahun sebelumnya",
    "target_renstra": "Target akhir Renstra",
    "standar_nasional": "Standar nasional",
}


def _galat_kalimat(ind: IndicatorResult) -> list[str]:
    """One sentence per comparison figure left out by a galat, naming the figure and its cells (it was
    "Nilai pembanding pada sel Kinerja!Q5 tidak dapat dibaca", of a Renstra read but in another rupiah
    scale, 25.000.000.000 under Juta Rupiah: the reader was not told which figure, nor why)."""
    p = ind.pembanding
    said = [(nama, p.galat_per.get(key)) for key, nama in _NAMA.items() if p.galat_per.get(key)]
    if not said and p.galat:  # (no figure named: the cells alone, as before)
        said = [("Nilai pembanding", p.galat)]
    return [
        f"{nama} tidak dipakai dalam perbandingan karena galat pada sel {', '.join(cells or [])} (lihat "
        "sheet Pemeriksaan)."  # (as kalimat.py and kalimat_program word it in this report)
        for nama, cells in said
    ]


def _periode_sama(ind: IndicatorResult, settings: Settings) -> str:
    """ "s.d. Triwulan II Tahun 2024" when Realisasi Tahun Lalu (the same period last year) is compared
    before the year's end and last year's own total (its Realisasi column) is another figure: the
    sentence then names that period, not "tahun sebelumnya" (the seed's words, kept where the two
    agree or only one is typed); "" otherwise."""
    p = ind.pembanding
    if p.tahun_lalu is None or not settings.tahun or settings.triwulan >= 4 or settings.triwulan_galat:
        return ""
    total = ind.realisasi_tahun.get(settings.tahun - 1)
    if total is None or to_fraction(total) == to_fraction(p.tahun_lalu):
        return ""
    return c.periode(settings.triwulan, settings.tahun - 1, semester=settings.semester_laporan)


def tahun_lalu_kalimat(ind: IndicatorResult, settings: Settings, singkat: bool = False) -> str:
    """The sentence comparing the realisasi with last year's (the same period's when it is another
    figure); for an indicator whose ``pembanding.tahun_lalu`` is known. ``singkat``: a realisasi of
    the earlier quarters only named by them alone ("(data s.d. Triwulan III)"), the reported quarter's
    cell said in the sentence before."""
    p = ind.pembanding
    lalu = angka_lain(ind, p.tahun_lalu, settings, lalu=True)  # type: ignore[arg-type]
    periode = _periode_sama(ind, settings)
    sebelumnya = "periode yang sama tahun sebelumnya" if periode else "tahun sebelumnya"
    if periode:
        lalu = f"{periode}: {lalu}"
    if p.selisih is None:
        shown = f"({lalu})" if periode else f"sebesar {lalu}"
        return (
            f"Realisasi {sebelumnya} {shown}; perbandingan dengan tahun ini belum dapat dilakukan karena "
            "realisasi tahun ini belum diketahui."
        )
    selisih = p.selisih_exact if p.selisih_exact is not None else to_fraction(p.selisih)
    # a realisasi of the earlier quarters only (TW IV "-"): said, as beside its figure in 3.1.3
    sampai = data_sampai(ind, settings)
    if sampai and singkat:  # " (data s.d. Triwulan III; realisasi ...)": its first part
        sampai = sampai.split(";")[0] + ")"
    if selisih == 0:
        return f"Jika diperbandingkan dengan {sebelumnya} ({lalu}), realisasi tahun ini{sampai} tetap."
    arah = "kenaikan" if selisih > 0 else "penurunan"
    besar = angka_lain(ind, abs(selisih), settings, selisih=True)  # type: ignore[arg-type]
    relatif = p.perubahan_exact if p.perubahan_exact is not None else p.perubahan_persen
    if relatif is not None:
        change = abs(to_fraction(relatif))
        shown = persen(change, sign_decimals(change, settings.desimal))  # a change never reads 0%
        besar += f" ({shown} dari realisasi {sebelumnya})"
    text = f"Jika diperbandingkan dengan {sebelumnya} ({lalu}) mengalami {arah} sebesar {besar}"
    if sampai:
        text = (
            f"Jika diperbandingkan dengan {sebelumnya} ({lalu}), realisasi tahun ini{sampai} "
            f"mengalami {arah} sebesar {besar}"
        )
    if p.membaik is not None:
        text += ", artinya kinerja " + ("membaik" if p.membaik else "menurun") + negatif_teks(ind)
    return text + "."


def _terhadap(
    ind: IndicatorResult,
    settings: Settings,
    what: str,
    value: float,
    capaian: float | None,
    exact: Fraction | None,
) -> str:
    text = f"Terhadap {what} sebesar {angka_lain(ind, value, settings)}"
    if capaian is None:
        return text + ", capaiannya belum diketahui."
    return text + f", capaiannya sebesar {capaian_teks(exact, capaian, settings)}."
