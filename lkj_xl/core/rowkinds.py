"""Rows staff type in an input table that are no indicator and no program: a subtotal ("Jumlah",
"Rata-rata capaian", as LKjIP tables print one) and a note under the table ("Catatan: ...",
"Sumber: BPS", "*) angka sementara"). Read as data they make a galat that misleads (a Kode asked for
a subtotal, a program without Pagu that leaves Tabel 3.4's totals unknown) or a figure counted twice.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog, clip
from lkj_xl.core.grids import DataRow, column_letter
from lkj_xl.core.kata_jumlah import TOTAL_WORD
from lkj_xl.core.model import GALAT, LEFT_OUT, PERINGATAN, BudgetInput, Cell, IndicatorInput, Node
from lkj_xl.core.note_rows import is_kinerja_summary, is_note

# A total row staff type below (or between) the programs: "JUMLAH", "Total Anggaran", "Sub Total", and
# a summary block's rows ("Total Pagu", "Total Realisasi", "Jumlah Penyerapan"); SIPD's closing "BELANJA
# DAERAH" pasted without its Kode "5" (with it, core.budget_headings knows it by its sum).
TOTAL_ROW = re.compile(
    rf"(sub ?-? ?|grand )?({TOTAL_WORD}|total)"
    r"( (total|anggaran|keseluruhan|seluruhnya|semua|program|belanja|pagu|realisasi|penyerapan|serapan))*"
    r" ?:?"
    r"|((jumlah|total) )?belanja daerah ?:?"
)

# The other rows of a summary block typed under Anggaran ("Sisa Anggaran", "Realisasi", "Persentase
# Penyerapan"): no program when the row has no other label (a Kode and a Program name make a program).
_SUMMARY_BLOCK = re.compile(
    r"((sisa|selisih)( (anggaran|pagu|dana|lebih))*"
    r"|(persentase|prosentase|presentase|%)( (realisasi|penyerapan|serapan|capaian))*"
    r"|(realisasi|penyerapan|serapan|capaian)( (anggaran|keuangan|belanja|pagu))*"
    r"|rata-? ?rata)( ?\(?%\)?)? ?:?"
)

# A row of a DPA copied with the belanja that is no belanja: revenue ("Pendapatan BLUD", "4.1.4 Lain-lain
# Pendapatan Asli Daerah yang Sah", "Penerimaan BLUD"), financing ("Penerimaan Pembiayaan", "SiLPA") or
# their balance ("SURPLUS / (DEFISIT)"): no program's pagu or spending.
_NOT_BELANJA = re.compile(
    r"\s*(?:[0-9][0-9.]*\s+)?(?:"
    r"(?P<pembiayaan>(?:(?:penerimaan|pengeluaran)\s+)?pembiayaan|silpa|sisa lebih pembiayaan)"
    r"|(?P<pendapatan>(?:lain-? ?lain\s+)?(?:pendapatan|penerimaan|pad))"
    r"|(?P<surplus>surplus|defisit))\b",
    re.IGNORECASE,
)
_NOT_BELANJA_WORD = {"pembiayaan": "pembiayaan", "pendapatan": "pendapatan", "surplus": "surplus/defisit"}


def not_belanja(program: str) -> str:
    """What an Anggaran row's Program names that is no belanja ("pendapatan", "pembiayaan",
    "surplus/defisit"), "" for any other (never one starting "Program ...")."""
    found = _NOT_BELANJA.match(program)
    return _NOT_BELANJA_WORD[found.lastgroup or ""] if found else ""


# SIPD's account Kode of a revenue (4.1 PAD, 4.2 transfer, 4.3 lain-lain pendapatan) or a financing
# (6.1 penerimaan, 6.2 pengeluaran pembiayaan), as its jenis or deeper: "4.1.04.16.01" (also unpadded,
# "4.1.4.16.01"), "6.1.01". Not a program's own Kode: Urusan 4's bidang are two digits ("4.01.01" of a
# Setda), and a Renstra's "4.1.1" is three short parts.
_NOT_BELANJA_ACCOUNT = re.compile(r"(?P<pendapatan>4\.[1-3])|(?P<pembiayaan>6\.[12])")
_PROGRAM_NAME = re.compile(r"\s*(program|belanja)\b", re.IGNORECASE)


def not_belanja_account(kode: str, program: str) -> str:
    """What an Anggaran row's Kode names that is no belanja ("pendapatan", "pembiayaan") when its Program
    names no program or belanja ("Jasa Layanan Kesehatan BLUD" under "4.1.04.16.01"); "" for any other."""
    parts = kode.rstrip(".").split(".")  # "4.1.04.16.01." as staff end a Kode
    found = _NOT_BELANJA_ACCOUNT.fullmatch(".".join(parts[:2]))
    deep = len(parts) > 3 or (len(parts) == 3 and len(parts[2]) == 2)  # "4.1.04", not "4.1.1"
    if not found or not deep or not all(p.isdigit() for p in parts) or _PROGRAM_NAME.match(program):
        return ""
    return found.lastgroup or ""


def not_belanja_line(kode: str, program: str, programs: Collection[str]) -> str:
    """What an Anggaran row names that is no belanja, by its Program (:func:`not_belanja`) or its Kode
    (:func:`not_belanja_account`); "" for a belanja. A Kode extending one of ``programs`` (Kinerja's
    Programs and Kegiatan, :func:`renstra_row`) is their Kegiatan however it begins: a Renstra's
    "4.1.1.1" of Program 4.1.1, SIPD's "4.1.1.2.1" unpadded (its belanja summed into the program)."""
    if not_belanja(program):
        return not_belanja(program)
    return "" if renstra_row(kode, programs) else not_belanja_account(kode, program)


