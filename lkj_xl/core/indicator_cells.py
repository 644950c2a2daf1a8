"""An indicator's cells read for its capaian: the target that applies (Target Perubahan when filled)
and the quarters up to the reported one, with the findings on them (a quarter partly typed, levels
summed, a percentage typed without its sign). Exact arithmetic; pure."""

from __future__ import annotations

import re
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core import number_notes, pasted, predikat, revisi_teks
from lkj_xl.core.cell_reader import ZERO_TEXTS
from lkj_xl.core.findings import (
    FindingLog,
    after_period,
    blank,
    blank_in_every_row,
    dot_thousands,
    earlier_quarters,
    figure,
    scale_mismatch,
    target_nol,
)
from lkj_xl.core.laju_kata import blank_jenis_words
from lkj_xl.core.model import (
    GALAT,
    LEFT_OUT,
    PERINGATAN,
    SOME_QUARTERS,
    TOTALS,
    IndicatorInput,
    Tentang,
    Value,
)
from lkj_xl.core.na_dilaporkan import reported_not_available
from lkj_xl.core.number_words import is_level_unit, is_percent_unit
from lkj_xl.core.numbers import format_number
from lkj_xl.core.rupiah_penuh import rupiah_scale, whole_rupiah
from lkj_xl.core.satuan_level import level_words
from lkj_xl.core.share_fraction import above_whole, may_exceed_hundred
from lkj_xl.core.skor_evaluasi import evaluation_summed
from lkj_xl.core.status_dilaporkan import leaves_unknown
from lkj_xl.core.tanda_tambah import minus_told, plus_typed, said_change, share_below_zero, summed_below_zero
from lkj_xl.core.unit_checks import (
    count_clash,
    level_in_target,
    rank_typed,
    scale_differs,
    status_figure,
    status_number,
    whole_fraction,
)
from lkj_xl.core.verdicts import is_verdict

# A category word typed as a target ("Baik", "Sangat Baik", "Cukup"): no figure, no known scale's grade.
# A yes/no typed as a target ("Ada", "Tersedia", "Ya"): what the indicator counts is the number, 1.
_ADA = re.compile(
    r"(?:sudah |telah |harus )?(?:ada|ya|tersedia|tersusun|terbentuk|terlaksana|terwujud|terbit|diterbitkan)"
    r"(?:/tidak(?: ada)?| atau tidak(?: ada)?)?"
)
_CATEGORY = re.compile(
    r"(?:sangat |cukup |kurang )?(?:baik|bagus|memuaskan|tinggi|sedang|rendah)|cukup|kurang|buruk|sangat kurang"
)


