"""The peringatan of a rank (peringkat: lower is better, never a sum) typed on a row whose Polaritas
or Jenis Realisasi counts it otherwise: computed Positif (3rd of a target 5th printed 60 % "Rendah")
or summed over the quarters (Kumulatif). Said with the row's own figures. Pure."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import PERINGATAN, figure
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.formulas import capaian_exact
from lkj_xl.core.model import Value
from lkj_xl.core.polaritas_teks import DIJELASKAN_NEGATIF, DIJELASKAN_POSITIF, RUMUS_NEGATIF

_Ranks = list[tuple[str, Fraction]]  # the quarters typed: (TW label, rank)


def rank_said(
    reader: CellReader,
    ref: Callable[[str], str],
    named: tuple[str, str],
    chosen: tuple[str, str, str, str],
    figures: tuple[Fraction, list[Value]],
) -> None:
    """The peringatan of a rank (its Kode and Indikator ``named``) computed higher-is-better or summed:
    ``chosen`` its Polaritas and Jenis Realisasi (each as read and as typed), ``figures`` its target and
    quarters up to the reported one (TW IV's 1 in a TW II report is not counted, nor quoted)."""
    (polaritas, polaritas_text, jenis, jenis_text), (target, tws) = chosen, figures
    ranks = [(tw, v.exact) for tw, v in zip(c.TW_LABELS, tws) if v.exact is not None]
    if polaritas == c.POSITIF:
        reader.add(PERINGATAN, ref("Polaritas"), _rank_positif(*named, polaritas_text, target, ranks))
    if jenis == c.KUMULATIF:
        reader.add(PERINGATAN, ref("Jenis Realisasi"), _rank_summed(*named, jenis_text, ranks))


def _rank_positif(kode: str, indikator: str, typed: str, target: Fraction, ranks: _Ranks) -> str:
    """The peringatan of a rank computed higher-is-better, with the row's own figures: ranked 3rd of a
    target 5th is better than planned, yet Positif's realisasi / target prints 60 % "Rendah"."""
    polaritas = DIJELASKAN_POSITIF if typed else f"kosong, jadi {DIJELASKAN_POSITIF}"
    if ranks and target > 0 and ranks[-1][1] != target:
        r, t = figure(ranks[-1][1]), figure(target)
        than = "lebih baik dari" if ranks[-1][1] < target else "lebih buruk dari"
        positif, negatif = (figure(capaian_exact(ranks[-1][1], target, p)) for p in (c.POSITIF, c.NEGATIF))
        example = (
            f"peringkat {r} {than} target {t}, tetapi Positif menghitung peringkat {r} sebagai {r} / {t} × 100 = "
            f"{positif}%, Negatif sebagai ({t} − ({r} − {t})) / {t} × 100 = {negatif}%"
        )
    else:  # (no rank typed yet, or the target reached: both give 100 %)
        example = f"peringkat di bawah target {figure(target)} lebih baik, tetapi Positif menghitungnya di bawah 100%"
    return (
        f'Polaritas indikator "{_clip(indikator)}" ({kode}) {polaritas}, padahal peringkat '
        f'{DIJELASKAN_NEGATIF}: {example}. Pilih "Negatif" ({RUMUS_NEGATIF}), '
        'atau "Positif" bila angkanya bukan peringkat'
    )


def _rank_summed(kode: str, indikator: str, typed: str, ranks: _Ranks) -> str:
    """The peringatan of a rank summed over the quarters (Kumulatif, chosen or left blank), its sum as
    the row's figures give it."""
    jenis = "Kumulatif" if typed else "kosong, jadi Kumulatif"
    summed = ""
    if len(ranks) > 1:
        total = sum((x for _, x in ranks), Fraction(0))
        summed = f" ({' + '.join(f'{tw} {figure(x)}' for tw, x in ranks)} = {figure(total)})"
    latest = f", {figure(ranks[-1][1])}" if ranks else ""
    return (
        f'Jenis Realisasi indikator "{_clip(indikator)}" ({kode}) {jenis}: peringkat tiap triwulan dijumlahkan'
        f'{summed}, padahal peringkat bukan jumlah; pilih "Nilai Akhir" (peringkat triwulan terakhir{latest})'
    )