def not_belanja_row(label: str, what: str, kode: bool = True) -> str:
    """The peringatan of such a row left out of Tabel 3.4 (``kode``: the row has one)."""
    where = "di sheet Kinerja" if kode else "di baris ini dan di sheet Kinerja"
    return (
        f'Baris "{clip(label)}" adalah {what}, bukan belanja program; tidak dihitung (pagu dan '
        "realisasi di Tabel 3.4 adalah belanja program); hapus baris ini, atau bila memang program, tulis "
        f"Kodenya {where}"
    )


def without_revenue(inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count: a row whose Kode is no Kode of Kinerja and whose Program names no
    belanja ("Pendapatan BLUD" above a BLUD's belanja, "Penerimaan Pembiayaan", "4.1.04.16.01 Jasa ...") is
    left out, a peringatan at its Kode."""
    programs = {k for k, n in nodes.items() if n.tingkat in ("Program", "Kegiatan")}
    left: list[BudgetInput] = []
    for item in inputs:
        if (
            item.kode
            and item.node_kode not in nodes
            and (what := not_belanja_line(item.kode, item.program, programs))
        ):
            log.add(
                PERINGATAN, c.SHEET_ANGGARAN, "Kode", item.row, not_belanja_row(item.program, what), LEFT_OUT
            )
        else:
            left.append(item)
    return left


_FIGURES = ("Target", "Target Perubahan", *c.REALISASI_TW_HEADERS)
_BUDGET_FIGURES = ("Pagu", "Pagu Perubahan", *c.REALISASI_TW_HEADERS)

# What Excel's Totals Row puts under a figure: =SUBTOTAL(109,Tabel1[Pagu]) (or AGGREGATE). Not SUM:
# a program's Pagu is often the SUM of its Kegiatan rows, and one whose Kode and name were forgotten
# stays a galat (its pagu missing from Tabel 3.4's totals behind a peringatan would be a wrong total).
_AGGREGATE = re.compile(r"=?\s*(subtotal|aggregate)\s*\(", re.IGNORECASE)


def _outside_total(
    data: DataRow, text: Callable[[Cell | None], str], figures: Sequence[str]
) -> tuple[str, str] | None:
    """(cell, label) of a totals row whose label stands outside the contract's columns: Excel's Totals
    Row puts "Total" in a table's first column, a "No" column staff insert; with no label, the first
    figure when every figure of the row is a SUBTOTAL (or AGGREGATE). None for any other row."""
    ours = set(data.cols.values())
    for col, cell in enumerate(data.cells):
        if col not in ours and (label := text(cell)) and is_kinerja_summary(label):
            return f"{column_letter(col)}{data.excel_row}", label
    filled = [h for h in figures if not data.blank((h,))]
    formulas = [(data.get(h) or Cell()).formula or "" for h in filled]
    if filled and all(_AGGREGATE.match(f) for f in formulas):
        return data.ref(filled[0]), "=" + formulas[0].lstrip("=")
    return None


def not_an_indicator(data: DataRow, text: Callable[[Cell | None], str]) -> tuple[str, str] | None:
    """(cell, peringatan) for a Kinerja row that is a subtotal ("Jumlah", "Rata-rata capaian") or a
    note ("Catatan: ...") with Tingkat blank: it is not read (the galat "Kode kosong" would ask for a
    Kode, which makes it an indicator of the node above). None for any other row."""
    if text(data.get("Tingkat")):
        return None
    header = next((h for h in ("Kode", "Uraian", "Indikator") if text(data.get(h))), None)
    if header is None and (outside := _outside_total(data, text, _FIGURES)):
        return outside[0], _message(outside[1], True)
    label = text(data.get(header)) if header else ""
    if header is None or not (summary := is_kinerja_summary(label)) and not is_note(label):
        return None
    if not summary and not data.blank(_FIGURES):
        return None  # a figure beside it: an indicator row after all, its galat stays
    return data.ref(header), _message(label, summary)


def kode_kosong(data: DataRow, text: Callable[[Cell | None], str], above: IndicatorInput | None) -> str:
    """The galat of a Kinerja row without Kode. Right under an indicator, with Tingkat and Kode Induk
    blank, a row holding only text is most often the Indikator (or Uraian) typed on as it wraps in the
    printed PK, and a row holding the figures under an indicator without any, the same text split the
    other way: the message says how to join them rather than to repeat the Kode above (which makes the
    text an indicator of its own, without target)."""
    base = "Kode kosong; baris ini tidak dihitung"
    if heading := heading_row(data, text):
        return f"{base}: {heading}"
    if above is None:
        return base
    header = "Indikator" if text(data.get("Indikator")) else "Uraian"
    typed = text(data.get(header))
    if typed and above.row == data.excel_row - 1 and data.blank(("Tingkat", "Kode Induk")):
        join = (
            f'bila "{clip(typed)}" lanjutan teks {header} baris {above.row}, tulis seluruh teksnya di sel '
            f"{data.letters[header]}{above.row} (Alt+Enter untuk baris baru di dalam sel)"
        )
        empty_above = not (above.target.filled or above.target_perubahan.filled)
        empty_above = empty_above and not any(v.filled for v in above.realisasi_tw)
        if data.blank(_FIGURES) and not empty_above:
            return (
                f"{base}: baris ini hanya berisi teks tanpa Target dan realisasi; {join} lalu hapus baris ini; "
                f'bila ini indikator lain dari Kode "{above.kode}", tulis Kodenya, Target dan realisasinya'
            )
        if empty_above and not data.blank(_FIGURES):
            return (
                f'{base}: Indikator baris {above.row} ("{clip(above.indikator)}") tidak berisi Target dan '
                f"realisasi; {join}, pindahkan angka-angkanya ke baris {above.row}, lalu hapus baris ini"
            )
    return f'{base} (indikator lain dari Kode "{above.kode}" di atasnya? tulis lagi Kodenya)'


def heading_row(data: DataRow, text: Callable[[Cell | None], str]) -> str:
    """What to do with a node's heading row (its Tingkat typed, a Program's name, no Indikator and no
    figure: the PK's heading over its indicators), "" for any other row."""
    tingkat, uraian = text(data.get("Tingkat")), text(data.get("Uraian"))
    if not tingkat or text(data.get("Indikator")) or not data.blank(_FIGURES):
        return ""
    named = f' ("{clip(uraian)}")' if uraian else ""
    return (
        f"baris {data.excel_row} judul {tingkat}{named} tanpa Indikator; tulis Kode, Tingkat, Kode Induk dan "
        f"Uraian {tingkat} ini di baris indikatornya sendiri, lalu hapus baris judul ini"
    )


def continued_under_merge(data: DataRow, text: Callable[[Cell | None], str]) -> str:
    """The galat of a Kinerja row whose Kode is hidden under a merge from the row above while its
    Indikator holds text of its own and no figure is its own (each blank or merged): the Indikator typed
    on in the next row, the rest merged over both as the printed PK does. "" for any other row (a
    second indicator under a merged Kode keeps a galat at each merged cell)."""
    if "Indikator" not in data.cols:  # (an Anggaran row)
        return ""
    kode = data.get("Kode")
    indikator = data.get("Indikator")
    if kode is None or not kode.merged or indikator is None or indikator.merged or not text(indikator):
        return ""
    if any(not data.blank((h,)) and not (data.get(h) or Cell()).merged for h in _FIGURES):
        return ""
    first = int(re.sub(r"^[A-Z]+", "", kode.merged.split(":")[0]))
    return (
        f"Kode tertutup gabungan sel {kode.merged} (merge) dan hanya Indikator baris ini yang berisi teks "
        f'sendiri ("{clip(text(indikator))}"); baris ini tidak dihitung: bila lanjutan teks Indikator baris '
        f"{first}, tulis seluruh teksnya di sel {data.letters['Indikator']}{first} (Alt+Enter untuk baris "
        "baru di dalam sel), pisahkan gabungan selnya lalu hapus baris ini; bila indikator lain, pisahkan "
        "gabungan selnya dan isi Kode, Target dan realisasinya"
    )


def _message(label: str, summary: bool) -> str:
    what, where = (
        ("baris jumlah atau rata-rata", "capaian dan ringkasan dihitung dari baris indikator")
        if summary
        else ("catatan", "catatan untuk satu indikator ditulis di kolom Keterangan")
    )
    return f'Baris "{clip(label)}" adalah {what}, bukan indikator; tidak dihitung ({where})'


def not_a_program(
    data: DataRow, kode: str, program: str, text: Callable[[Cell | None], str]
) -> tuple[str, str] | None:
    """(cell, peringatan) for an Anggaran row that is a total ("JUMLAH", "Total Realisasi", Excel's
    Totals Row labelled in a "No" column), a summary block's row ("Sisa Anggaran") or a note without figures: counted, a total would double
    the totals, a note would be a program without Pagu. None for any other row."""
    label, at = kode or program, "Kode" if kode else "Program"
    figures = not data.blank(_BUDGET_FIGURES)
    alone = not (kode and program) and _SUMMARY_BLOCK.fullmatch(" ".join(label.casefold().split()))
    if alone or TOTAL_ROW.fullmatch(label.casefold()) or (not figures and is_note(label)):
        cell, what = data.ref(at), "catatan" if is_note(label) else "baris jumlah"
    elif not label and (outside := _outside_total(data, text, _BUDGET_FIGURES)):
        (cell, label), what = outside, "baris jumlah"
    elif not kode and (
        what := not_belanja(program)
    ):  # (with a Kode: core.budget_headings, knowing Kinerja's)
        return data.ref("Program"), not_belanja_row(program, what, kode=False)
    else:
        return None
    return cell, (
        f'Baris "{clip(label)}" adalah {what}, bukan program; tidak dihitung '
        "(jumlah pagu dan realisasi di Tabel 3.4 dihitung dari baris program)"
    )


# A DPA's rincian belanja of its program, kegiatan or sub kegiatan: SIPD's account Kode of a jenis belanja
# under Belanja Daerah (5), "5.1", "5.1.02", "5.2.02.01.01.0024", with an Uraian "Belanja ..."
# ("5.1 BELANJA OPERASI", "5.2 Belanja Modal"). The same Kode stands under every program of the DPA. A
# jenis belanja has one non-zero digit after "5."; a bidang of Permendagri 90 has a leading zero ("5.01"
# Bappeda, "5.02" BPKAD: their programs 5.01.01, 5.02.02 are no belanja).
_BELANJA_ACCOUNT = re.compile(r"5\.[1-9](?:\.[0-9]+)*")
_BELANJA_NAME = re.compile(r"\s*belanja\b", re.IGNORECASE)


def belanja_name(uraian: str) -> bool:
    """Whether an Uraian names a belanja ("Belanja Operasi", "BELANJA MODAL", "Belanja Daerah")."""
    return bool(_BELANJA_NAME.match(uraian))


def belanja_kode(kode: str) -> bool:
    """Whether a Kode has the shape of SIPD's account Kode of a belanja ("5.1", "5.1.02.01.01.0024"; "5.2."
    as staff end a Kode)."""
    return bool(_BELANJA_ACCOUNT.fullmatch(kode.rstrip(".")))


# A Kode cell holding the Kode and the program's name after it ("7.01.01 Program Penunjang ..."); never
# another Kode after it ("7.01.01 dan 7.01.02": one pagu of two programs, no program's own).
_KODE_NAMED = re.compile(r"(\S+)\s+((?!.*\d\.\d).*[^\W\d_].*)")


def typed_kode(kode: str, program: str, programs: Collection[str]) -> tuple[str, str]:
    """An Anggaran row's (Kode, Program) as meant: a belanja Kode or a Kode of Kinerja's ``programs`` (its
    Programs and Kegiatan) ended with a dot as staff end a Kode ("5.2.", "7.01.01.", "7.01.01 ."), or a
    Kode of ``programs`` followed by the program's name in the Kode cell ("7.01.01 Program Penunjang ...",
    "7.01.01 - Program ...": the name the Program when that cell is blank), read as the Kode; as typed
    otherwise."""
    if kode in programs:
        return kode, program
    if (own := kode.rstrip(". ")) in programs:
        return own, program
    if belanja_kode(kode):
        return kode.rstrip("."), program
    if (named := _KODE_NAMED.fullmatch(kode)) and (own := named[1].rstrip(".")) in programs:
        return own, program or named[2].lstrip(".-\u2013: ").strip()
    return kode, program


def belanja_account(kode: str, uraian: str) -> bool:
    """Whether a row is a jenis belanja of the DPA (Kode "5.1" ..., Uraian "Belanja ..."), a rincian of
    the row above it, never a program: "5 BELANJA DAERAH" alone is the export's total (without_headings)."""
    return belanja_kode(kode) and belanja_name(uraian)


def kinerja_programs(parsed: dict[str, Any], loose: Collection[str]) -> frozenset[str]:
    """The Kodes of Kinerja's Programs and Kegiatan (``parsed[Kinerja]``'s indicators, ``loose``: the
    Programs typed without one), for parse_anggaran's :func:`renstra_row`."""
    indicators: list[IndicatorInput] = parsed.get(c.SHEET_KINERJA, [])
    return frozenset({i.kode for i in indicators if i.tingkat in ("Program", "Kegiatan")} | set(loose))


def kinerja_induk(parsed: dict[str, Any]) -> dict[str, str]:
    """Kinerja's Kegiatan and Sub Kegiatan Kodes, each to its Kode Induk (its Kegiatan or Program): an
    Anggaran row of such a Kode under its Program's row is a rincian of it (koreksi_row)."""
    indicators: list[IndicatorInput] = parsed.get(c.SHEET_KINERJA, [])
    out: dict[str, str] = {}
    for i in indicators:
        if i.tingkat in ("Kegiatan", "Sub Kegiatan") and i.kode_induk:
            out.setdefault(i.kode, i.kode_induk)
    return out


def kinerja_belanja_nodes(parsed: dict[str, Any]) -> frozenset[str]:
    """The Kodes of Kinerja's Programs and Kegiatan named as a belanja ("Belanja Hibah"): an Anggaran row
    of such a Kode so named is that node, no DPA account line (kode_kinerja.account_line)."""
    indicators: list[IndicatorInput] = parsed.get(c.SHEET_KINERJA, [])
    return frozenset(
        i.kode for i in indicators if i.tingkat in ("Program", "Kegiatan") and belanja_name(i.uraian)
    )


def renstra_row(kode: str, programs: Collection[str]) -> bool:
    """Whether a Kode is of a Program or Kegiatan of Kinerja (``programs``) or extends one of three parts
    at least after a dot: a Renstra's "5.1.2" or its Kegiatan "5.1.2.1", shaped like a belanja account
    ("5.1.02") and none. (A program "5.1" extended is the DPA's rekening "5.1.02.01.01.0024" as well.)"""
    parts = kode.split(".")
    return kode in programs or any(".".join(parts[:n]) in programs for n in range(len(parts) - 1, 2, -1))


def not_counted(figures: bool = True) -> str:
    """What an Anggaran row left out for its Kode costs: the row, and with ``figures`` every total and
    Sasaran budget (none is given without it)."""
    lost = ", begitu pula jumlah anggaran dan anggaran sasarannya" if figures else ""
    return f"baris ini tidak dihitung{lost}"


def kode_ganda(kode: str, first_row: int, figures: bool = True) -> str:
    """The galat of an Anggaran row whose Kode an earlier row (``first_row``) has: not counted, nor (with
    ``figures``) any total or Sasaran budget without it."""
    return f'Kode program "{kode}" ganda (sudah ada di baris {first_row}); {not_counted(figures)}'


def belanja_twice(inputs: list[BudgetInput], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count, a row of a Kode of SIPD's belanja shape ("5.1", "5.1.2") counted twice
    marked unusable (a galat at its Kode, as parse_anggaran's for any Kode typed twice): parse keeps such
    a Kode apart under each row above it (the DPA's "5.1" under every program, left out as rincian), so
    two rows of it still counted here are one typed twice."""
    seen: dict[
        tuple[str, bool], int
    ] = {}  # (an account line is no Program of its Kode: BudgetInput.rekening)
    kept: list[BudgetInput] = []
    for item in inputs:
        if item.kode_galat or not belanja_kode(item.kode):
            kept.append(item)
            continue
        if (key := (item.kode, item.rekening)) not in seen:
            seen[key] = item.row
            kept.append(item)
            continue
        figures = any(v.filled or v.galat for v in (item.pagu, item.pagu_perubahan, *item.realisasi_tw))
        log.add(GALAT, c.SHEET_ANGGARAN, "Kode", item.row, kode_ganda(item.kode, seen[key], figures))
        if figures:  # (a heading without figures is nothing more than the galat, as in parse_anggaran)
            kept.append(dataclasses.replace(item, kode_galat=log.where(c.SHEET_ANGGARAN, "Kode", item.row)))
    return kept
