"""Belanja Tidak Terduga (BTT, `5.3`) pasted among the programs of Anggaran (a BPBD's DPA), and Belanja
Transfer (`5.4`: Bagi Hasil 5.4.01, Bantuan Keuangan 5.4.02, to other governments and to desa): each a
kelompok belanja of its own (Permendagri 90/2019: 5.1 operasi, 5.2 modal, 5.3 tidak terduga, 5.4
transfer), budgeted by the SKPKD and spent outside any program's Kegiatan, so never the rincian of the
program row above it (it was compared with that program as its rincian, "tidak sama dengan jumlah
rinciannya") and no program of Tabel 3.4. Left out before the rincian are read, a peringatan at its
Kode; with a Kode Sasaran typed (the agency counts it toward a Sasaran) it stays a row of its own, as
any belanja line so typed. Only with its Uraian naming the kelompok (a Kode alone may be a slip). Pure."""

from __future__ import annotations

import re

from lkj_xl.core import contract as c
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.heading_signs import for_sasaran
from lkj_xl.core.kode_kinerja import not_in_kinerja
from lkj_xl.core.model import LEFT_OUT, PERINGATAN, BudgetInput, Node

# Each kelompok: its SIPD account Kode ("5.3", "5.3.01", "5.3.01.01.01.0001"), the words naming it in an
# Uraian ("Belanja Tak Terduga" as staff often write it, "BTT" alone; "Belanja Bantuan Keuangan kepada
# Pemerintah Desa", "Bantuan Keuangan Khusus kepada Desa" of 5.4.02's lines), and what the peringatan says.
_KELOMPOK = (
    (
        re.compile(r"5\.3(?:\.\d+)*"),
        re.compile(r"\b(?:tidak|tak)\s+terduga\b|\bBTT\b", re.IGNORECASE),
        "Belanja Tidak Terduga adalah kelompok belanja tersendiri (untuk keadaan darurat dan bencana)",
    ),
    (
        re.compile(r"5\.4(?:\.\d+)*"),
        re.compile(r"\btransfer\b|\bbagi[\s-]+hasil\b|\bbantuan\s+keuangan\b|\bbankeu\b", re.IGNORECASE),
        "Belanja Transfer (bagi hasil dan bantuan keuangan kepada daerah lain dan desa) adalah kelompok "
        "belanja tersendiri, dianggarkan pada SKPKD",
    ),
)


def _kelompok(item: BudgetInput, nodes: dict[str, Node], above: tuple[str, str] | None) -> str:
    """What the peringatan says of a Belanja Tidak Terduga or Belanja Transfer line of the DPA: its Kode
    the kelompok's (5.3, 5.4) or a line of it, its Uraian naming it, no node of Kinerja, no Kode
    Sasaran; or a line whose Kode extends that of such a line atop the run of lines left out right above
    it (``above``: its Kode and what was said: SIPD's object line "5.4.02.05.01.0001 Alokasi Dana Desa" under "5.4.02 Belanja
    Bantuan Keuangan"); "" for any other row."""
    if not item.kode or item.kode_galat or item.node_kode in nodes or for_sasaran(item):
        return ""
    kode = item.kode.strip().rstrip(".")
    if above is not None and kode.startswith(above[0] + "."):
        return above[1]
    return next(
        (said for k, named, said in _KELOMPOK if k.fullmatch(kode) and named.search(item.program)), ""
    )


def without_btt(inputs: list[BudgetInput], nodes: dict[str, Node], log: FindingLog) -> list[BudgetInput]:
    """The budget rows to count: each Belanja Tidak Terduga or Belanja Transfer line left out, a
    peringatan at its Kode."""
    left: list[BudgetInput] = []
    above: tuple[str, str] | None = None  # (the run of lines left out right above: its first Kode, kelompok)
    for item in inputs:
        if not (kelompok := _kelompok(item, nodes, above)):
            left.append(item)
            above = None
            continue
        kode = item.kode.strip().rstrip(".")
        if above is None or not kode.startswith(above[0] + "."):  # (kept: the run's kelompok line)
            above = (kode, kelompok)
        log.add(
            PERINGATAN,
            c.SHEET_ANGGARAN,
            "Kode",
            item.row,
            f'Kode "{item.kode}" ("{item.program}") {not_in_kinerja(item, nodes)}: {kelompok}, di luar program '
            "mana pun, jadi bukan rincian program di dekatnya dan bukan program: tidak dihitung (tidak masuk total Tabel 3.4, "
            "yang memuat belanja program); bila anggaran ini memang diperjanjikan untuk satu sasaran, isi Kode "
            "Sasarannya",
            LEFT_OUT,
        )
    return left
