"""3.2.3 of the Analisis Capaian narrative (lkj_xl.core.analisis_teks): per Tujuan its indicator, per
Sasaran the programs that support it with their kegiatan, figures and budget, and how their
indicators fared (seed 3.2.3). Pure: standard library only."""

from __future__ import annotations

from lkj_xl.core.analisis_bagian import (
    BUTIR,
    LABEL,
    PROGRAM,
    Bagian,
    Blok,
    analisis_entries,
    faktor_butir,
    node_labels,
    nomor_butir,
    top_nodes,
)
from lkj_xl.core.galat_sebab import galat_anggaran_teks
from lkj_xl.core.kalimat import (
    angka_indikator,
    daftar,
    data_sampai,
    nama_node,
    pagu_perubahan,
    rentang_kurung,
    rupiah,
    satuan_beda,
    sd,
    target_dipakai,
    target_perubahan,
)
from lkj_xl.core.kalimat_program import anggaran_tanpa_indikator, melebihi_pagu_teks
from lkj_xl.core.model import IndicatorResult, Node, Report, Settings
from lkj_xl.core.penyerapan import serapan_persen


def _indikator_hasil(ind: IndicatorResult, settings: Settings) -> str:
    """ "target T dan realisasi R sehingga capaiannya C tergolong K" (seed 3.2.3), or why unknown."""
    a = angka_indikator(ind, settings)
    if ind.galat:
        # an unreadable target has no figure to name (its text is the galat label, as in 3.1.3)
        target = (
            f"target {a.target}{target_perubahan(ind)}"
            if target_dipakai(ind)
            else "target yang tidak dapat dipakai"
        )
        return f"{target}; capaiannya tidak dihitung karena terdapat galat pada sel {', '.join(ind.galat)}"
    target = f"target {a.target}{target_perubahan(ind)}"
    if not a.capaian:
        if ind.realisasi_text:  # a grade below its target: no capaian is invented
            said = data_sampai(ind, settings)  # (an earlier quarter's grade: said, as of a figure)
            return f"{target} dan realisasi {a.realisasi}{said}, di bawah target; capaian (%) tidak dihitung"
        if ind.realisasi is None:
            why = ind.status or "belum ada realisasi"
            return f"{target}, realisasinya belum diketahui ({why}) sehingga capaiannya belum diketahui"
        return f"{target} dan realisasi {a.realisasi}, sehingga capaiannya belum diketahui"
    return (
        f"{target} dan realisasi {a.realisasi}{data_sampai(ind, settings)} sehingga capaiannya "
        f"{a.capaian}{rentang_kurung(ind)}{satuan_beda(ind)} tergolong "
        f"{a.kriteria.lower()}"
    )


def _anggaran_kalimat(node: Node, report: Report) -> str:
    settings, findings = report.settings, report.findings
    if node.galat_anggaran:
        return f"Anggaran program ini tidak dihitung karena {galat_anggaran_teks(findings, node.galat_anggaran)}."
    if node.pagu is None:
        return "Anggaran program ini tidak tercatat di lembar Anggaran."
    # (spent above the pagu by sen, "melebihi pagu sebesar Rp 0,40": both amounts with their sen, as
    # every amount: styles.amount_decimals)
    text = (
        f"Anggaran program ini sebesar {rupiah(node.pagu)}{pagu_perubahan(node.pagu_perubahan, node.pagu_pk)}"
    )
    if node.realisasi_anggaran is not None:
        text += f" dengan realisasi {sd(settings)} sebesar {rupiah(node.realisasi_anggaran)}"
    if node.penyerapan is not None:
        text += f" atau penyerapan {serapan_persen(node.penyerapan, settings.desimal)}"
        rows = {b.row for b in report.budgets if b.kode == node.kode and not b.rekening}
        text += melebihi_pagu_teks(node.realisasi_anggaran, node.pagu, rows, findings)
    return text + "."


def _node_kalimat(node: Node, settings: Settings) -> str:
    """A program's or activity's indicators with their figures, in one sentence."""
    name = nama_node(node.tingkat, node.uraian)
    if not node.indicators:
        return f"{name} (tanpa indikator)"
    if len(node.indicators) == 1:
        ind = node.indicators[0]
        return f"{name} dengan indikator {ind.indikator}, {_indikator_hasil(ind, settings)}"
    parts = [f"{ind.indikator}: {_indikator_hasil(ind, settings)}" for ind in node.indicators]
    return f"{name} dengan {len(parts)} indikator, yaitu " + "; ".join(parts)


