"""Pengaturan: the report's parameters (Parameter | Nilai) into Settings, with findings at their cells.

Pure, like :mod:`lkj_xl.core.parse`, whose cell reader it uses.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from collections.abc import Callable

from lkj_xl.core import contract as c
from lkj_xl.core import numbers, tahun_lalu
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.findings import clip as _clip
from lkj_xl.core.grids import column_letter, find_header, marked_findings, unreadable
from lkj_xl.core.kepala_teks import (
    nama_kepala,
    name_and_nip,
    name_and_wrong_nip,
    nip_from_nama,
    rank_row,
    wrong_nip_said,
)
from lkj_xl.core.long_text import cut_finding
from lkj_xl.core.model import (
    GALAT,
    PERINGATAN,
    TOTALS,
    Cell,
    Finding,
    Grid,
    HiddenRow,
    Settings,
    Tentang,
)
from lkj_xl.core.number_error import NumberParseError
from lkj_xl.core.numbers import parse_number
from lkj_xl.core.pagu_sipd import rounding_step
from lkj_xl.core.pasted import no_data_dash
from lkj_xl.core.penandatanganan import signature_line, signing_date
from lkj_xl.core.pengaturan_nilai import (
    TAHUN_LABEL,
    half_year_why,
    in_date_cell,
    nip,
    semester_text,
    signer_text,
    tahun_span,
    tahunan_text,
    tahunan_why,
    triwulan_mismatch,
    triwulan_text,
)
from lkj_xl.core.periode_diminta import Periode, seperti
from lkj_xl.core.tanggal import month_end, read_tanggal
from lkj_xl.core.tanpa_data import NO_DATA_TEXTS, not_available


def parse_settings(
    grid: Grid, sheet: str, findings: list[Finding], asked: Periode | None = None
) -> tuple[Settings, dict[str, str]]:
    """Pengaturan's parameters; ``asked``: the period asked with ``--triwulan``, whose end the signing
    date is checked against (narasi59: as if typed in the Triwulan)."""
    header_row, cols = find_header(grid, sheet, c.PENGATURAN_HEADERS)
    findings += marked_findings(grid, sheet, header_row, cols)
    reader = CellReader(sheet, findings)
    letter = column_letter(cols["Nilai"])
    found = _parameter_rows(grid, header_row, cols, reader)

    def get(param: str) -> tuple[Cell | None, str]:
        return found.get(c.normalize_label(param), (None, ""))

    for param in _TEXT_PARAMS:  # a text the reader cut is printed half-written: said, as Kinerja's
        cell, ref = get(param)
        if (cut := cut_finding(sheet, ref, cell)) is not None:
            findings.append(cut)
    s = Settings()
    s.pemerintah_daerah = reader.text(get(c.P_PEMDA)[0])
    s.perangkat_daerah = reader.text(get(c.P_OPD)[0])
    for param in (c.P_PEMDA, c.P_OPD, c.P_TAHUN):
        # ("-", "NA": no data, as in every cell; no year read, told as a blank is)
        typed = reader.text(get(param)[0])
        if (typed.casefold() in _UNFILLED or not_available(typed) or no_data_dash(typed)) and not unreadable(
            get(param)[0]
        ):
            reader.add(
                PERINGATAN, get(param)[1], f'Parameter "{param}" belum diisi; judul tabel tidak lengkap'
            )

    said = len(findings)
    s.tahun, s.tahun_sel = _tahun(reader, get(c.P_TAHUN)), get(c.P_TAHUN)[1]
    # (unreadable, a galat: "Tahun ?" where the year belongs, never a period printed without its year)
    s.tahun_galat = s.tahun is None and any(f.severity == GALAT for f in findings[said:])
    triwulan = _triwulan(reader, get(c.P_TRIWULAN), s, sheet)

    skala_cell, skala_ref = get(c.P_SKALA)
    skala_text = reader.text(skala_cell)
    if not skala_text and unreadable(skala_cell):
        reader.value(skala_cell, skala_ref, f'Parameter "{c.P_SKALA}"')  # its galat; PermenPANRB is used
    elif skala_text:
        skala = c.skala_from_text(skala_text)
        if skala is None:
            why = f'Skala Kriteria "{_clip(skala_text)}" tidak dikenal (pilih: {" atau ".join(c.SKALA)}); dipakai'
            reader.add(GALAT, skala_ref, f"{why} {c.SKALA_PERMENPANRB}")
        s.skala = skala or c.SKALA_PERMENPANRB
    _signer(reader, s, get)
    tempat = signer_text(reader.text(get(c.P_TEMPAT)[0]), c.P_TEMPAT)
    s.tempat = tempat.rstrip(", ")  # "Lumajang,": the block adds ", "
    # the end of the reported quarter, which the signing date must not precede (unknown: not checked)
    view = seperti(s, asked)  # (the signing date reads the period asked; it may set the Tempat)
    end = month_end(s.tahun, 3 * view.triwulan) if s.tahun and (triwulan or asked is not None) else None
    line = signature_line(reader, view, get(c.P_TEMPAT)[1], get(c.P_TANGGAL), end)
    s.tanggal = (
        line if line is not None else signing_date(reader, *get(c.P_TANGGAL), view, (get(c.P_TEMPAT)[1], end))
    )
    s.tempat = view.tempat
    s.tanggal_sel = get(c.P_TANGGAL)[1]  # (empty: the build's date, checked where printed: tahun_lalu)

    s.batas_capaian = _batas_capaian(reader, *get(c.P_BATAS))
    desimal = _int_param(reader, get(c.P_DESIMAL), c.P_DESIMAL, 0, 6, 2)
    s.desimal = 2 if desimal is None else desimal
    s.tahun_akhir_renstra = _tahun_akhir_renstra(reader, get(c.P_TAHUN_AKHIR_RENSTRA), s.tahun)
    s.tahun_akhir_renstra_sel = get(c.P_TAHUN_AKHIR_RENSTRA)[1]
    total_cell, total_ref = get(c.P_TOTAL_PAGU)
    said = len(findings)
    total = reader.value(total_cell, total_ref, f'Parameter "{c.P_TOTAL_PAGU}"', money=True)
    # what the agreed total holds is what the programs' sum is checked against: about the totals
    findings[said:] = [dataclasses.replace(f, tentang=TOTALS) for f in findings[said:]]
    if total.number is not None and total.number > 0:
        s.total_pagu, s.total_pagu_sel = total.number, total_ref
        s.total_pagu_step = rounding_step(total)
        s.total_pagu_formula = (total_cell.formula or "") if total_cell is not None else ""
    elif total.number is not None or total.status:
        reader.add(GALAT, total_ref, f'"{c.P_TOTAL_PAGU}" harus angka lebih dari 0; tidak dipakai')
    return s, {"Parameter": column_letter(cols["Parameter"]), "Nilai": letter}


def _signer(reader: CellReader, s: Settings, get: Callable[[str], tuple[Cell | None, str]]) -> None:
    """The signer's name, jabatan and NIP into ``s``: a NIP pasted after the name taken from it, digits
    of another length after it kept out of the name (told), a jabatan typed as the name told."""
    s.nama_kepala = signer_text(reader.text(get(c.P_KEPALA)[0]), c.P_KEPALA)  # ("-": no name, as empty)
    s.jabatan_kepala = signer_text(reader.text(get(c.P_JABATAN)[0]), c.P_JABATAN)
    with_nip = name_and_nip(s.nama_kepala)  # the block pasted: the name, then "NIP. 1970..."
    slipped = None if with_nip else name_and_wrong_nip(s.nama_kepala)  # (19 digits: no NIP, not printed)
    s.nama_kepala = with_nip[0] if with_nip else slipped[0] if slipped else s.nama_kepala
    # ("Kepala Dinas Kesehatan" typed as the name: never printed where the signer's name belongs)
    s.nama_kepala = nama_kepala(reader, s.nama_kepala, get(c.P_KEPALA)[1], s.jabatan_kepala)
    s.nip_kepala = nip(reader, *get(c.P_NIP))
    if with_nip:
        s.nip_kepala = nip_from_nama(reader, get(c.P_KEPALA)[1], with_nip, s.nip_kepala, get(c.P_NIP)[1])
    elif slipped:
        wrong_nip_said(reader, get(c.P_KEPALA)[1], slipped, get(c.P_NIP)[1], s.nip_kepala)


_UNFILLED = NO_DATA_TEXTS | {""}
# Every form Pengaturan's Triwulan takes (README Pengaturan): a galat naming only "1-4" sent staff of a
# half year's or the year's report to type a quarter, retitling their report.
TRIWULAN_FORMS = "1-4 (laporan triwulan), Semester I atau Semester II (laporan semester), atau Tahunan"


def _triwulan(reader: CellReader, cell_ref: tuple[Cell | None, str], s: Settings, sheet: str) -> int | None:
    """The Triwulan into ``s`` (an unreadable one: one galat at its cell, and Triwulan IV as a
    placeholder for the figures it withholds); the quarter read, None when unreadable."""
    said = len(reader.findings)
    typed = cell_ref[0]
    triwulan = triwulan_text(typed.value, s.tahun) if typed is not None and type(typed.value) is str else None
    triwulan = (
        triwulan
        or in_date_cell(reader, cell_ref, c.P_TRIWULAN)
        or _int_param(reader, cell_ref, c.P_TRIWULAN, 1, 4, None, TRIWULAN_FORMS)
    )
    if triwulan is None:  # one galat at the cell: why (when it is not empty), and what it withholds
        why = (
            reader.findings.pop().pesan
            if len(reader.findings) > said
            else f'Parameter "Triwulan" harus diisi {TRIWULAN_FORMS}'
        )
        why = (
            (triwulan_mismatch(typed.value, s.tahun) if typed is not None else None)
            or half_year_why(typed, s.tahun)
            or tahunan_why(typed, s.tahun)
            or why
        )
        if typed is not None and type(typed.value) is str:  # "Triwulan III Tahun 2026" beside Tahun 2025
            why += tahun_lalu.triwulan_next_year(typed.value, s)
        where = cell_ref[1]
        reader.add(GALAT, where, f"{why}; {c.TRIWULAN_UNKNOWN}")
        s.triwulan_galat = f"{sheet}!{where}" if where else sheet
    s.triwulan = triwulan or 4
    s.triwulan_sel = cell_ref[1]
    s.tahunan = triwulan == 4 and typed is not None and tahunan_text(str(typed.value), s.tahun)
    s.semester = triwulan in (2, 4) and typed is not None and semester_text(str(typed.value))
    return triwulan


def _parameter_rows(
    grid: Grid, header_row: int, cols: dict[str, int], reader: CellReader
) -> dict[str, tuple[Cell | None, str]]:
    """Pengaturan's rows: parameter key -> (its Nilai cell, the cell's reference). A parameter typed
    on two rows (a "Triwulan 3" added below the template's "Triwulan 2") takes its first row with a
    value; every other row of it is a peringatan, a galat when it holds another value (which one was
    meant is unknown, and the quarter or year changes every figure)."""
    value_col, letter = cols["Nilai"], column_letter(cols["Nilai"])
    rows: dict[str, list[tuple[str, Cell | None, str]]] = {}
    named: dict[str, str] = {}  # a name that is no parameter -> its cell
    for r in range(header_row + 1, len(grid)):
        row = grid[r]
        name_cell = row[cols["Parameter"]] if cols["Parameter"] < len(row) else None
        # "Tahun:" as a form writes it, "3. Tahun" as staff number rows, "Tahun." ending a sentence
        name = _NUMBERED.sub("", reader.text(name_cell)).rstrip(":.").strip()
        name = _BRACKETED.sub("", name) or name  # "Batas Capaian (%)": the unit or hint after it
        if name:
            cell = row[value_col] if value_col < len(row) else None
            rows.setdefault(c.normalize_label(name), []).append((name, cell, f"{letter}{r + 1}"))
            named.setdefault(name, f"{column_letter(cols['Parameter'])}{r + 1}")
            if type(row) is HiddenRow and (reader.text(cell) or unreadable(cell)):
                why = (
                    f'Baris {r + 1} (Parameter "{name}") disembunyikan (hidden) tetapi nilainya tetap dibaca'
                )
                reader.add(
                    PERINGATAN,
                    f"{column_letter(cols['Parameter'])}{r + 1}",
                    f"{why}; kosongkan nilainya bila tidak dipakai, atau tampilkan kembali barisnya",
                    _about(c.normalize_label(name)),
                )
    found = _first_rows(rows, reader)
    for name, ref in named.items():
        if rank_row(reader, name, ref, reader.text(found[c.normalize_label(name)][0])):
            continue  # "Pangkat/Golongan": the block has no rank line
        meant = _meant_parameter(name)
        if meant is None:
            continue
        key = c.normalize_label(meant)
        real, real_ref = found.get(key, (None, ""))
        if not reader.text(real):
            reader.add(
                PERINGATAN,
                ref,
                f'Parameter "{name}" tidak dikenal, jadi nilainya tidak dibaca; bila yang dimaksud '
                f'"{meant}", ganti namanya menjadi "{meant}"',
                _about(key),
            )
            continue
        own, own_ref = found[c.normalize_label(name)]
        said = _cell_meaning(key, own, reader)
        if said is not None and said != _cell_meaning(key, real, reader):
            why = f'"{_clip(reader.text(own))}" ({own_ref}) tidak dibaca: dipakai "{meant}" ({real_ref})'
            reader.add(
                PERINGATAN,
                ref,
                f'Parameter "{name}" {why} "{_clip(reader.text(real))}"; hapus baris ini atau samakan nilainya',
                _about(key),
            )
    return found


# The parameters printed as typed (titles, the signature block): a cut one is a peringatan. The
# others are read as a number, a date or a choice, whose galat quotes a long text's start.
_TEXT_PARAMS = (c.P_PEMDA, c.P_OPD, c.P_KEPALA, c.P_JABATAN, c.P_NIP, c.P_TEMPAT)
_KNOWN = {c.normalize_label(p): p for p in c.PENGATURAN_PARAMS}
_KNOWN_TOTAL_PAGU = c.normalize_label(c.P_TOTAL_PAGU)


def _about(key: str) -> frozenset[Tentang]:
    """What a peringatan at a parameter's row is about: the agreed Total Pagu Perjanjian Kinerja, which
    the programs' pagu are checked against, is about the totals (the rekap's Pemeriksaan says it)."""
    return TOTALS if key == _KNOWN_TOTAL_PAGU else frozenset()


# A unit or a hint in brackets after a name ("(%)", "(Rp)", "(1-4)", "(mis. 2025)"); not a word of
# staff's own ("Tahun (lalu)" is another year).
_BRACKETED = re.compile(
    r"\s*\((?:[^()A-Za-z]*|rp\.?|rupiah|persen|(?:mis|contoh|cth)\b[^()]*)\)\s*:?$", re.IGNORECASE
)
_NUMBERED = re.compile(r"^(?:\(?[0-9]{1,2}[.)]|[A-Za-z][.)])\s+")  # "3. ", "3) ", "(3) ", "c. "
# Short names staff give a parameter, whose first word is not the parameter's.
_SHORT_NAMES = {"tw": c.P_TRIWULAN, "pemda": c.P_PEMDA, "opd": c.P_OPD, "ta": c.P_TAHUN}


def _meant_parameter(name: str) -> str | None:
    """The parameter a name that is none of them probably means ("Skala" -> Skala Kriteria, "Tahun
    Laporan" -> Tahun, "TW" -> Triwulan): one whose first word it shares, the closest in its other
    words; None for a parameter's own name and for staff's own rows (Catatan)."""
    key = c.normalize_label(name)
    if key in _KNOWN:
        return None
    words = key.replace(".", " ").split()
    if not words:
        return None
    if words[0] in _SHORT_NAMES:
        return _SHORT_NAMES[words[0]]
    same = [p for k, p in _KNOWN.items() if k.split()[0] == words[0]]
    rest = set(words[1:])
    return min(same, key=lambda p: (-len(rest & set(c.normalize_label(p).split()[1:])), len(p)), default=None)


def _first_rows(
    rows: dict[str, list[tuple[str, Cell | None, str]]], reader: CellReader
) -> dict[str, tuple[Cell | None, str]]:
    """Each parameter's first row with a value; the findings of its other rows."""
    found: dict[str, tuple[Cell | None, str]] = {}
    for key, typed in rows.items():
        filled = [t for t in typed if reader.text(t[1]) or unreadable(t[1])]
        name, cell, ref = (filled or typed)[0]
        found[key] = (cell, ref)
        shown = reader.text(cell)
        for _, other, other_ref in typed:
            if other_ref == ref:
                continue
            again = reader.text(other)
            if (again or unreadable(other)) and _meaning(key, again) != _meaning(key, shown):
                why = f'diisi dua kali dengan nilai berbeda: {ref} "{_clip(shown)}" dan {other_ref} "{_clip(again)}"'
                reader.add(
                    GALAT, other_ref, f'Parameter "{name}" {why}; dipakai {ref}, hapus baris yang salah'
                )
            else:
                why = f"ditulis dua kali (juga di {ref}, yang dipakai)"
                reader.add(PERINGATAN, other_ref, f'Parameter "{name}" {why}; hapus baris ini', _about(key))
    return found


# The Renstra written as its period: "2021-2026", "2021 s.d. 2026", "2021/2026".
_PERIOD = re.compile(
    r"(20[0-9]{2})\s*(?:[-–—/]|s\.?\s?d\.?|sampai(?: dengan)?)\s*(20[0-9]{2}|2100)", re.IGNORECASE
)


def _tahun_akhir_renstra(
    reader: CellReader, cell_ref: tuple[Cell | None, str], tahun: int | None
) -> int | None:
    """The Renstra's last year, also written as its period (2021-2026: 2026); a year before the
    report's Tahun (a Renstra that has ended: the cell not updated) is a peringatan."""
    cell, ref = cell_ref
    period = _PERIOD.fullmatch(reader.text(cell)) if cell is not None and type(cell.value) is str else None
    if period is not None and int(period.group(1)) < int(period.group(2)):
        year: int | None = int(period.group(2))
    else:
        year = _int_param(reader, cell_ref, c.P_TAHUN_AKHIR_RENSTRA, 2000, 2100, None)
    if year is not None and tahun is not None and year < tahun:
        why = f"sebelum Tahun laporan ({tahun}): Renstra itu sudah berakhir"
        reader.add(
            PERINGATAN,
            ref,
            f"Tahun Akhir Renstra {year} {why}; isi tahun akhir Renstra yang berlaku (Target Akhir "
            "Renstra adalah target tahun itu)",
        )
    return year


def _meaning(key: str, text: str) -> object:
    """What a parameter's text says, to compare two rows of it: a quarter as its number ("II" is 2)."""
    quarter = c.triwulan_from_text(text) if key == c.normalize_label(c.P_TRIWULAN) else None
    return quarter or c.normalize_label(text)


def _cell_meaning(key: str, cell: Cell | None, reader: CellReader) -> object:
    """What a cell says as a value of the parameter ``key``, to compare a row named another way with it
    (a year with its label: "TA 2025" is 2025; a quarter, a scale named as its regulation, a date typed
    as text or as a date, a number); None when it reads as none (a name of staff's own: "Nama
    Operator" beside Nama Kepala is no other Nama Kepala)."""
    raw, text = (cell.value if cell is not None else None), reader.text(cell)
    if key == c.normalize_label(c.P_TAHUN):
        labelled = TAHUN_LABEL.fullmatch(text) or re.fullmatch(r"(20[0-9]{2}|2100)", text)
        return int(labelled.group(1)) if labelled else _year_with_note(text)
    if key == c.normalize_label(c.P_TRIWULAN):
        return c.triwulan_from_text(text) or (int(text) if text in ("1", "2", "3", "4") else None)
    if key == c.normalize_label(c.P_SKALA):
        return c.skala_from_text(text)
    if key == c.normalize_label(c.P_TANGGAL):
        day = raw.date() if isinstance(raw, _dt.datetime) else raw
        return day if isinstance(day, _dt.date) else read_tanggal(text).day
    return raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else None


def _unit_after(text: str) -> str:
    """What besides the figure was read from ``text``, said ("7 Oktober 2024": 'ada kata "Oktober 2024"
    setelah angka'; a scale word, "120 jt" read 120.000.000, or "Rp"); "" for none."""
    try:
        read = parse_number(text)
    except NumberParseError:  # (read by the cell reader's own forms, "'120": no word after it)
        return ""
    word = read.unit or read.scale_word
    if word:
        return f'ada kata "{_clip(word)}" setelah angka'
    return 'ada "Rp" di depan angka' if read.currency else ""


def _batas_capaian(reader: CellReader, cell: Cell | None, ref: str) -> float | None:
    """Pengaturan's Batas Capaian: the cap in %, None when empty or unusable (a galat says why)."""
    batas = reader.value(cell, ref, 'Parameter "Batas Capaian"')
    number = batas.number
    # (a word after the figure, "7 Oktober 2024" typed a row off: no cap of 7 %, every capaian cut)
    unit = _unit_after(batas.text) if number is not None and batas.text else ""
    if batas.status:
        reader.add(GALAT, ref, f'Batas Capaian "{_clip(batas.status)}" bukan angka; batas diabaikan')
    elif unit:
        why = f"{unit}; tulis angkanya saja (mis. 120 untuk 120%)"
        reader.add(
            GALAT, ref, f'Batas Capaian "{_clip(batas.text)}" tidak dapat dibaca: {why}; batas diabaikan'
        )
        return None
    elif number is not None and number <= 0:
        reader.add(GALAT, ref, "Batas Capaian harus lebih dari 0; batas diabaikan")
    elif number is not None and number < 100:  # even a target met (100 %) is cut: 1,2 typed for 120 %?
        # (applied, it printed a target met as 1,2 % Sangat Rendah in the signed tables: no cap instead)
        shown = batas.text or numbers.format_number(number, 2)
        why = f"capaian setiap indikator akan dibatasi {shown}%, juga yang mencapai targetnya (100%)"
        reader.add(
            GALAT,
            ref,
            f"Batas Capaian {shown} di bawah 100: {why}; batas diabaikan; tulis batasnya dalam persen "
            "(mis. 120 untuk 120%)",
        )
        return None
    return number if number is not None and number > 0 else None


_YEAR_AND_MORE = re.compile(r"\d{4}\s*[-\u2013/]\s*\d{1,4}")
# A note after the year: words in brackets ("Tahun 2025 (Perubahan)": a revised Perjanjian Kinerja's year,
# "TA 2025 (APBD-P)", "(Perubahan ke-2)"), or the revision's own words without them ("TA 2025 Perubahan",
# "2025-P", "TA 2025 APBD-P", "2025 Murni"): no part of it; a year in the brackets ("2025 (2024)", "(PK
# 2024)") is a second year, and another word ("2025 Pusat") no note of a revision.
_REVISION = r"(?:(?:pk|apbd|dpa)\s*-?\s*)?(?:perubahan|p|murni|induk)(?:\s*ke\s*-?\s*\d)?|pak"
_NOTE_AFTER_YEAR = re.compile(
    rf"(.*?(?:20[0-9]{{2}}|2100))\s*(?:\((?=[^()]*[^\W\d_])(?![^()]*\d{{4}})[^()]*\)|[-/,]?\s*(?:{_REVISION}))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"20[0-9]{2}|2100")


def _year_with_note(text: str) -> int | None:
    """The year of a Tahun typed with a note after it (``_NOTE_AFTER_YEAR``: "Tahun 2025 (Perubahan)", "TA
    2025 Perubahan", "2025-P"), with or without its label; None for any other text."""
    found = _NOTE_AFTER_YEAR.fullmatch(text)
    year = found and (TAHUN_LABEL.fullmatch(found[1].strip()) or _YEAR.fullmatch(found[1].strip()))
    return int(year.group(1) if year.re is TAHUN_LABEL else year.group(0)) if year else None


def _tahun(reader: CellReader, cell_ref: tuple[Cell | None, str]) -> int | None:
    """The report's year: typed, with its label ("T.A. 2025"), in a date cell, or one year typed twice
    ("2025-2025", a peringatan); none for two years ("2025/2026", "T.A. 2025/26": a galat)."""
    tahun, ref = cell_ref
    text = reader.text(tahun) if tahun is not None and type(tahun.value) is str else ""
    if labelled := TAHUN_LABEL.fullmatch(text):
        return int(labelled.group(1))
    if noted := _year_with_note(text):  # (the note kept in its cell: nothing wrong with it)
        return noted
    span = tahun_span(text) if text else None
    if span and span[0] == span[1]:  # one year typed twice: read as that year
        why = f'"{text}" berisi tahun {span[0]} dua kali; dibaca {span[0]}: tulis {span[0]} saja'
        reader.add(PERINGATAN, ref, f'Parameter "{c.P_TAHUN}" {why}')
        return span[0]
    if span:  # which one is the report's year is unknown, so none is guessed
        why = f'"{text}" berisi dua tahun; tulis satu tahun saja: tahun anggaran yang dilaporkan'
        reader.add(GALAT, ref, f'Parameter "{c.P_TAHUN}" {why}')
        return None
    if _YEAR_AND_MORE.fullmatch(text):  # "2025-06", "2026-25": no range of targets (Kinerja's advice)
        why = f'"{_clip(text)}" tidak dapat dibaca: tulis satu tahun saja, mis. 2025 (tahun anggaran yang dilaporkan)'
        reader.add(GALAT, ref, f'Parameter "{c.P_TAHUN}" {why}')
        return None
    return in_date_cell(reader, cell_ref, c.P_TAHUN) or _int_param(
        reader, cell_ref, c.P_TAHUN, 2000, 2100, None
    )


def _int_param(
    reader: CellReader,
    cell_ref: tuple[Cell | None, str],
    name: str,
    low: int,
    high: int,
    default: int | None,
    forms: str = "",
) -> int | None:
    """``forms``: every form the cell takes, when more than a number ("1-4, Semester I, ...")."""
    cell, ref = cell_ref
    value = reader.value(cell, ref, f'Parameter "{name}"')
    if value.number is None:
        if value.status:
            what = forms or f"angka {low}-{high}"
            reader.add(GALAT, ref, f'Parameter "{name}" harus {what}, bukan "{_clip(value.status)}"')
        return default
    if value.text and (unit := parse_number(value.text).unit):  # "1 s.d. 2": no quarter 1 meant
        why = f'ada kata "{_clip(unit)}" setelah angka; tulis angkanya saja ({low}-{high})'
        reader.add(GALAT, ref, f'Parameter "{name}" "{_clip(value.text)}" tidak dapat dibaca: {why}')
        return default
    if not float(value.number).is_integer() or not low <= value.number <= high:
        what = forms or f"bilangan bulat {low}-{high}"
        reader.add(GALAT, ref, f'Parameter "{name}" harus {what}')
        return default
    return int(value.number)