def applicable_target(
    item: IndicatorInput, name: str, log: FindingLog, galat: list[str]
) -> tuple[Value, str, Fraction | None]:
    """The target that applies (Target Perubahan when filled), its header and exact value; a target that
    cannot be used (unreadable, empty, zero, negative) adds its cell to ``galat``."""
    sheet = c.SHEET_KINERJA
    revised = item.target_perubahan.filled  # (a property: asked once)
    value: Value = item.target_perubahan if revised else item.target
    header = "Target Perubahan" if revised else "Target"
    target = value.exact
    problem = ""
    sign = 0  # the target's numerator, read below where there is one
    if value.galat:
        galat.append(value.galat)
        return value, header, target
    if value.rentang is not None:  # "60-85 %": scored by the range rule (rentang_skor), no one figure
        return value, header, None
    if target is None:
        if value.status:
            problem = f'bukan angka: "{value.status}"'
            if grade_hint := predikat.saran_target(value.status):  # "B-B", "BB (70)", "A-"
                problem += grade_hint
            # "Level 3", "Level III", a rank's "ke-5"
            elif number := level_in_target(value.status) or rank_typed(value.status, item):
                # under Satuan "Level" the unit is there already: never told to move it
                satuan = "" if level_words(item.satuan) else ", satuannya di kolom Satuan"
                problem += f"; tulis angkanya saja ({number}){satuan} dan catatannya di kolom Keterangan"
            elif codes := predikat.kode_arti(value.status, predikat.arti_skala(item, value)):  # "Baik": B
                problem += (
                    f"; bila targetnya predikat, tulis kodenya, {predikat.kode_disebut(codes)} (boleh dengan "
                    f'artinya: "{codes[0]} ({value.status})"), bila angka, tulis angkanya'
                )
            elif hint := number_notes.change_typed(value.status, item.indikator):  # "turun 2 %": no level
                problem += f"; {hint}"
            elif _ADA.fullmatch(" ".join(value.status.casefold().rstrip(".").split())):  # "Ada": a yes/no
                problem += (
                    '; target berupa "ada/tidak" tidak dapat dihitung capaiannya: tulis jumlah yang ditargetkan '
                    '(mis. 1, Satuan "dokumen") dan realisasinya berupa angka (1 bila sudah ada, 0 bila belum)'
                )
            elif _CATEGORY.fullmatch(" ".join(value.status.casefold().split())):  # "Baik" of no known scale
                problem += (
                    "; kategori tanpa skala predikat yang dikenal tidak dapat dihitung capaiannya: tulis target "
                    'berupa angka (mis. nilai 80, Satuan "nilai") atau predikat (mis. "B" Predikat SAKIP, "WTP" '
                    "Opini BPK), dan kategorinya di kolom Keterangan"
                )
            if header == "Target Perubahan":  # "tetap": no revision; "Dihapus": no indicator
                problem += revisi_teks.dropped(value.status, False) or "; kosongkan bila target tidak berubah"
        elif not value.text:
            problem = "kosong; capaian tidak dihitung"
        else:  # "-", "N/A": no data, where the target must be a number
            problem = f'berisi "{value.text}" (tidak ada data), bukan angka; capaian tidak dihitung'
    # The sign of a Fraction is its numerator's (the denominator is positive): no Fraction comparison,
    # and the numerator read once (each read of the property is a Python call).
    elif (sign := target.numerator) == 0:
        problem, target = target_nol(item.polaritas), None
    elif sign < 0:
        problem = "di bawah nol; capaian tidak dihitung"  # (never "negatif": the Polaritas's word)
    if problem:
        log.add(GALAT, sheet, header, item.row, f"{header} {name} {problem}")
    if target is None or sign <= 0:  # (target set: sign is its numerator)
        galat.append(log.where(sheet, header, item.row))
    return value, header, target


