"""Every front of one workbook shows the same figures: those of the exact reference model.

Workbooks are drawn by tests/test_oracle.py's generator (``descriptions``, typed by its ``write`` the
way staff type) and its exact model (``model``: Fractions from DOMAIN.md and the README, never from
lkj_xl.core) gives every figure; ``edges`` adds capaian exactly 90 / 75 / 65 / 50 / 100, 1.234 %,
90,004 and 99,996, a lower-is-better indicator, a galat cell, a status, 24,585 % (half way) and an
empty Anggaran. Compared per indicator: capaian, kriteria, realisasi s.d.; per program and TOTAL:
pagu, realisasi, penyerapan; per Tujuan/Sasaran (Tabel 3.3): capaian, pagu, realisasi, penyerapan,
efisiensi; per level the Ringkasan counts (and per kriteria); the galat and peringatan counts; the
report's name in the mail. The fronts:

- ``sheet``: the output sheets of ``build`` reopened with openpyxl (Tabel 3.1-3.4, Ringkasan,
  Pemeriksaan), each number shown under its number format by this module's own formatter
  (``shown_text``, not lkj_xl's);
- ``mail-xlsx`` / ``run-xlsx``: the same sheets in the workbook attached by ``send --dry-run`` (the
  .eml parsed) and by ``run`` (sent to a real SMTP server on loopback);
- ``mail`` / ``run``: those e-mails' bodies (text/plain: the tool sends no HTML part, and the test
  fails if one appears unparsed): the per-level counts, ``Rp X dari pagu Rp Y (Z%)``,
  ``Catatan: N galat``, and the report as the subject and cover text name it (``Laporan Kinerja
  Semester I Tahun 2025``, ``... Tahun 2025`` for the year's);
- ``grafik`` / ``plan-grafik`` (a workbook drawn with an analysis input, ``ANALISIS``): Grafik's data
  tables in the built sheet and the add-in's plan (tests/fronts_grafik.py): each Tujuan/Sasaran
  indicator's capaian and kriteria, the counts per kriteria per level, each program's pagu, realisasi
  and penyerapan;
- ``plan``: the add-in's plan from a real xlwings Server (tests/test_xl_server.py's ``server``,
  ``press`` and ``replay_plan``), values and number formats shown as for the sheet;
- ``word`` / ``word-kalimat``: the tables of ``laporan`` (.docx read with python-docx) and its
  sentences "Indikator 4 T1 (capaian 50,00%)"; ``word-sentences``: every other sentence with a figure
  (tests/fronts_kalimat.py: Ringkasan counts and names, target/realisasi/capaian/kriteria, Tabel 3.3's
  figures, the anggaran total; tests/test_fronts_triwulan.py: the same under ``--triwulan N``);
- ``rekap``: the workbook of ``lkj-xl rekap`` (Semua Indikator, Semua Program, the agency's row);
- ``export`` and the ``lkj_xl.core.rekap`` rows: unrounded numbers, equal to the float nearest the
  model's exact value (what "unrounded" promises);
- slow: ``pdf`` (real LibreOffice, ``pdftotext -layout``) and the Word document's PDF (``laporan
  --pdf``), of quarterly, half-year and year reports: each indicator's capaian on its table line and
  in its sentences, Tabel 3.3's rows (capaian, pagu, realisasi, penyerapan, efisiensi, Keterangan),
  Tabel 3.4's rows and TOTAL, the Ringkasan sentences' counts and names, the period in Tabel 3.1's
  title and column; with an analysis input, Grafik's tables too (tests/fronts_printed.py).

A printed number ("1.234,56", "(2,5)", "12,3 juta", "24,59%") is parsed back with Decimal and must
equal the model's exact value rounded half away from zero (as Excel and LibreOffice display, and as
the report prints: 24,585 is "24,59") to the decimals the text shows (beyond 15 significant digits, a
float's: a capaian of -373.854.464.471.416,667 %). Every front but the rekap must show a figure with
the same text; the rekap shows percentages with 2 decimals whatever the agency's Desimal (and more
near an edge of either scale, README "Rekap"), so it is held to the model only. A figure the model
does not know (galat, belum diketahui) is a text in every front (in the rekap, its Status beside a
blank cell), never a number in one and blank in another.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
from collections import defaultdict
from decimal import Decimal
from fractions import Fraction as F

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from lkj_xl.cli import main
from lkj_xl.core.formulas import round_half_up
from lkj_xl.core.kalimat import rupiah_scale, tanpa_satuan
from lkj_xl.core.rekap import INDICATOR_COLUMNS, PROGRAM_COLUMNS, agency_row, indicator_rows, program_rows
from lkj_xl.core.tables.perubahan import MARK as PERUBAHAN_MARK
from tests.common import smtp_args
from tests.fronts_grafik import grafik_figures
from tests.fronts_kalimat import model_groups, paragraphs, same_names, sentence_figures
from tests.fronts_printed import (
    GRAFIK_3,
    TABEL_3_4,
    anggaran_rows,
    efisiensi_rows,
    pdf_lines,
    ringkasan_sentences,
)
from tests.test_oracle import (
    BLANK,
    COMMON,
    DISPLAY_LIMIT,
    KRITERIA,
    KUMULATIF,
    PERMENDAGRI,
    PERMENPANRB,
    ROMAN,
    STATUSES,
    Desc,
    Ind,
    Model,
    Node,
    Program,
    Q,
    _example_desc,
    _example_ind,
    descriptions,
    indo,
    model,
    realisasi_label,
    write,
)
from tests.test_oracle import kriteria as oracle_kriteria
from tests.test_xl_server import PLAN_CLIENT, book_json, press, replay_plan, server  # noqa: F401

OUTPUT = ("Capaian Tujuan Sasaran", "Capaian Program", "Realisasi Anggaran", "Efisiensi", "Ringkasan")

# --- reading a printed number back ---------------------------------------------------------------

SCALE = {"ribu": 10**3, "juta": 10**6, "milyar": 10**9, "miliar": 10**9, "triliun": 10**12}
NUMBER = re.compile(r"^(?:Rp\s*)?(\()?(-)?([\d.]+(?:,\d+)?)\)?\s*(%|[a-z]+)?$")


def parse_printed(text: str) -> tuple[F, int] | None:
    """An Indonesian number as printed ("1.234,56", "(2,5)", "12,3 juta", "40,71%") as its exact
    value and its shown decimals; None for a text that is no number ("Galat", "Belum diketahui")."""
    m = NUMBER.match(text.strip().replace("\u00a0", " "))
    if m is None or (m.group(4) not in (None, "%") and m.group(4) not in SCALE):
        return None
    digits = m.group(3)
    decimals = len(digits.split(",")[1]) if "," in digits else 0
    value = F(Decimal(digits.replace(".", "").replace(",", ".")))
    if m.group(1) or m.group(2):
        value = -value
    return value * SCALE.get(m.group(4) or "", 1), decimals


def shown_text(value: object, number_format: str) -> str:
    """A cell as a spreadsheet shows it: rounded half away from zero on the float's shortest decimal
    form to the format's decimals, Indonesian separators, a negative section's parentheses, a scale
    of trailing commas with its quoted word. Written here, not taken from lkj_xl (the Word front uses
    lkj_xl.core.styles.format_cell)."""
    if value is None:
        return ""
    if isinstance(value, str | bool):
        return str(value)
    fmt = re.sub(r"\[\$-[0-9A-Fa-f]+\]", "", number_format or "General")
    sections = fmt.split(";")
    negative = value < 0 and len(sections) > 1
    section = sections[1] if negative else sections[0]
    m = re.search(r"[#0](?:[#0,]*[#0])?(?:\.(0+))?(,*)", section)
    exact = F(Decimal(repr(float(value))))
    if m is None or section == "General":
        decimals, scale, before, after = (0 if exact.denominator == 1 else 2), 1, "", ""
    else:
        decimals, scale = len(m.group(1) or ""), 1000 ** len(m.group(2))
        before, after = section[: m.start()], section[m.end() :]
    rounded = round_half_up(abs(exact) if negative else exact, decimals) / scale
    rounded = round_half_up(rounded, decimals)
    sign = "-" if rounded < 0 else ""
    whole, frac = divmod(abs(rounded), 1)
    text = f"{int(whole):,}".replace(",", ".")
    if decimals:
        text += "," + str(int(frac * 10**decimals)).rjust(decimals, "0")
    strip = lambda s: re.sub(r'"([^"]*)"', r"\1", s).replace("\\", "")  # noqa: E731
    return f"{strip(before)}{sign}{text}{strip(after)}".strip()


# --- what the model says -------------------------------------------------------------------------


def expected(d: Desc, m: Model) -> dict[tuple, F | str | None]:
    """Every figure compared, by key: ("capaian", indicator), ("realisasi", indicator), ("kriteria",
    indicator), ("pagu" | "realisasi_anggaran" | "penyerapan", program kode or "TOTAL")."""
    out: dict[tuple, F | str | None] = {}
    for name, e in m.ind.items():
        out["capaian", name] = e.capaian
        out["realisasi", name] = e.realisasi
        out["kriteria", name] = e.kriteria or ("Galat" if e.galat else "-")
    for kode, (pagu, real, pct) in m.budget.items():
        out["pagu", kode], out["realisasi_anggaran", kode], out["penyerapan", kode] = pagu, real, pct
    out["pagu", "TOTAL"], out["realisasi_anggaran", "TOTAL"], out["penyerapan", "TOTAL"] = m.total
    for nd in d.nodes():
        if nd.tingkat in ("Tujuan", "Sasaran"):
            e = m.node[nd.kode]
            for key, x in zip(
                EFISIENSI_KEYS, (e.capaian, e.pagu, e.realisasi, e.penyerapan, e.efisiensi), strict=True
            ):
                out[key, nd.uraian] = x
    for tingkat, g in m.ringkasan.items():
        for key in RINGKASAN_KEYS:
            out["ringkasan", tingkat, key] = str(g[key])
        for k in KRITERIA:  # Ringkasan's "Jumlah Indikator per Kriteria", Grafik's chart 2
            out["per kriteria", tingkat, k] = str(g["per_kriteria"][k])
    return out


EFISIENSI_KEYS = ("3.3 capaian", "3.3 pagu", "3.3 realisasi", "3.3 penyerapan", "3.3 efisiensi")
EFISIENSI_COLUMNS = (
    "Capaian Kinerja (%)",
    "Pagu (Rp)",
    "Realisasi Anggaran (Rp)",
    "Penyerapan Anggaran (%)",
    "Tingkat Efisiensi (poin)",
)
RINGKASAN_KEYS = ("jumlah", "tercapai", "belum_tercapai", "belum_diketahui", "galat")
RINGKASAN_COLUMNS = ("Jumlah Indikator", "≥ 100%", "Di bawah 100%", "Belum diketahui", "Galat")
LEVELS = ("Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan")


# --- the fronts -----------------------------------------------------------------------------------


def header_columns(rows: list[list[str]]) -> tuple[dict[str, int], int]:
    """Label -> first column, over the two header rows under the "No" row; and the first body row."""
    top = next(k for k, r in enumerate(rows) if "No" in r)
    cols: dict[str, int] = {}
    for r in rows[top : top + 2]:
        for k, text in enumerate(r):
            label = " ".join(text.replace("\u00a0", " ").split())
            if label and label not in cols:
                cols[label] = k
    return cols, top + 1


def table_figures(rows: list[list[str]], d: Desc) -> dict[tuple, str]:
    """The figures of one table (Tabel 3.1, 3.2 or 3.4) as texts, by key."""
    out: dict[tuple, str] = {}
    if not rows or not any("No" in r for r in rows):
        return out
    cols, first = header_columns(rows)
    label = realisasi_label(d)
    if "Indikator Kinerja" in cols and "Capaian (%)" in cols and label in cols:
        for r in rows[first:]:
            # (an indicator whose Target Perubahan is used is marked "*)", its note under the table)
            name = r[cols["Indikator Kinerja"]].removesuffix(f" {PERUBAHAN_MARK}")
            if name.startswith("Indikator "):
                for key, col in (("capaian", "Capaian (%)"), ("realisasi", label), ("kriteria", "Kriteria")):
                    out[key, name] = r[cols[col]]
    if "Tingkat Efisiensi (poin)" in cols:
        for r in rows[first:]:
            # (a Tujuan/Sasaran whose pagu sums a program's Pagu Perubahan is marked "*)" too)
            uraian = r[cols["Tujuan/Sasaran Strategis"]].removesuffix(f" {PERUBAHAN_MARK}")
            if uraian.startswith("Uraian ") and ("3.3 pagu", uraian) not in out:
                for key, col in zip(EFISIENSI_KEYS, EFISIENSI_COLUMNS, strict=True):
                    out[key, uraian] = r[cols[col]]
    if "Tingkat" in cols and "Galat" in cols:  # Ringkasan
        for r in rows[first:]:
            if r[cols["Tingkat"]] in LEVELS:
                for key, col in zip(RINGKASAN_KEYS, RINGKASAN_COLUMNS, strict=True):
                    out["ringkasan", r[cols["Tingkat"]], key] = r[cols[col]]
                for k in KRITERIA:
                    out["per kriteria", r[cols["Tingkat"]], k] = r[cols[k]]
    if {"Kode", "Pagu (Rp)", "Persentase (%)"} <= set(cols):
        for r in rows[first:]:
            kode = r[cols["Kode"]] or r[0]
            if kode.startswith("P") or r[0] == "TOTAL":
                kode = "TOTAL" if r[0] == "TOTAL" else kode
                out["pagu", kode] = r[cols["Pagu (Rp)"]]
                out["realisasi_anggaran", kode] = r[cols["Realisasi (Rp)"]]
                out["penyerapan", kode] = r[cols["Persentase (%)"]]
    return out


def sheet_rows(ws) -> list[list[str]]:
    return [[shown_text(c.value, c.number_format) for c in row] for row in ws.iter_rows()]


def workbook_figures(data: bytes, d: Desc) -> dict[tuple, str]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out: dict[tuple, str] = {}
    for name in OUTPUT:
        out.update(table_figures(sheet_rows(wb[name]), d))
    out.update(findings_counts(wb["Pemeriksaan"]))
    return out


def findings_counts(ws) -> dict[tuple, str]:
    """Galat and peringatan as the Pemeriksaan sheet lists them (one row each under its header)."""
    levels = [r[1] for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    return {("galat",): str(levels.count("Galat")), ("peringatan",): str(levels.count("Peringatan"))}


def mail_figures(eml: bytes, d: Desc) -> tuple[dict[tuple, str], dict[tuple, str], str]:
    """The body's figures, the attached workbook's, and the body itself."""
    msg = email.message_from_bytes(eml, policy=email.policy.default)
    assert [p.get_content_type() for p in msg.walk()][1:] == [
        "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]
    body = msg.get_body(("plain",)).get_content()
    out: dict[tuple, str] = {}
    m = re.search(r"Realisasi anggaran: Rp (\S+) dari pagu Rp (\S+) \((\S+)\)", body)
    if m:
        out["realisasi_anggaran", "TOTAL"], out["pagu", "TOTAL"], out["penyerapan", "TOTAL"] = m.groups()
    for m in re.finditer(
        r"- (\S+(?: Kegiatan)?): (\d+) indikator; capaian ≥ 100%: (\d+); di bawah 100%: (\d+); belum diketahui: (\d+)(?:; galat: (\d+))?",
        body,
    ):
        counts = (*m.groups()[1:5], m.group(6) or "0")
        for key, count in zip(RINGKASAN_KEYS, counts, strict=True):
            out["ringkasan", m.group(1), key] = count
    galat = re.search(r"Catatan: (\d+) galat", body)
    out["galat",] = galat.group(1) if galat else "0"
    # the report as the subject and the cover text name it ("Laporan Kinerja Semester I Tahun 2025")
    named = re.search(r"kami sampaikan Laporan Kinerja (.+?) Dinas Contoh", body)
    out["laporan",] = f"{msg['Subject']} | {named.group(1) if named else body}"
    (attached,) = [p for p in msg.iter_attachments()]
    return out, workbook_figures(attached.get_content(), d), body


def plan_figures(client, path, refs: list[str], d: Desc) -> tuple[dict[tuple, str], dict[tuple, str]]:
    """The add-in's plan: the output tables' figures, and Grafik's (empty without that sheet)."""
    data = book_json(path, args=[{"Kinerja": refs}, PLAN_CLIENT])
    response = press(client, data)
    assert response.status_code == 200, response.text
    sheets, _, _ = replay_plan(data, response.json()["actions"])
    out: dict[tuple, str] = {}
    grafik: dict[tuple, str] = {}
    for sheet in sheets:
        if sheet.name not in (*OUTPUT, "Grafik"):
            continue
        n_rows = 1 + max(r for r, _ in sheet.values)
        n_cols = 1 + max(c for _, c in sheet.values)
        rows = [
            [
                shown_text(sheet.values.get((r, c)), sheet.format_at((r, c)).get("num_format"))
                for c in range(n_cols)
            ]
            for r in range(n_rows)
        ]
        (grafik if sheet.name == "Grafik" else out).update(
            grafik_figures(rows) if sheet.name == "Grafik" else table_figures(rows, d)
        )
    return out, grafik


