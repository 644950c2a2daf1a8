"""The galat's words for a figure typed as a range ("60-85 %" BOR, "6-9 hari" AVLOS).

The report's formula (DOMAIN.md, seed ~480) scores a realisasi against one target figure; it has no
rule for a range, and none is invented here. A Kinerja value gets what staff can do when the
Perjanjian Kinerja's target is the range itself: type the bound the PK treats as the target, with the
Polaritas that scores it, and keep the range in Keterangan."""

from __future__ import annotations


def rentang_teks(low: str, high: str, kolom: str, *, indicator: bool, target: bool) -> str:
    """Why ``low``-``high`` is not a figure and what to type; ``kolom``: where the range's note goes,
    ``target``: the Target or Target Perubahan of a Kinerja row (else a realisasi or an Anggaran figure)."""
    if not target:
        where = " (target: yang tertulis di Perjanjian Kinerja)" if indicator else ""
        return f"berupa rentang ({low} sampai {high}), bukan satu angka; tulis satu angka saja{where} dan catat rentangnya di {kolom}"
    return (
        f"berupa rentang ({low} sampai {high}): rumus capaian membutuhkan satu angka target dan tidak ada "
        "rumus untuk rentang; tulis batas yang menjadi target menurut Perjanjian Kinerja "
        f"({high} dengan Polaritas Negatif bila batas atasnya yang dijaga, {low} dengan Polaritas Positif "
        f"bila batas bawahnya) dan catat rentangnya di {kolom}"
    )