def quarter_numbers(
    item: IndicatorInput,
    name: str,
    triwulan: int,
    target: Value,
    log: FindingLog,
    galat: list[str],
    beda: list[str] | None = None,
) -> tuple[list[Fraction | None], list[str]]:
    """The exact value of each quarter up to the reported one (None: no number) and the status texts
    met; an unreadable quarter adds its cell to ``galat``, one typed in another scale than the target
    (counted, with a peringatan) to ``beda``."""
    numbers: list[Fraction | None] = []
    statuses: list[str] = []
    # (a zero or negative target is a galat of its own)
    positive = target.exact is not None and target.exact.numerator > 0
    # A plain target (no %, Rp or scale word): a plain quarter beside it needs neither check below
    # (count_clash and scale_mismatch look for one of these marks first; nearly every figure has none).
    marked = target.marked
    # whole_rupiah speaks only under a Satuan counting rupiah in juta or more (asked once a row, cached
    # per Satuan; tests/test_speed56.py)
    rupiah = positive and rupiah_scale(item.satuan)
    texts: list[int] = []  # the quarters read as a status
    for q, value in enumerate(item.realisasi_tw, start=1):
        if q > triwulan:  # after the reported quarter: not counted (after_period says so when filled)
            if value.number:  # (after_period's own test: a blank or zero quarter, most rows, says nothing)
                after_period(log, c.SHEET_KINERJA, item.row, q, triwulan, value, "Realisasi", name)
            numbers.append(None)
            continue
        if value.galat:
            galat.append(value.galat)
        numbers.append(value.exact)
        if value.exact is not None and value.exact.numerator <= 0:  # (nearly every figure is positive)
            _not_above_zero(q, name, value, item, log)
        if value.exact is None and value.status:
            if target.exact is not None and (grade := predikat.predikat_lain(value)) is not None:
                header = c.REALISASI_TW_HEADERS[q - 1]
                log.add(
                    GALAT,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f'{header} {name} berisi predikat "{value.status}" ({grade.skala}), padahal targetnya '
                    "angka; tulis target dan realisasi sama-sama predikat atau sama-sama angka, capaian "
                    "tidak dihitung",
                )
                galat.append(log.where(c.SHEET_KINERJA, header, item.row))
                continue
            statuses.append(value.status)
            texts.append(q)
        if rupiah and whole_rupiah(q, name, (value, target), item, log, galat):  # "78.450.125.300"
            numbers[-1] = None  # (of 325 Milyar Rupiah)
            continue
        if value.exact is None or not (marked or value.marked):
            continue
        if positive and count_clash(q, name, value, target, item, log, galat):
            numbers[-1] = None
            continue
        # (a zero target too: its realisasi is printed, in the target's scale unless told apart)
        if (
            target.exact is not None
            and (why := scale_mismatch(value, target, item.satuan))
            and scale_differs(q, name, (value, target), item, why, log, galat, beda)
        ):
            numbers[-1] = None
    for q in plus_typed(item, triwulan, target.exact):  # "+0,3 poin" of an Indeks: a change, not the level
        if said_change(q, name, item, not _left_out_on_purpose(item, q - 1, numbers, triwulan), numbers, log):
            galat.append(log.where(c.SHEET_KINERJA, c.REALISASI_TW_HEADERS[q - 1], item.row))
    # (Kumulatif Skor SAKIP 60 + 65: a galat; Kumulatif Gini 0,38 + (-0,01): summed_below_zero's)
    if fall := evaluation_summed(item, name, numbers, triwulan, log) or summed_below_zero(
        item, name, numbers, target.exact, log
    ):
        galat.append(log.where(c.SHEET_KINERJA, fall, item.row))
    _figures_in_texts(item, name, texts, numbers, triwulan, log, galat)
    return numbers, statuses


def _figures_in_texts(
    item: IndicatorInput,
    name: str,
    texts: list[int],
    numbers: list[Fraction | None],
    triwulan: int,
    log: FindingLog,
    galat: list[str],
) -> None:
    """A number or a change inside the status texts of quarters ``texts`` ("sekitar 95", "naik 45"): a
    galat (its cell added to ``galat``) where the quarter would change the realisasi s.d. TW n, scored
    from the other quarters a wrong figure printed without a word; a peringatan where it changes nothing
    (Nilai Akhir before a later quarter with a number, :func:`_left_out_on_purpose`)."""
    for q in texts:
        header = c.REALISASI_TW_HEADERS[q - 1]
        counts = not _left_out_on_purpose(item, q - 1, numbers, triwulan)
        value = item.realisasi_tw[q - 1]
        # (the indicator belum diketahui: by this status, or no quarter has a figure, nor a galat)
        unknown = (
            leaves_unknown(item, q, triwulan, value.status or "")
            or not galat
            and all(n is None for n in numbers)
        )
        if status_number(header, name, value, item, log, counts, unknown):
            galat.append(log.where(c.SHEET_KINERJA, header, item.row))