def rekap_figures(path, d: Desc) -> dict[tuple, str]:
    """The rekap workbook of ``lkj-xl rekap`` for this one workbook: Semua Indikator, Semua Program
    and the agency's row. A figure left blank there beside its Status (a galat, belum diketahui) is
    taken as that Status: the text the reader meets in its place."""
    wb = openpyxl.load_workbook(path)
    out: dict[tuple, str] = {}
    for sheet, name_col, keys in (
        (
            "Semua Indikator",
            "Indikator",
            (("capaian", "Capaian (%)"), ("realisasi", "Realisasi s.d. Triwulan")),
        ),
        (
            "Semua Program",
            "Kode",
            (
                ("pagu", "Pagu (Rp)"),
                ("realisasi_anggaran", "Realisasi (Rp)"),
                ("penyerapan", "Penyerapan (%)"),
            ),
        ),
    ):
        rows = sheet_rows(wb[sheet])
        cols = {label: k for k, label in enumerate(rows[0])}
        for r in rows[1:]:
            for key, col in keys:
                out[key, r[cols[name_col]]] = r[cols[col]] or r[cols["Status"]]
            if sheet == "Semua Indikator":  # a data table: no kriteria is blank there, "-" in Tabel 3.x
                galat = r[cols["Status"]].startswith("Galat")
                out["kriteria", r[cols[name_col]]] = r[cols["Kriteria"]] or ("Galat" if galat else "-")
    rows = sheet_rows(wb["Rekap Perangkat Daerah"])
    top = next(k for k, r in enumerate(rows) if "Peringkat" in r)
    cols = {label: k for k, label in enumerate(rows[top])}
    # under the header's second (blank) row; Peringkat is blank for an agency without any capaian
    row = next(r for r in rows[top + 1 :] if r[cols["Perangkat Daerah"]] == "Dinas Contoh")
    for key, col in (
        ("pagu", "Pagu (Rp)"),
        ("realisasi_anggaran", "Realisasi Anggaran (Rp)"),
        ("penyerapan", "Penyerapan Anggaran (%)"),
    ):
        if row[cols[col]]:  # blank when a budget cell is a galat (its Temuan Galat says so)
            out[key, "TOTAL"] = row[cols[col]]
    out["galat",] = row[cols["Temuan Galat"]]
    out["peringatan",] = row[cols["Temuan Peringatan"]]
    return out


