"""Belanja Tidak Terduga (BTT, `5.3`) pasted among the programs of Anggaran (a BPBD's DPA): a kelompok
belanja of its own (Permendagri 90/2019: 5.1 operasi, 5.2 modal, 5.3 tidak terduga), budgeted and
spent outside any program, so never the rincian of the program row above it (it was compared with that
program as its rincian, "tidak sama dengan jumlah rinciannya") and no program of Tabel 3.4. Left out
before the rincian are read, a peringatan at its Kode; with a Kode Sasaran typed (the agency counts it
toward a Sasaran) it stays a row of its own, as any belanja line so typed. Pure."""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.heading_signs import for_sasaran
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Node

# ("Belanja Tak Terduga" as staff often write it; "BTT" alone beside its Kode)
_BTT = re.compile(r"\b(?:tidak|tak)\s+terduga\b|\bBTT\b", re.IGNORECASE)
# SIPD's account Kode of the kelompok and its lines ("5.3", "5.3.01", "5.3.01.01.01.0001").
_BTT_KODE = re.compile(r"5\.3(?:\.\d+)*")


def is_btt(item: BudgetInput, nodes: dict[str, Node]) -> bool:
    """A Belanja Tidak Terduga line of the DPA: its Kode the kelompok's (5.3) or a line of it, its Uraian
    naming it, no node of Kinerja, no Kode Sasaran."""
    return bool(
        item.kode
        and not item.kode_galat
        and item.node_kode not in nodes
        and _BTT_KODE.fullmatch(item.kode.strip().rstrip("."))
        and _BTT.search(item.program)
        and not for_sasaran(item)
    )


def without_btt(inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count: each Belanja Tidak Terduga line left out, a peringatan at its Kode."""
    left: list[BudgetInput] = []
    for item in inputs:
        if not is_btt(item, nodes):
            left.append(item)
            continue
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}: Belanja Tidak Terduga adalah '
            "kelompok belanja tersendiri (untuk keadaan darurat dan bencana), di luar program mana pun, jadi "
            "bukan rincian program di dekatnya dan bukan program: tidak dihitung (tidak masuk total Tabel 3.4, "
            "yang memuat belanja program); bila anggaran ini memang diperjanjikan untuk satu sasaran, isi Kode "
            "Sasarannya",
            LEFT_OUT,
        )
    return left