def _not_above_zero(q: int, name: str, value: Value, item: IndicatorInput, log: FindingLog) -> None:
    """A quarter below zero of a count, an amount or a duration (:func:`_below_zero`), a score of zero
    (an IKM typed 0 or "nihil" for a quarter without a survey: a Rata-rata pulled down), or a duration of
    zero ("nihil" or 0 hari, typed for a quarter without a service): a mean or a latest value of 0 days
    gives a lower-is-better indicator its highest capaian (200 %), a higher-is-better one its lowest.
    Counted as typed; the cell says so."""
    if value.exact is not None and value.exact.numerator < 0:
        if minus_told(item):  # (an index's, a score's: plus_typed's galat; Kumulatif: summed_below_zero's)
            return
        if is_level_unit(item.satuan):
            share_below_zero(q, name, item, log)  # ("Persentase rumah layak huni" -2,5: a fall?)
        else:
            _below_zero(q, name, value, item, log)
        return
    header = c.REALISASI_TW_HEADERS[q - 1]
    typed = f'"{value.text}"' if value.text else "0"
    if pasted.score_unit(item.satuan):  # an IKM of 0 for a quarter without a survey
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} {typed} dihitung sebagai nilai 0 {item.satuan.strip()} dalam capaiannya. Bila di "
            'triwulan itu belum ada survei atau pengukuran, tulis "-" (tidak ada data); bila ada, isi nilainya',
        )
        return
    if not pasted.duration_unit(item.satuan):
        return
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"{header} {name} {typed} dihitung sebagai waktu 0 {item.satuan.strip()} dalam capaiannya. Bila "
        'di triwulan itu tidak ada layanan atau kegiatan yang diukur waktunya, tulis "-" (tidak ada '
        "data); bila ada, isi waktunya",
    )


def _below_zero(q: int, name: str, value: Value, item: IndicatorInput, log: FindingLog) -> None:
    """A quarter below zero of a count, an amount or a duration ("(20)" pasted from a PDF table, whose
    brackets are the accounting minus, or "-20"): counted as typed (a correction of an earlier quarter
    may be meant), pointed out at the cell. A percentage or an index may fall below zero (a growth)."""
    header = c.REALISASI_TW_HEADERS[q - 1]
    shown = figure(value.exact) if value.exact is not None else ""
    brackets = ": tanda kurung berarti minus" if value.text.startswith("(") else ""
    typed = f' (ditulis "{value.text}"{brackets})' if value.text and value.text != shown else ""
    satuan = f'Satuan "{item.satuan}"' if item.satuan else "realisasinya"
    log.add(
        PERINGATAN,
        c.SHEET_KINERJA,
        header,
        item.row,
        f"{header} {name} dibaca {shown}{typed}, padahal {satuan} tidak bisa di bawah nol; "
        f"dihitung apa adanya. Bila bukan koreksi triwulan sebelumnya, tulis angkanya tanpa minus "
        '(atau "nihil" bila nol)',
    )


FILL_IN = 'isi angkanya, "nihil" bila nol, atau "-" bila belum ada data'
NO_REALISASI = "Belum ada realisasi"  # the status of an indicator with nothing typed in its quarters


def blank_rows(
    items: list[IndicatorInput], statuses: list[str | None], triwulan: int, log: FindingLog
) -> None:
    """An indicator with nothing typed up to the reported quarter while other rows have that quarter
    typed (a figure forgotten, the seed's P2.04 realised 0): it is "Belum ada realisasi", counted among
    the indicators not measured yet, which the user must see at the cell, as Anggaran's blank quarter
    is ("-" or a status text says on purpose that there is no data). A first draft with the quarter
    typed nowhere stays quiet. ``statuses``: each indicator's status as computed."""
    if not any(not blank(item.realisasi_tw[triwulan - 1]) for item in items):
        return
    tw = c.TW_LABELS[triwulan - 1]
    for item, status in zip(items, statuses, strict=True):
        if status != NO_REALISASI or not all(blank(v) for v in item.realisasi_tw[:triwulan]):
            continue
        name = f'indikator "{item.indikator}" ({item.kode})'
        log.add_repeated(
            PERINGATAN,
            c.SHEET_KINERJA,
            c.REALISASI_TW_HEADERS[triwulan - 1],
            item.row,
            f"Realisasi {tw} {name} ({log.dilaporkan()}) kosong, dan tidak ada triwulan lain yang "
            f'terisi: ditulis "{NO_REALISASI}" (belum diketahui, tanpa capaian); {FILL_IN}',
            f"Realisasi {tw} kosong pada {{n}} indikator tanpa realisasi lain (baris {{baris}}; "
            f'{log.dilaporkan()}): ditulis "{NO_REALISASI}"; {FILL_IN}',
            TOTALS,
        )