def word_figures(path, d: Desc) -> tuple[dict[tuple, str], dict[tuple, str]]:
    """The Word document's tables, and its sentences naming an indicator's capaian ("Indikator 4 T1
    (capaian 50,00%)", or "(capaian 0,00%; target dan realisasi ..." with a satuan berbeda note; each
    such capaian must read the same wherever it is said)."""
    document = docx.Document(str(path))
    tables: dict[tuple, str] = {}
    for table in document.tables:
        tables.update(table_figures([[c.text for c in row.cells] for row in table.rows], d))
    said: dict[tuple, set[str]] = defaultdict(set)
    for paragraph in document.paragraphs:
        for m in re.finditer(r"(Indikator \d+ [\w.]+) \(capaian ([^)%]+)%(?:\)|; )", paragraph.text):
            said["capaian", m.group(1)].add(m.group(2))
    assert all(len(texts) == 1 for texts in said.values()), said
    return tables, {key: texts.pop() for key, texts in said.items()}


# --- comparing ------------------------------------------------------------------------------------


def agrees(text: str, x: F | str | None, where: str) -> None:
    if isinstance(x, str):
        assert text == x, f"{where}: {text!r}, model {x!r}"
        return
    got = parse_printed(text)
    if x is None:
        assert got is None and text.strip(), f"{where}: {text!r}, the model has no figure"
        return
    assert got is not None, f"{where}: {text!r}, model {x} ({float(x)})"
    value, decimals = got
    scale = 10**6 if text.endswith("juta") else 10**9 if text.endswith(("milyar", "miliar")) else 1
    want = round_half_up(x / scale, decimals) * scale
    if len(re.sub(r"\D", "", text).lstrip("0")) > 15:
        # beyond the 15-16 digits a float (an xlsx cell) holds: a capaian of -373.854.464.471.416,667 %
        # (a tiny target, lower is better) is stored -373854464471416.7; equal to that precision
        assert abs(value - want) <= abs(want) * F(1, 10**15), f"{where}: {text!r}, model {x}"
        return
    assert value == want, f"{where}: {text!r}, model {x} ({float(x)}) shown {want}"