def _program(bagian: Bagian, report: Report, program: Node, number: int) -> None:
    s = report.settings
    text = f"{_node_kalimat(program, s)}. {_anggaran_kalimat(program, report)}"
    bagian.blok.append(Blok(BUTIR, text, nomor_butir(number, "1)"), 0))
    faktor_butir(
        bagian, analisis_entries(report, program.kode), "program ini", tingkat=1, findings=report.findings
    )
    kegiatan = program.children
    if kegiatan:
        count = len(kegiatan)
        lead = f"Program ini diwujudkan dalam pelaksanaan {count} kegiatan sebagai berikut:"
        bagian.blok.append(Blok(BUTIR, lead, "", 1))
        for child in kegiatan:
            bagian.blok.append(Blok(BUTIR, f"{_node_kalimat(child, s)}.", "-", 1))
            faktor_butir(
                bagian,
                analisis_entries(report, child.kode),
                "kegiatan ini",
                tingkat=2,
                findings=report.findings,
            )
            for sub in child.children:
                bagian.blok.append(Blok(BUTIR, f"{_node_kalimat(sub, s)}.", "-", 2))


def _rekap(programs: list[Node]) -> str:
    """How the program indicators under a Sasaran fared (seed 3.2.3's closing sentence, from data)."""
    inds = [i for p in programs for i in p.indicators]
    if not inds:
        return ""
    tercapai = sum(1 for i in inds if i.capaian_exact is not None and i.capaian_exact >= 100)
    belum = sum(
        1
        for i in inds  # (a grade below its target has no capaian and is below target: summary counts it so)
        if (i.capaian_exact is not None and i.capaian_exact < 100)
        or (i.realisasi_text and i.capaian_exact is None)
    )
    # Counted as the summary counts them (lkj_xl.core.summary): a galat is not "belum diketahui"
    galat = [i for i in inds if i.capaian_exact is None and i.galat]
    unknown = len(inds) - tercapai - belum - len(galat)
    # Only the groups that hold indicators ("0 indikator" is no Indonesian a reader expects); none met
    # is said in words, as the summary says it ("Tidak ada ..."): the reader looks for it first.
    parts = [
        f"{belum} indikator di bawah target" if belum else "",
        f"{unknown} indikator belum diketahui capaiannya" if unknown else "",
    ]
    if galat:
        cells = ", ".join(cell for i in galat for cell in i.galat)
        parts.append(f"{len(galat)} indikator tidak dihitung karena isiannya galat (sel {cells})")
    lead = f"Dari {len(inds)} indikator program yang menunjang sasaran ini"
    if not tercapai:
        return f"{lead}, tidak ada yang mencapai target (capaian ≥ 100%): {daftar(parts)}."
    return f"{lead}, {daftar([f'{tercapai} indikator mencapai target (capaian ≥ 100%)', *parts])}."


def program_kegiatan(report: Report) -> Bagian:
    """3.2.3: per Tujuan its indicator, per Sasaran the programs that support it with their kegiatan."""
    s = report.settings
    bagian = Bagian(PROGRAM)
    opd = s.perangkat_daerah.strip() or "perangkat daerah"
    bagian.paragraf(
        f"Dalam pencapaian kinerja tujuan dan sasaran {opd} ditunjang oleh program dan kegiatan yang "
        "mendukung keberhasilan ataupun kegagalan pencapaian kinerja tersebut. Adapun program tersebut "
        "dapat dijabarkan sebagai berikut:"
    )
    labels = node_labels(report)
    for node in top_nodes(report):
        bagian.subjudul(labels[id(node)])
        for ind in node.indicators:
            bagian.paragraf(f"Indikator {ind.indikator} dengan {_indikator_hasil(ind, s)}.")
        programs = [child for child in node.children if child.tingkat not in LABEL]
        if node.tingkat == "Tujuan" and not programs:
            # its pagu in Tabel 3.3 may still hold a program without indicators counted toward it
            if lain := anggaran_tanpa_indikator(node, report, juga=bool(node.children)):
                bagian.paragraf(lain)
            continue
        names = daftar([i.indikator for i in node.indicators]) or "-"
        if not programs:  # its budget may still come from programs without indicators (below)
            bagian.paragraf(
                f"{node.tingkat} ini diukur dengan indikator {names}; belum ada program yang dipetakan "
                "kepadanya di lembar Kinerja."
            )
        else:
            bagian.paragraf(
                f"{node.tingkat} ini diukur dengan indikator {names} ditunjang oleh {len(programs)} "
                "program yaitu:"
            )
            for number, program in enumerate(programs, start=1):
                _program(bagian, report, program, number)
            bagian.paragraf(_rekap(programs))
        if lain := anggaran_tanpa_indikator(node, report, juga=bool(programs)):
            bagian.paragraf(lain)
    return bagian