def _status_typed(
    log: FindingLog, item: IndicatorInput, q: int, name: str, rest: str, tentang: frozenset[Tentang]
) -> None:
    """The peringatan at counted quarter ``q`` holding a text, not a figure; ``rest``: what follows."""
    status = item.realisasi_tw[q].status
    opening = f'Realisasi {c.TW_LABELS[q]} {name} berisi "{status}", bukan angka: '
    log.add(PERINGATAN, c.SHEET_KINERJA, c.REALISASI_TW_HEADERS[q], item.row, opening + rest, tentang)


def verdict_typed(item: IndicatorInput, name: str, triwulan: int, log: FindingLog) -> None:
    """A peringatan at a counted quarter holding a verdict ("tercapai") in place of the figure of a
    numeric target, no quarter with a number: the indicator is belum diketahui, out of the count of
    indicators at or below the target, where the staff judged it. A status saying the figure is not
    there yet ("Menunggu data BPS") is what belum diketahui means: quiet."""
    satuan = " ".join(re.sub(r"[^a-z ]+", " ", item.satuan.casefold()).split())
    for q, value in enumerate(item.realisasi_tw[:triwulan]):
        words = " ".join(re.sub(r"[^a-z ]+", " ", (value.status or "").casefold()).split())
        if value.exact is not None:
            continue
        if words in ("tidak ada", f"tidak ada {satuan}"):  # none happened (nihil), or no data yet?
            what = 'bila memang tidak ada (nol), tulis 0 atau "nihil"; bila datanya belum ada, tulis "-"'
        elif words.split(" ")[0] in ZERO_TEXTS and not re.search(r"\d", value.status or ""):  # "nihil korban"
            what = 'bila realisasinya nol, tulis 0 atau "nihil" saja, keterangannya di kolom Keterangan'
        elif is_verdict(value.status):
            what = "tulis realisasinya berupa angka dalam Satuan indikator"
        else:
            continue
        _status_typed(
            log,
            item,
            q,
            name,
            "indikator ini belum diketahui (tanpa capaian dan kriteria, tidak dihitung di antara indikator "
            f"yang mencapai target atau belum); {what}",
            LEFT_OUT,
        )


def formula_zero(
    item: IndicatorInput, name: str, triwulan: int, realisasi: Fraction, log: FindingLog
) -> None:
    """A peringatan at a counted quarter whose formula Excel saved as 0 (=IFERROR(P5/Q5*100;0), =SUM(P5:Q5)
    over data not typed yet): read as a realisasi of 0, the Nilai Akhir's position or a quarter of the
    Rata-rata, where a blank quarter would be left out and said. A 0 typed is a figure (the seed types
    real zeros): quiet. A Kumulatif quarter before the reported one adds nothing either way: quiet."""
    for q, formula in item.nol_rumus.items():
        if q >= triwulan or (item.jenis_realisasi == c.KUMULATIF and q != triwulan - 1):
            continue
        tw = c.TW_LABELS[q]
        what = (
            'Bila data yang dirujuk rumus itu belum diisi, isi datanya, atau tulis "-" bila belum ada data; '
            'bila realisasinya memang nol, tulis 0 atau "nihil"'
        )
        # (a column of formulas filled in ahead of its data: said once from five rows on)
        log.add_repeated(
            PERINGATAN,
            c.SHEET_KINERJA,
            c.REALISASI_TW_HEADERS[q],
            item.row,
            f"Realisasi {tw} {name} berisi rumus {formula} yang bernilai 0: dihitung sebagai realisasi {tw} "
            f"0 ({item.jenis_realisasi}: realisasi {log.sd(triwulan)} {figure(realisasi)}). {what}",
            f"Realisasi {tw} berisi rumus yang bernilai 0 pada {{n}} indikator (baris {{baris}}): dihitung "
            f"sebagai realisasi {tw} 0. {what}",
        )