def reads_as_kriteria(text: str, x: F | None, skala: str, where: str) -> None:
    """A capaian printed in a sentence gives the kriteria and side of 100 % of the exact value (90,004
    is never said 90,00 beside sangat tinggi), unless within the display limit of an edge."""
    got = parse_printed(text)
    if x is None or got is None:
        return
    lo, hi = x - DISPLAY_LIMIT, x + DISPLAY_LIMIT
    if oracle_kriteria(lo, skala) != oracle_kriteria(hi, skala) or lo < 100 <= hi:
        return
    assert oracle_kriteria(got[0], skala) == oracle_kriteria(x, skala), f"{where}: {text!r}, exact {x}"
    assert (got[0] >= 100) == (x >= 100), f"{where}: {text!r}, exact {x}"


def compare(fronts: dict[str, dict[tuple, str]], want: dict[tuple, F | str | None]) -> int:
    """Every front's text against the model; one text per figure across fronts. Returns the count."""
    texts: dict[tuple, dict[str, str]] = defaultdict(dict)
    compared = 0
    # A row of Tabel 3.3 adds up as printed: its efisiensi is the capaian shown minus the penyerapan
    # shown (reader round 10), read from a front that shows both (each checked against the model).
    row_shown = {
        key[1]: parse_printed(figures[key])[0] - parse_printed(figures["3.3 penyerapan", key[1]])[0]
        for figures in fronts.values()
        for key in figures
        if key[0] == "3.3 capaian" and ("3.3 penyerapan", key[1]) in figures
        if parse_printed(figures[key]) and parse_printed(figures["3.3 penyerapan", key[1]])
    }
    for front, figures in fronts.items():
        for key, text in figures.items():
            texts[key][front] = text
            if key[0] == "3.3 efisiensi" and key[1] in row_shown and want.get(key) is not None:
                got = parse_printed(text)
                assert got is not None and got[0] == row_shown[key[1]], f"{front} {key}: {text!r}"
                assert (got[0] < 0) == (want[key] < 0), f"{front} {key}: {text!r}, model {want[key]}"
                # and right to its last decimal: within one unit of it of the model's (two figures
                # rounded at the decimals shown, each by at most half a unit); (33,325) for -33,3283...
                # (66,67 - 99,995) was three units off
                assert abs(got[0] - want[key]) <= F(1, 10 ** got[1]), f"{front} {key}: {text!r}, {want[key]}"
                compared += 1
            elif key in want:
                agrees(text, want[key], f"{front} {key}")
                compared += 1
    for key, by_front in texts.items():
        if key in want and isinstance(want[key], F):
            # the mail writes the % sign the table's header carries; the rekap (many agencies in one
            # table) shows percentages with 2 decimals whatever an agency's Desimal, and more near an
            # edge of either scale (README "Rekap"): held to the model only
            texts = {t.removesuffix("%") for front, t in by_front.items() if front != "rekap"}
            if key[0] in ("3.3 pagu", "3.3 realisasi"):
                # a rupiah column with sen in any row shows its whole amounts with ",00" too (one
                # count of decimals a column); a sentence names the one amount: 32.273.000 = 32.273.000,00
                texts = {re.sub(r",0+$", "", t) for t in texts}
            if key[0] in ("pagu", "realisasi_anggaran") and len(texts) > 1:
                # the same rule per table: Grafik's table lists only the programs with a penyerapan,
                # so a program left out with sen (its spending unreadable) puts ",00" in Tabel 3.4's
                # column, not in Grafik's (3.931,00 and 3.931); Tabel 3.4's fronts still agree exactly
                # And a sentence (the mail's body, the Word report's and Analisis Capaian's) names the one
                # amount as 3.3's do: a TOTAL of 303 + 2.917,29 + 655,71 is "3.876" there, "3.876,00" in
                # Tabel 3.4's column with sen (fronts_triwulan at --hypothesis-seed=2, stop 53)
                tables = {
                    t
                    for front, t in by_front.items()
                    if front not in ("rekap", *GRAFIK_FRONTS, *SENTENCE_FRONTS)
                }
                texts = {re.sub(r",0+$", "", t) for t in texts} if len(tables) == 1 else texts
            assert len(texts) == 1, f"{key}: {by_front}"
    return compared


def unrounded(value: object, x: F | None, where: str) -> None:
    if x is None:
        assert value is None, f"{where}: {value!r}, the model has no figure"
    else:
        assert value == float(x), f"{where}: {value!r}, model {x} = {float(x)!r}"


def check_unrounded(d: Desc, m: Model, data: dict, report) -> None:
    """export JSON and the rekap rows: the float nearest the exact value, None when unknown."""
    for row in data["indikator"]:
        e = m.ind[row["indikator"]]
        unrounded(row["capaian"], e.capaian, f"export {row['indikator']} capaian")
        unrounded(row["realisasi"], e.realisasi, f"export {row['indikator']} realisasi")
    for row in data["anggaran"]:
        for key, x in zip(("pagu", "realisasi", "penyerapan"), m.budget[row["kode"]], strict=True):
            unrounded(row[key], x, f"export {row['kode']} {key}")
    agency = agency_row(report, "oracle.xlsx")
    # README "Rekap": the mean capaian of the Tujuan and Sasaran indicators, minus the penyerapan of
    # the total budget (none with a galat budget cell, as Tabel 3.4's TOTAL)
    caps = [m.ind[i.name].capaian for nd in d.nodes() if nd.tingkat in ("Tujuan", "Sasaran") for i in nd.inds]
    caps = [x for x in caps if x is not None]
    mean = sum(caps, F(0)) / len(caps) if caps else None
    unrounded(agency["capaian"], mean, "rekap capaian")
    penyerapan = m.total[2]
    unrounded(
        agency["efisiensi"],
        None if mean is None or penyerapan is None else mean - penyerapan,
        "rekap efisiensi",
    )
    for key, x in zip(("pagu", "realisasi_anggaran", "penyerapan"), m.total, strict=True):
        unrounded(agency[key], x, f"rekap {key}")
        unrounded(
            data["ringkasan"][{"realisasi_anggaran": "total_realisasi_anggaran"}.get(key, f"total_{key}")],
            x,
            f"export total {key}",
        )
    galat = sum(1 for f in data["pemeriksaan"] if f["tingkat"] == "galat")
    assert (agency["temuan_galat"], agency["temuan_peringatan"]) == (galat, len(data["pemeriksaan"]) - galat)
    # The rekap's rows by their columns' keys (Target PK / Pagu PK and the revised figures among them)
    for values in indicator_rows(report, "oracle.xlsx"):
        row = dict(zip((col.key for col in INDICATOR_COLUMNS), values, strict=True))
        e = m.ind[row["indikator"]]
        unrounded(row["realisasi"], e.realisasi, f"rekap {row['indikator']} realisasi")
        unrounded(row["capaian"], e.capaian, f"rekap {row['indikator']} capaian")
    for values in program_rows(report, "oracle.xlsx"):
        row = dict(zip((col.key for col in PROGRAM_COLUMNS), values, strict=True))
        for x, key in zip(m.budget[row["kode"]], ("pagu", "realisasi", "penyerapan"), strict=True):
            unrounded(row[key], x, f"rekap {row['kode']} {key}")


