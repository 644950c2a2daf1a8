"""Sentences about an indicator's figures, shown as the tables show them (issue 11's narrative).

Target, realisasi and capaian with the Indonesian separators, the scale word the figure was typed with
("5.984,04 milyar"), the unit, and a capaian with the decimals that agree with its kriteria (the
decimals rule of lkj_xl.core.formulas), and another figure of the indicator in its unit and scale
(:func:`angka_lain`), which the comparisons with last year, the Renstra end target and the national
standard write (lkj_xl.core.kalimat_pembanding). Used by lkj_xl.core.analisis_teks. Pure: standard
library only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.formulas import (
    capaian_decimals,
    figure_decimals,
    has_decimals,
    known_sum,
    lalu_scale,
    realisasi_scale,
    scale_decimals,
    selisih_scale,
)
from lkj_xl.core.model import BudgetResult, IndicatorResult, Report, Settings, Value
from lkj_xl.core.number_format import whole_or_two
from lkj_xl.core.number_words import only_percent
from lkj_xl.core.numbers import format_number, is_percent_unit, scale_factor, to_fraction
from lkj_xl.core.pk_note_lines import explaining_lines
from lkj_xl.core.polaritas_teks import dengan_negatif
from lkj_xl.core.satuan_level import level_words
from lkj_xl.core.skala_jumlah import scale_reading
from lkj_xl.core.styles import rupiah_figure, same_amount, shown_difference
from lkj_xl.core.target_sendiri import angka as angka
from lkj_xl.core.target_sendiri import angka_sendiri as angka_sendiri
from lkj_xl.core.target_sendiri import target_sendiri

# A rupiah figure is written with Rp, its scale word after it ("Rp 5.984,04 milyar" of Satuan Rupiah or
# Milyar Rupiah); other Satuan keep what is no scale word after it ("Juta US$": "20,00 juta US$").
_RUPIAH = frozenset({"rp", "rupiah", "idr"})
_SCALE_WORD = re.compile(r"^(?:ribu|rb|juta|jt|milyar|miliar|triliun)\.?$", re.IGNORECASE)


def nama_node(tingkat: str, uraian: str) -> str:
    """A node named in a sentence: "Sasaran Meningkatnya ...", never "Program PROGRAM ..." nor
    "Tujuan Tujuan 2 ..." (staff paste the label into the Uraian, as the seed's own report does)."""
    name = uraian or tingkat
    if tingkat and not re.match(rf"{re.escape(tingkat)}\b", name, re.IGNORECASE):
        name = f"{tingkat} {name}"
    return name


def daftar(items: Sequence[str]) -> str:
    """ "A, B dan C" (Indonesian enumeration)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


# --- figures, as the tables show them ------------------------------------------------------------


def with_satuan(text: str, satuan: str, scale_word: str | None = None) -> str:
    """A figure with its unit where the text does not already carry it: "40,71%", "400 IKM",
    "Rp 1.491.388.500.000"; a rupiah figure is written with Rp whatever its scale, as the seed writes
    money in its sentences (l.825, l.947; l.590 "Rp 5.718.901,0 juta"): "Rp 1,50 milyar", and under a
    Satuan naming the scale ("Rp juta", "Milyar Rupiah") with that scale word, "Rp 1,20 juta" (see
    :func:`rupiah_scale`). A figure in a scale word keeps its unit otherwise: "20,00 juta US$", never
    read as rupiah, "45,23 ribu ton"."""
    unit = (satuan or "").strip()
    if not unit or not text or text.startswith(("Rp", "-Rp")):
        return text
    money = rupiah_scale(unit)
    if money is not None:
        return rp(text if not money or text[-1:].isalpha() else f"{text} {money}")
    if text[-1:].isalpha() and scale_word:
        rest = _after_scale(unit)
        # the unit already written as a word, never a letter of the scale word (Satuan t in "juta")
        written = re.search(rf"(?<!\w){re.escape(rest.casefold())}(?!\w)", text.casefold())
        return f"{text} {rest}" if rest and not written else text
    if only_percent(unit):  # ("Persen (%)": "85%", never "85 Persen (%)")
        return f"{text}%"
    if text[-1:].isalpha() or unit.casefold() in text.casefold():
        return text
    if words := level_words(unit):  # "level 3" of SPIP maturity: "3 level" reads as three levels
        return f"{words} {text}"
    if _SKOR.fullmatch(unit):  # a score's figure alone, "sebesar 75": "75 Nilai" reads as 75 values
        return text
    return f"{text} {unit}"


_SCALE_NAMES = {"rb": "ribu", "jt": "juta"}

# A Satuan naming a score and nothing else ("Nilai", "Indeks", "Skor", "Nilai Indeks"): the indicator's
# name already says what it is ("Nilai rata-rata ujian ... sebesar 75"), as the seed writes an index
# (l.727 "Indeks perkembangan harga sebesar 1,06%"); never "Nilai SAKIP", "Indeks (1-4)"
_SKOR = re.compile(r"(?:nilai|indeks|skor)(?:\s+(?:nilai|indeks|skor))*", re.IGNORECASE)


def rupiah_scale(satuan: str) -> str | None:
    """The scale word of a Satuan of rupiah ("juta" of "Rp juta", "Rp. Juta", "Juta Rupiah"; "milyar" of
    "Milyar Rupiah"), "" for rupiah alone ("Rp", "Rupiah", "IDR"); None for any other Satuan, a price
    per a unit ("Rp/kg") or another currency ("Juta US$") included."""
    if _PER.search(satuan):
        return None
    words = re.findall(r"[^\W\d_]+", satuan.casefold())
    scales = [w for w in words if w not in _RUPIAH]
    if len(scales) == len(words) or len(scales) > 1 or not all(_SCALE_WORD.match(w) for w in scales):
        return None
    return _SCALE_NAMES.get(scales[0], scales[0]) if scales else ""


# Where a rate's Satuan starts what it counts per: a slash ("Rp/kg") or the word "per" ("Per 1 Juta
# penduduk"); "s/d" is no rate.
_PER = re.compile(r"\s*/(?<!\bs/)(?!\s*d\b)|(?:^|\s+)per\b", re.IGNORECASE)


def _after_scale(unit: str) -> str:
    """What :func:`with_satuan` writes after a figure in a scale word: the Satuan less its scale words
    ("Juta US$": "US$"), "" in rupiah or % ("1.282.684,40 juta", as the seed). A rate's part after
    its slash or "per" is what it counts per, kept as typed ("Per 1 Juta penduduk", "Rp/kg"), and so
    is the rupiah it counts ("12,50 ribu Rp/kg")."""
    per = _PER.search(unit)
    head, tail = (unit[: per.start()], unit[per.start() :]) if per else (unit, "")
    if not tail and (is_percent_unit(unit) or set(re.findall(r"[^\W\d_]+", unit.casefold())) & _RUPIAH):
        return ""  # (a percentage in any spelling, "Persen (%)": no unit after "1,2 ribu")
    kept = " ".join(w for w in head.split() if not _SCALE_WORD.match(w))
    return f"{kept}{tail}".strip() if kept else tail.strip()


def tanpa_satuan(text: str, satuan: str) -> str:
    """The figure of :func:`with_satuan`'s text alone, for a table whose Satuan column beside it gives
    the unit: "400 IKM" -> "400", "40,71%" -> "40,71", "Rp 1.491.388.500.000" -> "1.491.388.500.000"; a
    scale word is part of the figure and stays ("5.984,04 milyar")."""
    unit = (satuan or "").strip()
    if not unit:
        return text
    if only_percent(unit):
        return text.removesuffix("%")
    money = rupiah_scale(unit)
    if money is not None:  # "Rp 1,20 juta" of Satuan Rp juta: "1,20"; of Satuan Rp: "1,20 juta"
        figure = f"-{text[4:]}" if text.startswith("-Rp ") else text.removeprefix("Rp ")
        return figure.removesuffix(f" {money}") if money else figure
    rest = f" {_after_scale(unit)}"  # "20,00 juta US$" of Juta US$: "20,00 juta", its scale word kept
    if rest.strip() and text.endswith(rest) and text[: -len(rest)][-1:].isalpha():
        return text[: -len(rest)]
    if (words := level_words(unit)) and text.startswith(head := f"{words} "):  # "level 3"
        return text[len(head) :]
    tail = f" {unit}"
    return text[: -len(tail)] if text.casefold().endswith(tail.casefold()) else text


def tertulis(value: Value, satuan: str, decimals: int | None = None) -> str:
    """A target as a note names it: the number with its unit ("40,71%", "400 IKM", "5.984,04 milyar";
    ``decimals``: the indicator's figures', formulas.figure_decimals), else as typed ("-": blank)."""
    if value.exact is not None:
        return with_satuan(angka(float(value.exact), value.scale_word, decimals), satuan, value.scale_word)
    return value.text or value.status or "-"


def tertulis_sendiri(value: Value, satuan: str) -> str | None:
    """:func:`tertulis` with the decimals the target was typed with (:func:`angka_sendiri`); None for a
    figure with none of its own (then as the capaian tables show it)."""
    if value.exact is None:
        return tertulis(value, satuan)
    own = angka_sendiri(float(value.exact), value.scale_word)
    return None if own is None else with_satuan(own, satuan, value.scale_word)


def persen(value: float | Fraction, decimals: int) -> str:
    return f"{format_number(to_fraction(value), decimals)}%"


def capaian_teks(exact: Fraction | None, value: float | None, settings: Settings) -> str:
    """A capaian "71,24%" with the decimals that never contradict its kriteria (as the tables)."""
    if exact is None:
        exact = to_fraction(value) if value is not None else None
    if exact is None:
        return ""
    return persen(exact, capaian_decimals(exact, settings.skala, settings.desimal))


def rupiah(value: float | Fraction) -> str:
    """An amount as the tables show it (styles.rupiah_figure: "Rp 9.999.999,60"); below zero "-Rp 800.000"."""
    return rp(rupiah_figure(to_fraction(value)))


def rp(figure: str) -> str:
    """ "Rp" before a figure already written the Indonesian way, a minus sign before "Rp" as Indonesian
    documents write it ("Rp -" is also how Excel's Accounting format shows a zero)."""
    return f"-Rp {figure[1:]}" if figure.startswith("-") else f"Rp {figure}"


def selisih_rupiah(one: float | Fraction, other: float | Fraction = 0) -> str:
    """``one`` - ``other`` in words, from one's side, as the two amounts read (styles.shown_difference): "lebih
    Rp 6.000" or "kurang Rp 110.228.979" (never "selisih Rp -110.228.979"); sen kept ("lebih Rp 0,50")."""
    exact = shown_difference(to_fraction(one), to_fraction(other))
    return f"{'kurang' if exact < 0 else 'lebih'} {rupiah(abs(exact))}"


def kosong_notes(report: Report, *, kinerja: bool = False, anggaran: bool = False) -> list[str]:
    """Under a table, chart or sentences printing a capaian (``kinerja``) or a penyerapan (``anggaran``): the
    reported quarter blank in every row of its sheet, its figures counted from the earlier quarters
    alone, in the sentence every output gives (Report.kinerja_kosong, anggaran_kosong); [] when typed."""
    notes = [report.kinerja_kosong] if kinerja and report.kinerja_kosong else []
    if anggaran and (kosong := report.anggaran_kosong):
        notes.append(f"{kosong[0].upper()}{kosong[1:]}.")
    return notes


def pagu_catatan(budgets: Sequence[BudgetResult], settings: Settings, kosong: str = "") -> str:
    """What a sentence giving the total pagu adds (the mail, the Word report's Ikhtisar and 3.2.4, the
    Analisis Capaian's closing paragraph): after the APBD-P that it sums Pagu Perubahan and the
    Perjanjian Kinerja's total (the programs' Pagu column: the figure Tabel 3.4's notes and the Word
    report's Perjanjian Kinerja table add up to); and Pengaturan's Total Pagu Perjanjian Kinerja when
    it is another figure (total_pk_beda); ``kosong``: the reported quarter's spending blank in every
    row (Report.anggaran_kosong). "" when there is nothing to add."""
    parts = [kosong] if kosong else []
    revised = any(b.pagu_pk is not None for b in budgets)
    if revised:
        parts.append("dihitung dari Pagu Perubahan APBD-P")
        if (signed := known_sum([b.pagu_pk_exact for b in budgets])) is not None:
            parts.append(f"pagu Perjanjian Kinerja {rupiah(signed)}")
    if beda := total_pk_beda(budgets, settings):
        parts.append(beda)
    return "; ".join(parts)


def total_pk_beda(budgets: Sequence[BudgetResult], settings: Settings) -> str:
    """Pengaturan's Total Pagu Perjanjian Kinerja where it differs from the programs' pagu as the
    Perjanjian Kinerja gives them (their Pagu column, before any Pagu Perubahan): "Total Pagu ... di
    Pengaturan!B16 Rp T, lebih Rp D dari jumlah pagu program" (kurang when below
    them); "" when it is not filled, is the same, or a pagu is no figure (no sum to compare). A Total
    equal to the programs' Pagu Perubahan (the PK amended after the APBD-P) is said equal to it."""
    if settings.total_pagu is None:
        return ""
    revised = any(b.pagu_pk is not None for b in budgets)
    programs = known_sum([b.pagu_pk_exact for b in budgets])
    agreed = to_fraction(settings.total_pagu)
    if programs is None or same_amount(programs, agreed):
        return ""
    # the cell without a parenthesis: the sentences of the total pagu put this inside theirs
    where = (
        f"{c.SHEET_PENGATURAN}!{settings.total_pagu_sel}"
        if settings.total_pagu_sel
        else f"sheet {c.SHEET_PENGATURAN}"
    )
    counted = known_sum([b.pagu_exact for b in budgets])
    if said := _total_read(agreed, programs, counted if revised else None):
        return f"{c.P_TOTAL_PAGU} di {where} {said}"
    if revised and counted is not None and same_amount(counted, agreed):
        # (the PK amended after the APBD-P, as Pengaturan's check reads it, total_pagu: no difference
        # to say, both PK figures named; "lebih ... dari" read as a discrepancy the check does not see)
        return f"{c.P_TOTAL_PAGU} di {where} {rupiah(agreed)}, sama dengan jumlah Pagu Perubahan program"
    return (
        f"{c.P_TOTAL_PAGU} di {where} {rupiah(agreed)}, {selisih_rupiah(agreed, programs)} "
        f"dari jumlah pagu {'Perjanjian Kinerja ' if revised else ''}program"
    ) + explaining_lines(agreed - programs, settings)


def _total_read(agreed: Fraction, programs: Fraction, counted: Fraction | None) -> str:
    """The Total typed in another scale than the programs' pagu as the Perjanjian Kinerja gives them (or,
    ``counted``, their Pagu Perubahan): "ditulis 10.194.300, tampaknya dalam ribuan rupiah (Rp
    10.194.300.000); jumlah pagu program Rp 10.194.300.230", the reading Pengaturan's peringatan names
    (total_pagu._scale), never "Rp 10.194.300, kurang Rp 10.184.105.930"; "" when it is no such slip."""
    for sum_, of in ((programs, "pagu Perjanjian Kinerja program" if counted else "pagu program"),
                     (counted, "Pagu Perubahan program")):  # fmt: skip
        if sum_ is not None and (read := scale_reading(agreed, sum_)):
            return f"ditulis {whole_or_two(agreed)}, tampaknya {read[1]} ({rupiah(read[0])}); jumlah {of} {rupiah(sum_)}"
    return ""


@dataclass(frozen=True)
class Angka:
    """An indicator's figures as Tabel 3.2 shows them, with the unit."""

    target: str
    realisasi: str  # the figure, or the status text ("Menunggu data BPS") / galat
    capaian: str  # "71,24%" (a Negatif one said so), "" when not known
    kriteria: str  # "Sedang", "" when not known


def dengan_skala(skala: str, grade: str) -> str:
    """A grade as the sentences name it: "Predikat Paripurna", "Opini BPK WTP"; a grade typed with the
    word that says what it is ("Terakreditasi Paripurna", "Predikat B", "KLA Madya", "Nilai SAKIP BB") as
    typed, not named twice."""
    key = " ".join(grade.casefold().split())
    named = any(key.startswith(w + " ") for w in (*c.PREDIKAT_AWALAN, *c.PREDIKAT_AWALAN_AKREDITASI))
    return grade if named else f"{skala} {grade}"


def angka_indikator(ind: IndicatorResult, settings: Settings, tabel: bool = False) -> Angka:
    """The target as signed, with the decimals it was typed with, as the Word report's PK tables print
    it (target_sendiri: "75" beside a realisasi 73,375, never "75,000"); ``tabel``: as the row of Tabel
    3.1 / 3.2 above a note shows it ("75,00" beside 73,375). The realisation by the row's decimals rule (Tabel 3.1:
    recomputable), in the target's scale word; the capaian as the tables show it."""
    scale = ind.scale_word
    decimals = figure_decimals(ind, settings.skala, desimal=settings.desimal)
    if ind.target is not None:
        own = None if tabel else target_sendiri(ind.target, scale, rupiah_scale(ind.satuan) is not None)
        # (as the row shows it: its own decimals when fewer than the row's, 0,15 beside 0,135)
        places = typed_places(ind.target, decimals, scale_factor(scale) if scale else 1)
        target = with_satuan(own or angka(ind.target, scale, places), ind.satuan, scale)
    elif ind.skala_predikat:  # a grade: "Opini BPK WTP", "Predikat SAKIP BB"
        target = dengan_skala(ind.skala_predikat, ind.target_text)
    else:  # a range as typed, its unit if not typed ("1.000-1.500 orang", "5-10 rb orang"), or the galat's label
        target = ind.target_text or "-"
        if target[-1].isdigit() or (scale and target[-1].isalpha()):
            target = with_satuan(target, ind.satuan, None if target[-1].isdigit() else scale)
    if ind.realisasi is not None and (own := realisasi_scale(ind)) != scale:
        # as read, never "0,00 milyar" (see satuan_beda) nor "0,5954 juta" of 595.430 orang, with the
        # decimals of Tabel 3.1, 3.2 and Perbandingan Kinerja: 1000 beside "0,07 juta" reads "1.000",
        # 350 jt + 425 jt beside "1,50 milyar" "775 juta"
        places = typed_places(
            ind.realisasi, scale_decimals(ind, decimals, own), scale_factor(own) if own else 1
        )
        shown = angka(ind.realisasi, own, places)
        realisasi = with_satuan(shown, ind.satuan, own)
    elif ind.realisasi is not None:
        places = typed_places(ind.realisasi, decimals, scale_factor(scale) if scale else 1)  # as the row
        realisasi = with_satuan(angka(ind.realisasi, scale, places), ind.satuan, scale)
    elif ind.realisasi_text:
        realisasi = dengan_skala(ind.skala_predikat, ind.realisasi_text)
    else:
        realisasi = ind.status or c.BELUM_DIKETAHUI
    capaian = capaian_teks(ind.capaian_exact, ind.capaian, settings) if ind.capaian is not None else ""
    batas, mentah = settings.batas_capaian, ind.capaian_mentah
    if capaian and batas is not None and mentah is not None and mentah > batas:  # as the note under the table
        capaian += f" (dibatasi Batas Capaian {angka(batas)}%; sebelum dibatasi {capaian_teks(None, mentah, settings)})"
    return Angka(target, realisasi, dengan_negatif(capaian, ind) if capaian else "", ind.kriteria or "")


def renstra_figure(ind: IndicatorResult, settings: Settings) -> str:
    """The indicator's Target Akhir Renstra as its sentences show it (:func:`angka_lain`)."""
    return angka_lain(ind, ind.pembanding.target_renstra or 0, settings)


def angka_lain(
    ind: IndicatorResult, value: float, settings: Settings, selisih: bool = False, lalu: bool = False
) -> str:
    """Another figure of the indicator (last year's, the Renstra target) in its unit and scale, with
    the decimals of the indicator's figures taken together (a standard 5 beside a target 5,50 reads
    5,00%, not 5%). A ``selisih`` of a percentage indicator is in poin (3,10% against 2,50% is 0,60
    poin, as Tabel 3.3's Tingkat Efisiensi): "0,60%" reads as a change of 0,6 per cent."""
    # "Rp 75 juta" beside "Rp 775 juta", last year's ``lalu`` "Rp 705 juta" beside it
    scale = selisih_scale(ind) if selisih else lalu_scale(ind) if lalu else ind.scale_word
    decimals = max(
        figure_decimals(ind, settings.skala, comparisons=True, desimal=settings.desimal),
        2 if has_decimals(value, scale) else 0,
    )
    if scale != ind.scale_word:  # the selisih as Perbandingan Kinerja shows it
        decimals = scale_decimals(ind, decimals, scale, comparisons=True)
    # with its own decimals when fewer than the row's, as its Perbandingan Kinerja cell (90,50 beside 88,667)
    decimals = typed_places(value, decimals, scale_factor(scale) if scale else 1)
    if selisih and is_percent_unit(ind.satuan):
        return f"{angka(value, scale, decimals)} poin"
    if selisih and (words := level_words(ind.satuan)):  # a change of levels: "kenaikan sebesar 1 level"
        return f"{angka(value, scale, decimals)} {words}"
    return with_satuan(angka(value, scale, decimals), ind.satuan, scale)


# --- sentences ------------------------------------------------------------------------------------


def sd(settings: Settings) -> str:
    """ "s.d. Triwulan II Tahun 2025" (or "s.d. Semester II ...") in a sentence; a period of its own
    (the year's report, Semester I): "pada Tahun 2025", "pada Semester I Tahun 2025" ("dicapai pada ...")."""
    periode = c.periode_laporan(settings)
    return periode if periode.startswith("s.d.") else f"pada {periode}"


def data_sampai(ind: IndicatorResult, settings: Settings) -> str:
    """' (data s.d. Triwulan I; realisasi Triwulan II belum ada: "-")' after a realisasi that holds no
    figure of the reported quarter (its cell "-", a text or empty) but an earlier one's: a figure "s.d.
    Triwulan II" that runs to Triwulan I only is said so (the seed, l.520). Empty otherwise."""
    n = settings.triwulan
    graded = bool(ind.skala_predikat and ind.realisasi_text)  # a grade: its quarters' grades as typed
    if (ind.realisasi is None and not graded) or n not in (1, 2, 3, 4) or settings.triwulan_galat:
        return ""
    values = (ind.realisasi_tw_tertulis if graded else ind.realisasi_tw)[:n]
    if len(values) < n or values[n - 1] is not None:
        return ""
    earlier = [k for k in range(1, n) if values[k - 1] is not None]
    if not earlier:
        return ""
    written = ind.realisasi_tw_text[n - 1].strip() if len(ind.realisasi_tw_text) >= n else ""
    held = f'belum ada: "{written}"' if written else "belum diisi"
    return f" (data s.d. Triwulan {c.roman(earlier[-1])}; realisasi Triwulan {c.roman(n)} {held})"


def satuan_beda(ind: IndicatorResult) -> str:
    """' (target dan realisasi ditulis dengan skala berbeda, sel Kinerja!N27: ...)' after a capaian
    computed from a realisasi typed in another scale than its target ("3.969,54" beside "4.045,54
    milyar"), in the words of its peringatan; empty otherwise."""
    return f" ({satuan_beda_teks(ind)})" if ind.satuan_beda else ""


def satuan_beda_teks(ind: IndicatorResult, nama: str = "") -> str:
    """The note of :func:`satuan_beda` without its parentheses, for the places that list it (Tabel
    3.3's Catatan, the summary lists, the Grafik); ``nama``: the indicator named after "realisasi"."""
    return skala_beda_teks([ind], [nama] if nama else [])


def skala_beda_teks(inds: Sequence[IndicatorResult], nama: Sequence[str] = ()) -> str:
    """The note of :func:`satuan_beda` once for every indicator of one sentence ``inds`` (a node's
    several, a summary list): their cells together, the indicators ``nama`` named; "" when none."""
    cells = [cell for ind in inds for cell in ind.satuan_beda]
    if not cells:
        return ""
    names = f" {daftar(list(nama))}" if nama else ""
    return (
        f"target dan realisasi{names} ditulis dengan skala berbeda, sel "
        f"{', '.join(cells)}: capaian dihitung dengan skala sebagaimana tertulis; periksa besarnya, "
        "lihat peringatan di sheet Pemeriksaan"
    )


def target_perubahan(ind: IndicatorResult) -> str:
    """' (Target Perubahan; target Perjanjian Kinerja 80%)' after an APBD-P's target in a sentence
    (3.1.3, 3.2.3): the PK's named beside it, as signed (target_pk_sendiri, as the target before it:
    "60,5% (...; target Perjanjian Kinerja 56%)", never 56,00%); "" when not revised."""
    if ind.target_pk is None:
        return ""
    return f" (Target Perubahan; target Perjanjian Kinerja {ind.target_pk_sendiri or ind.target_pk})"


def pagu_perubahan(revised: bool, pagu_pk: float | Fraction | None) -> str:
    """' (Pagu Perubahan; pagu Perjanjian Kinerja Rp 1.888.172.939)' after a program's pagu in a
    sentence (3.2.3) when it is the APBD-P's; without the PK figure when that is not known."""
    if not revised:
        return ""
    signed = f"; pagu Perjanjian Kinerja {rupiah(pagu_pk)}" if pagu_pk is not None else ""
    return f" (Pagu Perubahan{signed})"


def target_dipakai(ind: IndicatorResult) -> bool:
    """Whether the target has something to name: a figure, a grade or a range as typed (a cell that
    cannot be used shows the galat's label, "Galat (Kinerja!I12)", instead)."""
    return (
        ind.target is not None
        or bool(ind.skala_predikat)
        or not ind.target_text.startswith(f"{c.GALAT_LABEL} (")
    )


def rentang_kurung(ind: IndicatorResult) -> str:
    """ " (realisasi di atas rentang target; dihitung terhadap batas atas 35%)" after the capaian of a
    target typed as a range (rentang_skor), "" otherwise."""
    return f" ({ind.rentang})" if ind.rentang else ""


def hasil_kalimat(ind: IndicatorResult, settings: Settings) -> str:
    """ "ditargetkan ... sebesar T, terealisasi ... sebesar R dengan capaian C atau tergolong K", or
    why the capaian is not known (its status text, or the unreadable cells)."""
    a = angka_indikator(ind, settings)
    tahun = f" dalam tahun {settings.tahun}" if settings.tahun else ""
    sebesar = "" if ind.skala_predikat else "sebesar "  # "ditargetkan ... Opini BPK WTP"
    text = f"ditargetkan{tahun} {sebesar}{a.target}{target_perubahan(ind)}"
    if ind.galat and not target_dipakai(ind):  # the target's own cell cannot be used
        text = f"belum memiliki target{tahun} yang dapat dipakai"
    if ind.galat and ind.target is not None and ind.realisasi is not None:  # a zero target: both known
        text = f"{text}, terealisasi {sd(settings)} {sebesar}{a.realisasi}{data_sampai(ind, settings)}"
    if ind.galat:
        return (
            f"{text}; capaian dan kriterianya tidak dihitung karena terdapat galat pada isian sel "
            f"{', '.join(ind.galat)} (lihat sheet Pemeriksaan)"
        )
    if not a.capaian:
        why = ind.status or "belum ada realisasi"
        if ind.realisasi_text:  # a grade below its target: no capaian is invented
            return (
                f"{text}, terealisasi {sd(settings)} {a.realisasi}{data_sampai(ind, settings)}, di bawah target; "
                "capaian (%) predikat di bawah target tidak dihitung karena tidak ada rumus bakunya"
            )
        if ind.realisasi is not None:  # measured, but no capaian (no usable target)
            return f"{text}, terealisasi {sd(settings)} sebesar {a.realisasi}; capaiannya belum diketahui"
        return f"{text}; realisasi {sd(settings)}: {why}, sehingga capaian kinerjanya belum diketahui"
    return (
        f"{text}, terealisasi {sd(settings)} {sebesar}{a.realisasi}{data_sampai(ind, settings)} dengan "
        f"capaian {a.capaian}{rentang_kurung(ind)}{satuan_beda(ind)} "
        f"atau tergolong capaian kinerjanya {a.kriteria.lower()}"
    )