def realisasi_column_blank(log: FindingLog, indicators: list[IndicatorInput], triwulan: int) -> str:
    """The reported quarter blank in every indicator row while an earlier quarter has figures (nobody
    has typed it yet): every realisasi s.d. the quarter, capaian and kriteria come from the earlier
    quarters alone, which the user must see once at the column's title rather than row after row.
    When said, the note the capaian tables print (Report.kinerja_kosong); else ""."""
    rows = [item.realisasi_tw for item in indicators]
    earlier = earlier_quarters(triwulan, rows)
    if not earlier:  # nothing typed yet: every indicator is "Belum ada realisasi", no figure
        return ""
    tw = c.TW_LABELS[triwulan - 1]
    counted = f"realisasi {log.sd(triwulan)} dihitung dari {earlier} saja, begitu pula capaian dan kriterianya; {FILL_IN}"
    rows_said = f"semua baris indikator ({len(rows)} indikator)"
    if not blank_in_every_row(log, c.SHEET_KINERJA, triwulan, rows, rows_said, counted, SOME_QUARTERS):
        return ""
    return (
        f"Realisasi {tw} belum diisi (kosong di semua baris): realisasi {log.sd(triwulan)} dihitung dari {earlier} "
        "saja, begitu pula capaian dan kriterianya."
    )


def partial_quarters(
    item: IndicatorInput, name: str, triwulan: int, numbers: list[Fraction | None], log: FindingLog
) -> None:
    """A status text ("Menunggu data") in a counted quarter beside quarters with a number, the
    reported quarter left blank, or (Kumulatif, Rata-rata) a quarter left blank between two with a
    number: the realisation s.d. TW n comes from the quarters with a number alone, which the user must
    see at the cell ("-" says on purpose that there is no data). Also a rate summed for a blank Jenis
    Realisasi (:func:`_summed_levels`)."""
    if item.jenis_kosong:
        _summed_levels(item, name, numbers, log)
    reported = item.realisasi_tw[triwulan - 1]
    said = (c.SHEET_KINERJA, c.REALISASI_TW_HEADERS[triwulan - 1]) in log.blank_columns  # at its title
    if blank(reported) and not said:
        counted = _counted(numbers)
        log.add_repeated(
            PERINGATAN,
            c.SHEET_KINERJA,
            c.REALISASI_TW_HEADERS[triwulan - 1],
            item.row,
            f"Realisasi {c.TW_LABELS[triwulan - 1]} {name} ({log.dilaporkan()}) kosong: realisasi "
            f"{log.sd(triwulan)} {_taken_from(item, numbers)}; {FILL_IN}",
            f"Realisasi {c.TW_LABELS[triwulan - 1]} kosong pada {{n}} indikator (baris {{baris}}; "
            f"{log.dilaporkan()}): realisasi {log.sd(triwulan)} dihitung dari triwulan yang terisi "
            f"saja; {FILL_IN}",
            TOTALS | SOME_QUARTERS if counted else TOTALS,
        )
    reported_not_available(item, name, triwulan, numbers, _taken_from(item, numbers), log)  # ("N/A")
    filled = [q for q, v in enumerate(numbers) if v is not None] if triwulan > 2 else []
    if len(filled) > 1 and item.jenis_realisasi != c.NILAI_AKHIR:  # (Nilai Akhir: the latest one)
        for q in range(filled[0] + 1, filled[-1]):
            value = item.realisasi_tw[q]
            if blank(value):
                log.add(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    c.REALISASI_TW_HEADERS[q],
                    item.row,
                    f"Realisasi {c.TW_LABELS[q]} {name} kosong di antara triwulan yang berisi angka: "
                    f"realisasi {log.sd(triwulan)} dihitung dari {_counted(numbers)} saja; "
                    "isi angkanya, "
                    '"nihil" bila nol, atau "-" bila belum ada data',
                    SOME_QUARTERS,
                )
    for q, value in enumerate(item.realisasi_tw[:triwulan]):
        # (whether it is a level asked only of a status: a regex over the name, nearly never needed)
        if (
            value.exact is None and value.status and not status_figure(value.status, item)  # (said already)
        ):
            if _left_out_on_purpose(item, q, numbers, triwulan):
                continue
            _status_typed(
                log,
                item,
                q,
                name,
                f"realisasi {log.sd(triwulan)} {_taken_from(item, numbers)}",
                SOME_QUARTERS if _counted(numbers) else frozenset(),
            )


