"""BAB II Perencanaan Kinerja of the LKjIP document and its Perjanjian Kinerja table (Tabel 2.1-2.4,
and Lampiran L.1 through :func:`perjanjian`): the agency's plan as the seed lays it out (seed ~329-465,
~1077), with budgets as this document writes them. Moved from lkj_xl.laporan.document, which drafts
the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lkj_xl.core import rentang
from lkj_xl.core.findings import galat_status
from lkj_xl.core.formulas import known_sum
from lkj_xl.core.kalimat import rupiah_scale, tanpa_satuan, total_pk_beda, with_satuan
from lkj_xl.core.kalimat_program import tanpa_indikator
from lkj_xl.core.layout import agency
from lkj_xl.core.model import BudgetResult, IndicatorResult, Node, Report
from lkj_xl.core.numbers import to_fraction
from lkj_xl.core.styles import column_rupiah_decimals, rupiah_figure
from lkj_xl.core.tables import capaian_program, realisasi_anggaran
from lkj_xl.core.target_sendiri import target_sendiri

if TYPE_CHECKING:
    from lkj_xl.laporan.document import _Draft


def _formulasi_kode(d: _Draft, node: Node, ind: IndicatorResult) -> str:
    """Tabel 2.1's Formulasi of an indicator without its own: Narasi's "Formulasi <Kode>" when the
    node has that one indicator, else what to fill."""
    if len(node.indicators) > 1:
        return f"[isi: Formulasi indikator ini di kolom Formulasi sheet Kinerja, baris {ind.row}]"
    return d.narasi.per_kode("Formulasi", node.kode) or f"[isi: Formulasi {node.kode}]"


def rupiah(value: float | None, decimals: int = 0) -> str:
    """An amount as the sheet's tables show it: its sen where it has any; ``decimals``: its column's
    (styles.column_rupiah_decimals: "10.000.000,00" above "9.999.999,60")."""
    return "-" if value is None else rupiah_figure(value, decimals)


def pagu(value: float | None, galat: list[str], decimals: int = 0) -> str:
    """A budget as Tabel 3.3 / 3.4 show it: an unreadable cell says so ("Galat (Anggaran!D5)"), never "-"
    (this document's word for "no budget")."""
    return galat_status(galat) if value is None and galat else rupiah(value, decimals)


def levels(report: Report, *tingkat: str) -> list[Node]:
    return [n for n in report.nodes() if n.tingkat in tingkat]


def bab2(d: _Draft) -> None:
    r, s = d.report, d.report.settings
    name = agency(s.perangkat_daerah, "") or "Perangkat Daerah"
    tahun = f" Tahun {s.tahun or '?'}" if s.tahun or s.tahun_galat else ""  # (unreadable: "Tahun ?")
    d.heading("BAB II PERENCANAAN KINERJA", 1)
    d.heading("2.1 Target Tujuan Perangkat Daerah", 2)
    d.narasi_or_placeholder("Indikator Kinerja Utama")
    d.caption_table(f"Tabel 2.1 Indikator Kinerja Utama {name}{tahun}")
    parts = []
    for tingkat, label in (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis")):
        rows = []
        number = 0
        for node in levels(r, tingkat):
            for i, ind in enumerate(node.indicators):
                number += 1 if i == 0 else 0
                rows.append(
                    [
                        f"{number}." if i == 0 else "",
                        node.uraian if i == 0 else "",
                        ind.indikator,
                        ind.satuan,
                        # The indicator's own text first: the one 3.1.3 prints. Narasi's is per
                        # Kode: one indicator's formula, never its sibling's (a % beside a count).
                        ind.formulasi or _formulasi_kode(d, node, ind),
                        ind.sumber_data
                        or d.narasi.per_kode("Sumber Data", node.kode)
                        or f"[isi: Sumber Data {node.kode}]",
                    ]
                )
        parts.append((["No", label, "Indikator Kinerja Utama", "Satuan", "Formulasi", "Sumber Data"], rows))
    _tables_by_level(d, parts, [1, 5, 5, 2, 5, 3])
    d.caption_table(f"Tabel 2.2 Target Indikator Kinerja Utama {name}{tahun}")
    # After the APBD-P the PK's target, as signed, and the Target Perubahan beside it (as Tabel 2.3)
    revised = any(ind.target_pk is not None for n in levels(r, "Tujuan", "Sasaran") for ind in n.indicators)
    parts = []
    for tingkat, label in (("Tujuan", "Tujuan"), ("Sasaran", "Sasaran Strategis")):
        rows = []
        for number, node in enumerate(levels(r, tingkat), start=1):
            for i, ind in enumerate(node.indicators):
                row = [f"{number}." if i == 0 else "", node.uraian if i == 0 else "", ind.indikator]
                rows.append([*row, *pk_targets(d, ind)[: 1 + revised]])
        parts.append((["No", label, "Indikator Kinerja Utama", *target_headers(tahun, revised)], rows))
    _tables_by_level(d, parts, [1, 5, 5, 2.5, 2.5] if revised else [1, 6, 6, 3])

    d.heading(f"2.2 Perjanjian Kinerja{tahun}", 2)
    d.narasi_or_placeholder("Perjanjian Kinerja")
    perjanjian(d, f"Tabel 2.3 Perjanjian Kinerja Kepala {name}{tahun}")

    d.section(landscape=True)
    d.heading("2.3 Program dan Kegiatan yang Mendukung IKU", 2)
    d.narasi_or_placeholder("Program dan Kegiatan")
    _program_kegiatan(d, f"Tabel 2.4 Program dan Kegiatan yang Mendukung IKU{tahun}", tahun)


def _tables_by_level(d: _Draft, parts: list[tuple[list[str], list[list[str]]]], widths: list[float]) -> None:
    """Tabel 2.1 / 2.2: the Tujuan and the Sasaran each a table of its own under its own header, as the
    seed's Tabel 2.2 (l.353-366): one table repeated "No | Tujuan" on the pages its Sasaran ran onto.
    The same column widths for both (sized over all their rows)."""
    every = [row for headers, rows in parts for row in [headers, *rows]]
    for headers, rows in parts:
        d.simple_table(headers, rows, widths, sizing=every)


# The most rows of one node Tabel 2.4 holds on one page (more: only its last row, with its first child).
KEPT_ROWS = 10


def _program_kegiatan(d: _Draft, caption: str, tahun: str) -> None:
    """Tabel 2.4: every node with its indicators' targets and its budget; after the APBD-P the
    Perjanjian Kinerja's, as signed, with the Target / Anggaran Perubahan beside them (as Tabel 2.2
    and 2.3): the Inspektorat checks the LKjIP against the signed PK."""
    r = d.report
    d.caption_table(caption)
    rows, emphasis = [], {}
    revised = any(ind.target_pk is not None for ind in r.indicators)
    revised_pagu = any(node.pagu_perubahan for node in r.nodes())
    counters: dict[str, int] = {}
    tanpa = tanpa_indikator(r)
    spans: list[tuple[int, int, int]] = []  # each node's first and last row, and its depth
    # each Anggaran column's decimals, column-wide ("10.000.000,00" above "1.234.567,50"), as Tabel 3.4
    sen = _pagu_decimals(list(r.nodes()), tanpa)
    for node in r.nodes():
        label = capaian_program.node_label(node, counters)
        first = len(rows)
        for i, ind in enumerate(node.indicators or [None]):
            if i == 0 and node.tingkat in ("Tujuan", "Sasaran"):
                emphasis[len(rows)] = "total" if node.tingkat == "Tujuan" else "bold"
            budget = _node_pagu(node, sen)[: 1 + revised_pagu] if i == 0 else [""] * (1 + revised_pagu)
            row = [label if i == 0 else "", ind.indikator if ind else "-"]
            rows.append([*row, *pk_targets(d, ind)[: 1 + revised], *budget])
        spans.append((first, len(rows) - 1, node.depth))
        # a program of Anggaran without indicator counted toward this node (Kode Sasaran, or its
        # Kinerja row's Kode Induk): listed, so that the programs add up to the node's Anggaran
        for b in (b for b in tanpa if b.kode_sasaran == node.kode):
            signed = (
                pagu(float(b.pagu_pk_exact), [], sen[0])
                if b.pagu_pk_exact is not None
                else pagu(None, b.galat_pagu)
            )
            used = pagu(b.pagu, b.galat, sen[1])
            figures = [signed if b.pagu_pk is not None else used, used][: 1 + revised_pagu]
            rows.append([f"Program: {b.program or b.kode}", "-", *["-"] * (1 + revised), *figures])
            spans.append((len(rows) - 1, len(rows) - 1, node.depth + 1))
    header = ["Tujuan/Sasaran Strategis/Program/Kegiatan", "Indikator", *target_headers(tahun, revised)]
    header += ["Anggaran (Rp)", "Anggaran Perubahan (Rp)"][: 1 + revised_pagu]
    figures = len(header) - 2  # the label and indicator give up 1 cm to each column added
    # a Tujuan, Sasaran or program never ends a page its programs or kegiatan start the next (Tabel 3.2);
    # a node's own rows held together only when few (unmerged here): 45 left 40 % of a page blank
    kept = {row for a, b in capaian_program.kept_with_first_child(spans) for row in range(a, b)}
    kept -= {row for a, b, _ in spans if b - a >= KEPT_ROWS for row in range(a, b)}
    d.simple_table(header, rows, [11 - figures, 10 - figures, *[3.5] * figures], emphasis, keep=kept)


def _pagu_decimals(nodes: list[Node], tanpa: list[BudgetResult]) -> tuple[int, int]:
    """The decimals of Tabel 2.4's two Anggaran columns (as signed, as used): column-wide, 2 at most."""
    figures = [node_pagu(n) for n in nodes]
    signed = [signed for signed, _, _ in figures]
    signed += [
        float(b.pagu_pk_exact) if b.pagu_pk is not None and b.pagu_pk_exact is not None else b.pagu
        for b in tanpa
    ]
    used = [used for _, used, _ in figures] + [b.pagu for b in tanpa]
    return column_rupiah_decimals(signed), column_rupiah_decimals(used)


def node_pagu(node: Node) -> tuple[float | None, float | None, list[str]]:
    """A node's budget as the Perjanjian Kinerja signed it, the one used, and the cells that left it
    unknown. A Kegiatan without an Anggaran row of its own whose Sub Kegiatan each have one: their sum
    (2.000.000.000 + 1.578.850.965, never "-"); one of them without: unknown (a part is no total)."""
    galat = node.galat_pagu or node.galat_anggaran
    signed = node.pagu_pk if node.pagu_perubahan else node.pagu
    if node.pagu is not None or galat or node.tingkat != "Kegiatan" or not node.children:
        return signed, node.pagu, galat
    parts = [node_pagu(child) for child in node.children]
    galat = [ref for _, _, refs in parts for ref in refs]
    if galat:
        return None, None, galat

    def total(values: list[float | None]) -> float | None:
        known = known_sum([to_fraction(v) if v is not None else None for v in values])
        return float(known) if known is not None else None

    return total([s for s, _, _ in parts]), total([u for _, u, _ in parts]), []


def _node_pagu(node: Node, decimals: tuple[int, int]) -> list[str]:
    """A node's budget as the Perjanjian Kinerja signed it and the one used (the same without a Pagu
    Perubahan among its programs), with ``decimals`` of their columns (:func:`node_pagu`); an
    unreadable cell says so, "-" no budget."""
    signed, used, galat = node_pagu(node)
    return [pagu(signed, galat, decimals[0]), pagu(used, galat, decimals[1])]


def target_with_satuan(text: str, ind: IndicatorResult | None) -> str:
    """A target with its unit, as the sentences write it ("40,71%", "400 IKM", "Rp 1.491.388.500.000"),
    a rupiah figure in a scale word as a table prints it ("5.984,04 milyar": :func:`in_table`); a target that is no figure ("Galat (Kinerja!I12)") is shown as the sheet shows it."""
    if ind is None:
        return text
    if ind.target is None:  # a range typed ("75 - 80", "1.500 - 2.000"): its Satuan as a figure's
        return in_table(with_satuan(text, ind.satuan), ind.satuan) if rentang.bare(text) else text
    return in_table(with_satuan(text, ind.satuan, ind.scale_word), ind.satuan)


def in_table(text: str, satuan: str) -> str:
    """A target of :func:`with_satuan` as a table cell prints it: a rupiah figure in a scale word as
    the seed's Tabel 2.2 / 2.3 print it ("5.984,04 milyar", l.358, beside "Rp 1.491.388.500.000",
    l.413), where a sentence writes "Rp 5.984,04 milyar". Under a Satuan naming the scale, which these
    tables have no column for, the figure as Tabel 3.1 prints it beside its Satuan, with the Satuan's
    words: "1.500 Juta Rupiah" (never "1.500 juta", its Rupiah lost); one opening with Rp as a
    sentence writes it, "Rp 1.191.064,10 juta" (Satuan "Rp. Juta", the seed's l.1118)."""
    money = rupiah_scale(satuan)
    if money is None or not text[-1:].isalpha():
        return text
    if money and text.endswith(f" {money}"):  # the Satuan's own scale word
        unit = satuan.strip()
        return text if unit.casefold().startswith("rp") else f"{tanpa_satuan(text, unit)} {unit}"
    return f"-{text[4:]}" if text.startswith("-Rp ") else text.removeprefix("Rp ")


def target_headers(tahun: str, revised: bool) -> list[str]:
    """The target columns of a Perjanjian Kinerja table: the PK's, and after the APBD-P the Target
    Perubahan beside it."""
    return [f"Target{tahun}", f"Target Perubahan{tahun}"][: 1 + revised]


# A rupiah figure with one decimal, alone or before its scale word ("1,5 milyar", "Rp 1.191.064,1")
_ONE_DECIMAL = re.compile(r"(\d,\d)(?=$| [^\W\d]+$)")


def pk_targets(d: _Draft, ind: IndicatorResult | None, *, satuan: bool = True) -> list[str]:
    """An indicator's target as the Perjanjian Kinerja signed it, and the target used (the Target
    Perubahan, the same when there is none); "-" without an indicator. A figure with the decimals it
    was typed with ("30 Menit", "3,5 Indeks"): these tables show no capaian for a reader to recompute
    from it (Tabel 3.2 prints "30,000" beside a realisasi 32,667); else as Tabel 3.2 shows it ("WTP",
    "Galat (Kinerja!I12)"). ``satuan``: with the unit ("400 IKM"); False in a table with a Satuan column
    beside the targets (Tabel L.2), which shows the figure alone ("400"), as Tabel 3.1 and 3.2 do."""
    if ind is None:
        return ["-", "-"]
    figures = d.shown.get(id(ind))
    # a formula's figure with no decimals of its own (=1/3) as Tabel 3.2 shows it, never 0,3333333333
    # (as the sentences name it, kalimat.angka_indikator: one helper; a rupiah figure in its scale word
    # as Tabel 3.1 shows it where that table is drawn, 1,50 milyar, and to the sen, 1.191.064,10 juta)
    rupiah = rupiah_scale(ind.satuan) is not None
    own = (
        None
        if ind.target is None
        else target_sendiri(ind.target, ind.scale_word, rupiah, skala_tabel=figures is not None)
    )
    if own is not None:
        target = with_satuan(own, ind.satuan, ind.scale_word)
        target = in_table(target, ind.satuan) if satuan else tanpa_satuan(target, ind.satuan)
    else:
        shown = figures.target if figures else ind.target_text
        target = target_with_satuan(shown, ind) if satuan else shown
    pk = ind.target_pk_sendiri or ind.target_pk
    if pk is not None and ind.target_awal is not None:  # a figure, with its unit (tertulis)
        if rupiah_scale(ind.satuan) is not None:  # (to the sen as the Target beside it: 1,50 milyar)
            pk = _ONE_DECIMAL.sub(r"\g<1>0", pk, count=1)
        pk = in_table(pk, ind.satuan) if satuan else tanpa_satuan(pk, ind.satuan)
    return [pk if pk is not None else target, target]


def perjanjian(d: _Draft, caption: str) -> None:
    """The Perjanjian Kinerja: its Sasaran targets and program budgets as signed; after the APBD-P
    (a Target or Pagu Perubahan used) the revised figures in a column beside them, as the seed's
    matrix keeps "TARGET 2025" and "TARGET P - RENJA 2025" apart (seed ~1119)."""
    r = d.report
    # ("Target 2025"; unreadable "Target Tahun ?": a bare "?" would read as a question)
    tahun = f" {r.settings.tahun}" if r.settings.tahun else " Tahun ?" if r.settings.tahun_galat else ""
    d.caption_table(caption)
    rows = []
    indicators = [ind for node in levels(r, "Sasaran") for ind in node.indicators]
    revised = any(ind.target_pk is not None for ind in indicators)
    for number, node in enumerate(levels(r, "Sasaran"), start=1):
        for i, ind in enumerate(node.indicators):
            row = [f"{number}." if i == 0 else "", node.uraian if i == 0 else "", ind.indikator]
            rows.append([*row, *pk_targets(d, ind)])
    header = ["No", "Sasaran Strategis", "Indikator Kinerja", *target_headers(tahun, revised)]
    if revised:
        d.simple_table(header, rows, [1, 5, 5, 2.5, 2.5])
    else:
        d.simple_table(header, [row[:4] for row in rows], [1, 6, 6, 3])
    _anggaran(d, r)


def _anggaran(d: _Draft, r: Report) -> None:
    """The Perjanjian Kinerja's program budgets, and under them Pengaturan's Total Pagu Perjanjian
    Kinerja when it is another figure than their Jumlah (said as the mail and 3.2.4 say it)."""
    _anggaran_table(d, r)
    if beda := total_pk_beda(r.budgets, r.settings):
        d.doc.add_paragraph(f"{beda}.")


def _anggaran_table(d: _Draft, r: Report) -> None:
    """The Perjanjian Kinerja's program budgets; the Pagu Perubahan beside them when one is used."""
    sen = column_rupiah_decimals([*(b.pagu for b in r.budgets), r.total_pagu])  # the column's decimals
    total = pagu(r.total_pagu, realisasi_anggaran.total_pagu_galat(r), sen)
    if not any(b.pagu_pk is not None for b in r.budgets):
        rows = [[f"{i}.", b.program, pagu(b.pagu, b.galat, sen)] for i, b in enumerate(r.budgets, start=1)]
        rows.append(["", "Jumlah", total])
        d.simple_table(["No", "Program", "Anggaran (Rp)"], rows, [1, 11, 4], {len(rows) - 1: "total"})
        return
    signed = [b.pagu_pk_exact for b in r.budgets]
    known = known_sum(signed)
    sen_pk = column_rupiah_decimals([*signed, known])
    rows = [
        [
            f"{i}.",
            b.program,
            rupiah(float(old), sen_pk) if old is not None else pagu(None, b.galat_pagu),
            pagu(b.pagu, b.galat, sen),
        ]
        for i, (b, old) in enumerate(zip(r.budgets, signed), start=1)
    ]
    rows.append(["", "Jumlah", rupiah(float(known), sen_pk) if known is not None else "-", total])
    header = ["No", "Program", "Anggaran (Rp)", "Anggaran Perubahan (Rp)"]
    d.simple_table(header, rows, [1, 9, 3, 3], {len(rows) - 1: "total"})