def run_mail(path, tmp_path, inbox, port: int) -> bytes:
    """``lkj-xl run`` (no PDF) to a real SMTP server on loopback: the message it sent."""
    before = len(inbox.received)
    args = [
        "run",
        str(path),
        "--no-pdf",
        "--outdir",
        str(tmp_path / "run"),
        "--send-to",
        "bappeda@contoh.go.id",
        *smtp_args(port, sender="program@contoh.go.id"),
    ]
    result = CliRunner().invoke(main, args, env={"LKJ_SMTP_USER": "", "LKJ_SMTP_PASSWORD": ""})
    assert result.exit_code in (0, 1), result.output  # 1: the workbook has galat (still sent)
    assert len(inbox.received) == before + 1, result.output
    return inbox.received[-1].content


# An analysis input (README "Output sheets": Tahun Akhir Renstra is one): the build, the add-in and the
# PDF then write Grafik, Analisis Capaian and Perbandingan Kinerja too
ANALISIS = {"Tahun Akhir Renstra": 2029}


def collect(
    d: Desc, tmp_path, client, smtp, analisis: bool = False
) -> tuple[dict[str, dict[tuple, str]], dict, object]:
    from lkj_xl.build import build_in_memory

    path = tmp_path / "oracle.xlsx"
    refs = write(d, path, extra_pengaturan=ANALISIS if analisis else None)
    built = build_in_memory(path, None)
    runner = CliRunner()
    eml = tmp_path / "pesan.eml"
    result = runner.invoke(main, ["send", str(path), "--to", "bappeda@contoh.go.id", "--dry-run", str(eml)])
    assert result.exit_code == 0, result.output
    body, attached, _ = mail_figures(eml.read_bytes(), d)
    result = runner.invoke(main, ["laporan", str(path), "-o", str(tmp_path / "laporan.docx")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["rekap", str(path), "--jobs", "1", "-o", str(tmp_path / "rekap.xlsx")])
    assert result.exit_code == (1 if report_has_galat(built.report) else 0), result.output  # 1: galat
    result = runner.invoke(main, ["export", str(path)])
    assert result.exit_code == 0, result.output
    run_body, run_attached, _ = mail_figures(run_mail(path, tmp_path, *smtp), d)
    word = word_figures(tmp_path / "laporan.docx", d)
    plan, plan_grafik = plan_figures(client, path, refs, d)
    sheets = openpyxl.load_workbook(io.BytesIO(built.data))
    assert ("Grafik" in sheets.sheetnames) == analisis
    fronts = {
        "rekap": rekap_figures(tmp_path / "rekap.xlsx", d),
        "run": run_body,
        "run-xlsx": run_attached,
        "sheet": workbook_figures(built.data, d),
        "mail-xlsx": attached,
        "mail": body,
        "word": word[0],
        "word-kalimat": word[1],
        "plan": plan,
    }
    if analisis:
        fronts["grafik"] = grafik_figures(sheet_rows(sheets["Grafik"]))
        fronts["plan-grafik"] = plan_grafik
    return fronts, json.loads(result.stdout), built.report


GRAFIK_FRONTS = ("grafik", "plan-grafik")
# the fronts that name a figure in a sentence, not in a table's column
SENTENCE_FRONTS = ("mail", "run", "word-sentences", "word-kalimat", "Analisis Capaian")


def grafik_keys(d: Desc, m: Model) -> set[tuple]:
    """What Grafik's tables must give: each Tujuan/Sasaran indicator's capaian (its kriteria when it
    has one), each program's penyerapan, and the counts of each of Tujuan, Sasaran and Program."""
    keys = {("penyerapan", p.kode) for p in d.programs}
    for nd in d.nodes():
        for i in nd.inds if nd.tingkat in ("Tujuan", "Sasaran") else ():
            keys |= {("capaian", i.name)} | ({("kriteria", i.name)} if m.ind[i.name].kriteria else set())
    for tingkat in set(m.ringkasan) & {"Tujuan", "Sasaran", "Program"}:
        keys |= {("per kriteria", tingkat, k) for k in KRITERIA}
        keys |= {("ringkasan", tingkat, k) for k in ("jumlah", "belum_diketahui", "galat")}
    return keys


def report_has_galat(report) -> bool:
    return bool(report.errors)


STATS = defaultdict(int)


def check(d: Desc, tmp_path, client, smtp, analisis: bool = False) -> None:
    """``analisis``: the workbook has an analysis input, so Grafik's tables are compared too."""
    d.override = None  # every front reads the quarter of Pengaturan (no --triwulan for send or plan)
    m = model(d)
    fronts, data, report = collect(d, tmp_path, client, smtp, analisis)
    want = expected(d, m)
    want["galat",], want["peringatan",] = (
        str(sum(1 for f in data["pemeriksaan"] if f["tingkat"] == "galat")),
        str(sum(1 for f in data["pemeriksaan"] if f["tingkat"] == "peringatan")),
    )
    assert str(len(report.errors)) == want["galat",]
    for front in (
        "sheet",
        "mail-xlsx",
        "run-xlsx",
        "word",
        "plan",
    ):  # every figure found in every table front
        missing = [k for k in want if k not in fronts[front] and k[0] != "peringatan"]
        # the Word document has no Pemeriksaan nor Ringkasan table (its sentences say the counts)
        missing = [k for k in missing if front not in ("word", "plan") or k[0] != "galat"]
        missing = [k for k in missing if front != "word" or k[0] not in ("ringkasan", "per kriteria")]
        assert not missing, f"{front}: {missing}"
    if m.total[2] is not None:
        assert ("penyerapan", "TOTAL") in fronts["mail"], fronts["mail"]
    for front in GRAFIK_FRONTS if analisis else ():
        assert grafik_keys(d, m) <= fronts[front].keys(), (
            f"{front}: {grafik_keys(d, m) - fronts[front].keys()}"
        )
    for front in ("mail", "run"):
        assert {k for k in want if k[0] == "ringkasan"} <= fronts[front].keys(), fronts[front]
        name = report_named(d)
        assert fronts[front]["laporan",] == f"Laporan Kinerja {name} - Dinas Contoh | {name}", front
    STATS["workbooks"] += 1
    STATS["indicators"] += len(m.ind)
    STATS["sentences"] += check_sentences(d, m, want, paragraphs(tmp_path / "laporan.docx"), fronts)
    STATS["figures"] += compare(fronts, want)
    check_unrounded(d, m, data, report)


def check_sentences(
    d: Desc, m: Model, want: dict, texts: list[str], fronts: dict, front: str = "word-sentences"
) -> int:
    """The Word report's sentences with figures (tests/fronts_kalimat.py) against the model: the
    Ringkasan counts and the names in each group, each indicator's target, realisasi, capaian and
    kriteria, each Tujuan/Sasaran's capaian, kriteria and Tabel 3.3 figures, the anggaran total; one
    text per figure in all sentences, added as front ``word-sentences`` (so equal to the tables').
    Returns the number of sentences read. ``front`` "Analisis Capaian": the sheet's sentences (it has
    Bab III's, not the Ringkasan nor the anggaran total)."""
    pairs, quarters, sentences = sentence_figures(texts)
    assert quarters == {period_said(d)}, quarters
    groups = model_groups(m, d)
    node = {nd.uraian: m.node[nd.kode] for nd in d.nodes()}
    said: dict[tuple, set[str]] = defaultdict(set)
    satuan = {i.name: i.satuan for nd in d.nodes() for i in nd.inds}
    for key, text in pairs:
        unit = satuan.get(key[1], "") if len(key) > 1 else ""
        if rupiah_scale(unit):  # "Rp 20,25 juta" of Satuan Juta Rupiah: the table's 20,25 (tampilan56)
            text = tanpa_satuan(text, unit)
        said[key].add(text)
        if key[0] == "ringkasan":
            level_key = RINGKASAN_KEYS[("jumlah", *GROUP_KEYS).index(key[2])]
            agrees(text, want["ringkasan", key[1], level_key], f"{front} {key}")
        elif key[0] == "ringkasan-kalimat":
            assert same_names(text, groups.get(key, "")), (
                f"{front} {key}: {text!r}, model {groups.get(key)!r}"
            )
        elif key[0] == "target":
            agrees(text, m.ind[key[1]].target, f"{front} {key}")
        elif key[0] == "kriteria-kalimat":
            assert text == (m.ind[key[1]].kriteria or "").lower(), f"{front} {key}: {text!r}"
        elif key[0] == "kriteria-node":
            assert text == (node[key[1]].kriteria or "").lower(), f"{front} {key}: {text!r}"
        elif key[0] == "capaian-node":  # 3.2.1's; Tabel 3.3's may show a decimal more (3.3 capaian)
            agrees(text, node[key[1]].capaian, f"{front} {key}")
            # and with enough decimals to read as its kriteria and side of 100 %, as every capaian
            # (once held by being Tabel 3.3's text, which the sheet checks: agrees_with_kriteria)
            reads_as_kriteria(text, node[key[1]].capaian, d.skala, f"{front} {key}")
    assert all(len(texts) == 1 for texts in said.values()), {k: v for k, v in said.items() if len(v) > 1}
    # prose writes a negative efisiensi "-9 poin" where a table shows "(9)": the same figure
    fronts[front] = {
        k: re.sub(r"^-(.*)$", r"(\1)", t) if k[0] == "3.3 efisiensi" else t
        for k, texts in said.items()
        if k in want
        for t in texts
    }
    # every figure the model has is said: each indicator's capaian, each node's efisiensi, the total
    for nd in d.nodes():
        for i in nd.inds if nd.tingkat in ("Tujuan", "Sasaran") else ():  # Bab III tells these
            assert m.ind[i.name].capaian is None or ("capaian", i.name) in said, f"no capaian of {i.name}"
        if nd.tingkat in ("Tujuan", "Sasaran") and m.node[nd.kode].efisiensi is not None:
            assert ("3.3 efisiensi", nd.uraian) in said, f"no sentence gives {nd.uraian}'s efisiensi"
        if nd.tingkat in ("Tujuan", "Sasaran") and nd.inds and front == "word-sentences":
            assert ("ringkasan", nd.tingkat, "tercapai") in said, f"no Ringkasan sentence for {nd.tingkat}"
    assert m.total[2] is None or ("penyerapan", "TOTAL") in said or front != "word-sentences"
    return sentences


GROUP_KEYS = ("tercapai", "belum_tercapai", "belum_diketahui", "galat")


def period_said(d: Desc) -> str:
    """The period the sentences count over (README "Pengaturan": Semester I is s.d. TW II, a period of
    its own; Semester II's figures are counted from TW I; the year's report is the year); a quarter
    asked with --triwulan (``override``) is that quarter's report."""
    if d.override is None and d.periode is not None:
        return {"Semester I": "Semester I ", "Semester II": "s.d. Semester II ", "Tahunan": ""}[
            d.periode
        ] + "Tahun 2025"
    return f"s.d. Triwulan {ROMAN[d.override or d.triwulan]} Tahun 2025"


def report_named(d: Desc) -> str:
    """The report as the e-mail's subject and cover text name it (README "Pengaturan"): "Triwulan II
    Tahun 2025", "Semester I Tahun 2025", "Semester II Tahun 2025" (not "s.d.": the report is the
    half year's), the year's "Tahun 2025"."""
    names = {"Semester I": "Semester I ", "Semester II": "Semester II ", "Tahunan": ""}
    return names.get(d.periode or "", f"Triwulan {ROMAN[d.triwulan]} ") + "Tahun 2025"


# Each example builds, mails, drafts and presses once (about a second): shrinking a failure would
# take minutes, and the failing description is printed whole anyway.
NO_SHRINK = dict(COMMON, phases=(Phase.explicit, Phase.reuse, Phase.generate))


# Found with other draws (stop 50): two indicators of one Ringkasan group, each a realisasi typed in another
# scale than its Target (Satuan Rupiah: Target "30.260 juta" beside 15,87; "500 juta" beside 250). The
# sentence names them, then says once "; target dan realisasi A dan B ditulis dengan skala berbeda, sel
# ...", which fronts_kalimat read as more names. Capaian 15,87 / 30.260.000.000 x 100 = 0,00 % and
# 250 / 500.000.000 x 100 = 0,00 %: both "di bawah 100%".
EXAMPLE_TWO_SCALES_IN_ONE_GROUP = _example_desc(
    1,
    [
        _example_ind(
            "Indikator 2 S1.1",
            Q(F(30260 * 10**6), "30.260 juta"),
            [Q(F(1587, 100), 15.87), BLANK, BLANK, BLANK],
            "Rupiah",
        ),
        _example_ind(
            "Indikator 3 S1.1", Q(F(500 * 10**6), "500 juta"), [Q(F(250), 250), BLANK, BLANK, BLANK], "Rupiah"
        ),
    ],
    [("P0.1", Q(F(1000), "1.000"), None, [Q(F(100), 100), BLANK, BLANK, BLANK])],
)


@settings(max_examples=12, **NO_SHRINK)
# (quarterly reports: the half year's and the year's are drawn below)
# (``analisis``: with an analysis input, so with Grafik, whose tables are compared too)
@given(d=descriptions(half_years=False), analisis=st.booleans())
@example(d=EXAMPLE_TWO_SCALES_IN_ONE_GROUP, analisis=False)
def test_every_front_shows_the_models_figures(tmp_path, server, smtp_server, d, analisis):  # noqa: F811
    check(d, tmp_path, server, mail_server(smtp_server), analisis)


@settings(max_examples=4, **NO_SHRINK)
# Pengaturan's Triwulan a half year or the year ("Semester I", "Sem-II", "Akhir Tahun"): the tables'
# column "Realisasi Semester I" / "Realisasi s.d. Semester II" / "Realisasi Tahun 2025", the sentences'
# period (period_said), the same figures s.d. TW II or TW IV in every front
@given(d=descriptions(only_half_years=True), analisis=st.booleans())
def test_every_front_of_a_half_year_shows_the_models_figures(tmp_path, server, smtp_server, d, analisis):  # noqa: F811
    check(d, tmp_path, server, mail_server(smtp_server), analisis)


def mail_server(smtp_server) -> tuple[object, int]:
    """One real SMTP server (conftest.py) for a test: (its recorder, its port)."""
    if not hasattr(smtp_server, "started"):
        smtp_server.started = smtp_server()
    return smtp_server.started.handler, smtp_server.started.port


# --- edges on purpose ------------------------------------------------------------------------------


def _ind(name: str, target: F, tw1: Q, polaritas: str = "Positif", satuan: str = "Unit") -> Ind:
    typed = Q(target, indo(target))
    ind = Ind(name, satuan, polaritas, KUMULATIF, typed, None, [tw1, BLANK, BLANK, BLANK])
    ind.typed_polaritas, ind.typed_jenis = polaritas, KUMULATIF
    return ind


def _num(x: F) -> Q:
    return Q(x, indo(x))


def edges(skala: str, anggaran: bool) -> Desc:
    """Capaian exactly on every band edge of the report's scale, 100 and 1.234 %, a lower-is-better
    indicator, a galat cell, a status, a half-way rounding (24,585 %), and Anggaran filled or empty."""
    tujuan = [
        _ind("Indikator 1 T1", F(100), _num(F(90))),  # 90 / 100 = 90 % exactly: Tinggi (PermenPANRB)
        _ind("Indikator 2 T1", F(40), _num(F(30))),  # 30 / 40 = 75 %
        _ind("Indikator 3 T1", F(20), _num(F(13))),  # 13 / 20 = 65 %
        _ind("Indikator 4 T1", F(2), _num(F(1))),  # 1 / 2 = 50 %: Sangat Rendah
        _ind("Indikator 5 T1", F(7), _num(F(7))),  # 100 %
    ]
    sasaran = [
        _ind("Indikator 6 S1.1", F(1), _num(F(1234, 100))),  # 12,34 / 1 = 1.234 %
        # lower is better: (2 x 10 - 12) / 10 = 80 %
        _ind("Indikator 7 S1.1", F(10), _num(F(12)), polaritas="Negatif", satuan="%"),
        _ind("Indikator 8 S1.1", F(10), Q(None, "12,3,4", galat=True)),  # galat: no figure anywhere
        _ind("Indikator 9 S1.1", F(10), Q(None, STATUSES[0])),  # belum diketahui
        # 245,85 / 1.000 = 24,585 %: half way, printed 24,59 (half away from zero)
        _ind("Indikator 10 S1.1", F(1000), _num(F(24585, 100))),
        # 36,0016 / 40 = 90,004 %: Sangat Tinggi (PermenPANRB), never shown 90,00 (which reads Tinggi)
        _ind("Indikator 11 S1.1", F(40), Q(F(360016, 10000), "36,0016")),
        # 99,996 / 100: below 100 %, never shown 100,00
        _ind("Indikator 12 S1.1", F(100), Q(F(99996, 1000), "99,996")),
    ]
    s = Node("S1.1", "Sasaran", "T1", sasaran)
    t = Node("T1", "Tujuan", "", tujuan, children=[s])
    programs = []
    if anggaran:
        # 245,85 of 1.000: 24,585 % (half way); 0 of 200: 0 %; the total 245,85 of 1.200: 20,4875 %
        programs = [
            Program(
                "P1",
                "Program 1",
                "S1.1",
                "S1.1",
                _num(F(1000)),
                None,
                [_num(F(24585, 100)), BLANK, BLANK, BLANK],
            ),
            Program("P2", "Program 2", "T1", "T1", _num(F(200)), None, [_num(F(0)), BLANK, BLANK, BLANK]),
        ]
    return Desc(1, "I", skala, None, None, [t], programs, desimal=None)


@pytest.mark.parametrize("anggaran", [True, False], ids=["anggaran", "anggaran-kosong"])
@pytest.mark.parametrize("skala", [PERMENPANRB, PERMENDAGRI])
def test_edges_show_the_same_figures_in_every_front(tmp_path, server, smtp_server, skala, anggaran):  # noqa: F811
    d = edges(skala, anggaran)
    m = model(d)
    assert m.ind["Indikator 1 T1"].capaian == 90 and m.ind["Indikator 7 S1.1"].capaian == 80
    check(d, tmp_path, server, mail_server(smtp_server), analisis=anggaran)


# --- the printed fronts (real LibreOffice) ---------------------------------------------------------


def check_printed(d: Desc, tmp_path, analisis: bool = False) -> int:
    """The sheets' PDF (``pdf``) and the Word document's (``laporan --pdf``): each indicator's line
    (its name is unique) carries the capaian every other front shows, Tabel 3.4 each program's and the
    TOTAL's pagu, realisasi and persentase, and the Ringkasan sentences the model's counts and names;
    the titles name the report's period (a half year's, the year's: README "Pengaturan"). The texts
    are checked against the model (``check``'s ``agrees``). Returns the number of figures compared.
    ``analisis``: with an analysis input, the sheets' PDF prints Grafik too, whose tables' rows are
    read as Tabel 3.1's (an indicator's capaian before its kriteria) and Tabel 3.4's."""
    m = model(d)
    path = tmp_path / "oracle.xlsx"
    write(d, path, extra_pengaturan=ANALISIS if analisis else None)
    runner = CliRunner()
    for args in (["pdf", str(path), "-o", str(tmp_path / "lembar.pdf")], ["laporan", str(path), "--pdf"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    want = expected(d, m)
    found = 0
    for pdf in (tmp_path / "lembar.pdf", tmp_path / "oracle-laporan.pdf"):
        lines = pdf_lines(pdf, fixed=3)
        title = f"Tabel 3.1 Capaian Kinerja Tujuan dan Sasaran Strategis {period_said(d)}"
        assert title in lines, f"{pdf.name}: no {title!r}"
        if pdf.name == "lembar.pdf":  # (the Word table wraps its header: "Realisasi s.d." / "Semester II")
            # the column of the realisation counted; the year's may wrap its year under the header's
            # other lines: "Realisasi Tahun" / ... / "TW I TW II TW III TW IV 2025"
            label, year = realisasi_label(d), realisasi_label(d).removesuffix(" 2025")
            assert any(
                label in line
                or year != label
                and line.endswith(year)
                and "2025" in " ".join(lines[k + 1 : k + 3])
                for k, line in enumerate(lines)
            ), f"{pdf.name}: no {label}"
        found += printed_capaian(m, want, lines, pdf.name)
        found += printed_anggaran(d, m, want, lines, pdf.name)
        found += printed_efisiensi(d, want, lines, pdf.name)
        if analisis and pdf.name == "lembar.pdf":
            assert any(line.startswith(GRAFIK_3[0]) for line in lines), "lembar.pdf: no Grafik"
            found += printed_anggaran(d, m, want, lines, "lembar.pdf Grafik", GRAFIK_3)
        found += printed_ringkasan(d, m, want, lines, pdf.name)
    return found


def printed_capaian(m: Model, want: dict, lines: list[str], where: str) -> int:
    """Each indicator's capaian on its table line (the number before its kriteria, whose second word
    may wrap) and in its sentences ("Indikator 4 T1 (capaian 50,00%)")."""
    found = 0
    for name, e in m.ind.items():
        mine = [line for line in lines if re.search(re.escape(name) + r"(\s|$)", line)]
        assert mine, f"{where}: {name} not printed"
        if e.capaian is None:
            continue
        pattern = r"(\(?-?[\d.]+,\d+\)?|\(?-?[\d.]+\)?) " + re.escape(e.kriteria.split()[0]) + r"(\s|$)"
        shown = [mt.group(1) for line in mine if (mt := re.search(pattern, line))]
        said = re.escape(name) + r" \(capaian (-?[\d.]+(?:,\d+)?)%(?:\)|; )"  # "; " a satuan berbeda note
        shown += [mt.group(1) for line in mine for mt in re.finditer(said, line)]
        assert shown, f"{where}: {name} capaian not found in {mine}"
        for text in shown:
            agrees(text, want["capaian", name], f"{where} {name} capaian")
            found += 1
    return found


def printed_anggaran(
    d: Desc, m: Model, want: dict, lines: list[str], where: str, table: tuple[str, str] = TABEL_3_4
) -> int:
    """Tabel 3.4 (or Grafik's table of programs, ``table``): every program's row and Tabel 3.4's TOTAL,
    their pagu, realisasi and persentase; a figure the model does not know (a galat cell) is no number
    there (Grafik lists such a program under the chart with its reason)."""
    rows = anggaran_rows(lines, [p.kode for p in d.programs], table)
    found = 0
    for kode in [p.kode for p in d.programs] + ["TOTAL"] * (bool(d.programs) and table == TABEL_3_4):
        assert kode in rows, f"{where}: Tabel 3.4 has no row {kode}"
        figures = [want[key, kode] for key in ("pagu", "realisasi_anggaran", "penyerapan")]
        if isinstance(rows[kode], str):  # not three figures: the model must lack one
            assert None in figures, f"{where} Tabel 3.4 {kode}: {rows[kode]!r}, model {figures}"
            continue
        for text, x in zip(rows[kode], figures, strict=True):
            agrees(text, x, f"{where} Tabel 3.4 {kode}")
            found += 1
    return found


def printed_efisiensi(d: Desc, want: dict, lines: list[str], where: str) -> int:
    """Tabel 3.3: each Tujuan/Sasaran whose five figures the model knows has its row, the capaian,
    pagu, realisasi and penyerapan the model's, the efisiensi the capaian shown minus the penyerapan
    shown (the row adds up as printed: ``compare``) on the model's side of 0, and its Keterangan by the
    model's sign (README "Formulas": efisien when capaian - penyerapan >= 0)."""
    uraians = [nd.uraian for nd in d.nodes() if nd.tingkat in ("Tujuan", "Sasaran")]
    rows = efisiensi_rows(lines, uraians)
    found = 0
    for uraian in uraians:
        figures = [want[key, uraian] for key in EFISIENSI_KEYS]
        if None in figures:
            continue  # a reason in the row (Belum diketahui, a galat, no budget mapped)
        assert isinstance(rows.get(uraian), tuple), f"{where} Tabel 3.3 {uraian}: {rows.get(uraian)!r}"
        *texts, keterangan = rows[uraian]
        for text, x in zip(texts[:4], figures[:4], strict=True):
            agrees(text, x, f"{where} Tabel 3.3 {uraian}")
        shown = parse_printed(texts[0])[0] - parse_printed(texts[3])[0]
        assert parse_printed(texts[4])[0] == shown, f"{where} Tabel 3.3 {uraian}: {rows[uraian]}"
        assert (shown < 0) == (figures[4] < 0), (
            f"{where} Tabel 3.3 {uraian}: {rows[uraian]}, model {figures[4]}"
        )
        if keterangan:  # (read when on the figures' line)
            assert keterangan == ("Efisien" if figures[4] >= 0 else "Tidak efisien"), f"{where} {uraian}"
        found += 5
    return found


def printed_ringkasan(d: Desc, m: Model, want: dict, lines: list[str], where: str) -> int:
    """The Ringkasan sentences: each group's count and names as the model's (tests/fronts_kalimat.py);
    a Tujuan or Sasaran with indicators has its sentences."""
    pairs, _, _ = sentence_figures(ringkasan_sentences(lines))
    groups = model_groups(m, d)
    for key, text in pairs:
        if key[0] == "ringkasan":
            level_key = RINGKASAN_KEYS[("jumlah", *GROUP_KEYS).index(key[2])]
            agrees(text, want["ringkasan", key[1], level_key], f"{where} {key}")
        elif key[0] == "ringkasan-kalimat":
            assert same_names(text, groups.get(key, "")), (
                f"{where} {key}: {text!r}, model {groups.get(key)!r}"
            )
    said = {key for key, _ in pairs}
    for tingkat in ("Tujuan", "Sasaran"):
        if any(nd.inds for nd in d.nodes() if nd.tingkat == tingkat):
            assert ("ringkasan", tingkat, "tercapai") in said, f"{where}: no Ringkasan sentence for {tingkat}"
    return len(pairs)


@pytest.mark.slow
@pytest.mark.parametrize("skala", [PERMENPANRB, PERMENDAGRI])
def test_printed_fronts_show_the_models_figures_on_the_edges(tmp_path, skala):
    assert check_printed(edges(skala, True), tmp_path) >= 2 * 8 + 3


@pytest.mark.slow
@pytest.mark.parametrize(
    "periode, tw, typed, skala",
    [
        ("Semester I", 2, "Smt I", PERMENDAGRI),
        ("Semester II", 4, "Semester II", PERMENPANRB),
        ("Tahunan", 4, "Laporan Tahunan", PERMENDAGRI),
    ],
)
def test_printed_fronts_of_a_half_year_or_the_year_on_the_edges(tmp_path, periode, tw, typed, skala):
    # The edges' figures are all typed in TW I, so s.d. TW II and s.d. TW IV count the same figures:
    # only the names of the period change (the titles, the column "Realisasi Semester I").
    d = edges(skala, True)
    d.triwulan, d.typed_triwulan, d.periode = tw, typed, periode
    # (Semester II with an analysis input: its sheets' PDF prints Grafik, read as the tables)
    assert check_printed(d, tmp_path, analisis=periode == "Semester II") >= 2 * 8 + 3


@pytest.mark.slow
@settings(max_examples=3, **NO_SHRINK)
@given(d=descriptions(max_tujuan=1, max_sasaran=2, half_years=False))
def test_printed_fronts_show_the_models_figures(tmp_path, d):
    d.override = None
    check_printed(d, tmp_path)


@pytest.mark.slow
@settings(max_examples=3, **NO_SHRINK)
# Semester I (s.d. TW II), Semester II or the year (s.d. TW IV), typed as staff type them
@given(d=descriptions(max_tujuan=1, max_sasaran=2, only_half_years=True), analisis=st.booleans())
def test_printed_fronts_of_a_half_year_or_the_year_show_the_models_figures(tmp_path, d, analisis):
    d.override = None
    check_printed(d, tmp_path, analisis)


def test_the_sheet_formatter_shows_numbers_as_a_spreadsheet_does():
    # by hand: 690.000.000 under #,##0,, "juta" is 690 juta; 5.984.040.000.000 in milyar with two
    # decimals 5.984,04; -10,27 in the negative section's parentheses; 24,585 half away from zero
    assert shown_text(690000000, '[$-421]#,##0,, "juta"') == "690 juta"
    assert shown_text(5984040000000.0, '#,##0.00,,," milyar"') == "5.984,04 milyar"
    assert shown_text(-10.27, "#,##0.00;(#,##0.00)") == "(10,27)"
    assert shown_text(24.585, "0.00") == "24,59" and shown_text(1234, "#,##0") == "1.234"
    assert parse_printed("(10,27)") == (F(-1027, 100), 2)
    assert parse_printed("5.984,04 milyar") == (F(598404, 100) * 10**9, 2)
    assert parse_printed("Galat (Kinerja!L7)") is None and parse_printed("Menunggu data BPS") is None