# A status saying the figure comes once, at the end of the year or period ("direkap akhir tahun",
# "Direkap diakhir periode", "data tahunan").
_YEAR_END = re.compile(r"akhir\s*(?:tahun|periode)|tahunan", re.IGNORECASE)


def _left_out_on_purpose(item: IndicatorInput, q: int, numbers: list[Fraction | None], triwulan: int) -> bool:
    """A status in quarter ``q`` (0-based) that changes nothing of the realisasi s.d. TW n: under Nilai
    Akhir a later counted quarter has a number (only the latest counts); or, in the year's report, the
    status says the figure is tallied at year end and TW IV alone has one (it is the year's figure)."""
    if item.jenis_realisasi == c.NILAI_AKHIR and any(v is not None for v in numbers[q + 1 : triwulan]):
        return True
    last = len(numbers) - 1
    return (
        triwulan == 4
        and numbers[last] is not None
        and all(v is None for v in numbers[:last])
        and bool(_YEAR_END.search(item.realisasi_tw[q].status or ""))
    )


def _counted(numbers: list[Fraction | None]) -> str:
    """The quarters with a number ("TW I, TW II"), as a peringatan names them (built only for one)."""
    return ", ".join(c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None)


def _taken_from(item: IndicatorInput, numbers: list[Fraction | None]) -> str:
    """ "dihitung dari TW I, TW II saja"; of Nilai Akhir the last quarter with a number alone (the
    year's figure is TW II's 57, not made of TW I's and TW II's)."""
    filled = [q for q, v in enumerate(numbers) if v is not None]
    if item.jenis_realisasi == c.NILAI_AKHIR and filled:
        return (
            f"diambil dari {c.TW_LABELS[filled[-1]]} saja (Nilai Akhir: angka triwulan terakhir yang terisi)"
        )
    return f"dihitung dari {_counted(numbers)} saja"


def _summed_levels(item: IndicatorInput, name: str, numbers: list[Fraction | None], log: FindingLog) -> None:
    """Jenis Realisasi left blank (Kumulatif by default) on a rate, an index, a ratio or a duration
    with several quarters: they were summed, the commonest slip of hand-made reports (a peringatan at the cell)."""
    counted = [c.TW_LABELS[q] for q, v in enumerate(numbers) if v is not None]
    satuan = item.satuan
    if len(counted) > 1 and pasted.not_summed_unit(item.indikator, satuan):
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            "Jenis Realisasi",
            item.row,
            f"Jenis Realisasi {name} kosong, jadi Kumulatif: {', '.join(counted)} dijumlahkan, padahal "
            f'Satuan "{item.satuan}" bukan jumlah'
            # (a rate per births, population, patients: in its own words, laju_dijumlahkan's)
            + (
                blank_jenis_words(satuan, item.polaritas)
                or '; bila nilainya posisi, pilih "Nilai Akhir" (atau "Rata-rata"), atau pilih "Kumulatif" '
                "bila memang dijumlahkan"
            ),
        )


def percent_signs(values: list[tuple[str, Value]], item: IndicatorInput, name: str, log: FindingLog) -> None:
    """A fraction (0,81) beside a percentage written with % (90%) is 0,81 % or a mistyped 81 %: the
    number is read as written, and the cell pointed out (a peringatan) rather than guessed. Likewise
    a value typed with % for an indicator whose Satuan is not a percentage ("40,71%" of Satuan Rp)."""
    if item.satuan and not is_percent_unit(item.satuan):
        for header, value in values:
            if value.percent and value.text and value.exact is not None:  # (a percent-formatted cell: parse)
                log.add(
                    PERINGATAN,
                    c.SHEET_KINERJA,
                    header,
                    item.row,
                    f'{header} {name} "{value.text}" ditulis dengan % padahal Satuan indikator ini '
                    f'"{item.satuan}"; dibaca {format_number(value.exact, 2)} tanpa %. Periksa angka dan Satuannya',
                )
        if is_level_unit(item.satuan):  # an index, a ratio, a score: "3.125" for 3,125?
            dot_thousands(log, c.SHEET_KINERJA, item.row, name, values, unit="")
        else:  # 1,234 anak stored by an Excel set to English from "1.234"?
            whole_fraction(values, item, name, log)
        return
    dot_thousands(
        log, c.SHEET_KINERJA, item.row, name, [(h, v) for h, v in values if item.satuan or v.percent]
    )
    marked = [(h, v.exact) for h, v in values if v.percent and v.exact is not None and abs(v.exact) > 1]
    if not marked:
        return
    other, example = marked[0]
    summed = c.REALISASI_TW_HEADERS if item.jenis_realisasi == c.KUMULATIF else ()
    for header, value in values:
        exact = value.exact
        if value.percent or exact is None or exact == 0:
            continue
        # (1,0235 beside 101,80%: a share above 100 % as a fraction; never a lower-is-better rate's 1,2,
        # nor beside a summed quarter: 80 % then 1,5 added)
        if abs(exact) > 1 and (
            not any(above_whole(abs(exact), m) for h, m in marked if h not in summed)
            or not may_exceed_hundred(item)
        ):
            continue
        shown = value.text or figure(exact)  # (as read: 0,755 is no "0,76" staff never typed)
        log.add(
            PERINGATAN,
            c.SHEET_KINERJA,
            header,
            item.row,
            f"{header} {name} ditulis {shown} tanpa tanda %, sedangkan {other} ditulis dengan % "
            f"({format_number(example, 2)}%); dibaca {shown}%: bila maksudnya "
            f"{format_number(exact * 100, 2)}%, tulis dengan tanda %",
        )


def unused_by_nilai_akhir(
    item: IndicatorInput, numbers: list[Fraction | None], galat: list[str], log: FindingLog
) -> list[str]:
    """``galat`` (or the cells of quarters in another scale) without the quarters a Nilai Akhir figure
    does not use: those before the latest counted quarter with a number (TW I "1.282,684,40" beside TW
    II 85 in the TW II report: the figure is TW II's). Their findings stay; the capaian is not lost or noted."""
    if item.jenis_realisasi != c.NILAI_AKHIR:
        return galat
    latest = max((q for q, v in enumerate(numbers) if v is not None), default=-1)
    before: set[str] = set()
    for q in range(latest):
        value = item.realisasi_tw[q]
        before.add(log.where(c.SHEET_KINERJA, c.REALISASI_TW_HEADERS[q], item.row))
        if value.galat:
            before.add(value.galat)
    return [ref for ref in galat if ref not in before]
