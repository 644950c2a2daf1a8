"""(narasi62) An earlier period's capaian written in an Analisis text, compared with that period's own:
"capaian pada TW II sebesar 69%" in the year's report, where the TW II report's capaian is 74 %. It was
read as another period's and never compared (a wrong figure printed without a word). That period's
capaian is the engine's own (its indicator computed as the TW II report computes it, :class:`Dulu`), never
a second formula.

Narrowly: a capaian (narasi63: or a realisasi, against the quarter's own as typed and up to it as computed,
staff write both) named for one quarter
or half year of the report's year ending before the report's period, between the noun and the figure,
opening its clause or right after the figure; nothing else making it another figure (a bound, a change,
a target's, a plan: :func:`angka_teks._lain` with the period left out). A quarter alone of a Kumulatif or
Rata-rata indicator with a figure before it may be the quarter's own share: not compared. Quiet where that
period cannot be computed: its last quarter blank or a status, a galat. Pure; angka_teks calls it with the
engine's indicator function (this module imports neither).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from fractions import Fraction

from lkj_xl.core import angka_pola as pola
from lkj_xl.core import contract as c
from lkj_xl.core.angka_banding import banding, boleh
from lkj_xl.core.angka_berikut import lebih_awal
from lkj_xl.core.angka_kata import SESUDAH, akhir_kalimat
from lkj_xl.core.findings import FindingLog
from lkj_xl.core.hierarchy import node_capaian
from lkj_xl.core.model import IndicatorInput, IndicatorResult, Node, Settings, Value
from lkj_xl.core.nama_periode import number_named
from lkj_xl.core.numbers import is_percent_unit, to_fraction
from lkj_xl.core.periode_diminta import seperti

# the engine's indicator function (engine._indicator): an input row, the settings, the quarter, a log
Hitung = Callable[[IndicatorInput, Settings, int, FindingLog], IndicatorResult]
# (rev_narasi62) the period right after the figure, no comma: after one it opens the next clause, "Capaian
# 96%, pada TW II hanya 48%"
_PADA = re.compile(r"\s*(?:(?:pada|di|untuk|selama|dalam)\s+)?", re.IGNORECASE)
_PEMBUKA = re.compile(
    r"\s*(?:(?:dan|serta|sedangkan|sementara|namun|tetapi)\s+)?(?:(?:pada|di|untuk|selama|dalam)\s+)?$",
    re.IGNORECASE,
)

# (narasi63) the noun is a target's: "Target capaian TW I sebesar 40%", "Target realisasi pada TW I ..." (the
# quarter's target, never reached: told as TW I's capaian before)
_TARGET_NOUN = re.compile(r"\btarget(?:nya)?\s+$", re.IGNORECASE)

# (narasi63) a sentence of the budget: an earlier period's realisasi in it may be the spending's ("Realisasi
# anggaran ... 61,2% dari pagu, lebih tinggi dibandingkan realisasi s.d. triwulan II yang sebesar 36%")
ANGGARAN = re.compile(
    r"\b(?:anggaran|keuangan|pagu|serapan|penyerapan|belanja|dana|tapd|sp2d|dpa|rp)\b", re.IGNORECASE
)


def kalimat_angka(match: re.Match[str]) -> str:
    """``match``'s sentence (:data:`angka_kata.SESUDAH`'s bounds)."""
    ends = akhir_kalimat(match.string, match.start())
    after = SESUDAH.search(match.string, match.end())
    return match.string[ends[-1] if ends else 0 : after.start() if after else len(match.string)]


@dataclasses.dataclass
class Dulu:
    """Each indicator's figures as an earlier report computes them (a quarter's, 1-3), computed when a
    text names that period's capaian; ``said``: the cell's figures found wrong, by quarter."""

    items: Sequence[IndicatorInput]
    settings: Settings
    hitung: Hitung
    columns: dict[str, dict[str, str]]
    said: dict[int, list[str]] = dataclasses.field(default_factory=dict)
    _cache: dict[tuple[int, int], IndicatorResult | None] = dataclasses.field(default_factory=dict)
    # (row, quarter) -> the capaian against the Perjanjian Kinerja's Target of a row with a Target Perubahan
    _pk: dict[tuple[int, int], list[Fraction]] = dataclasses.field(default_factory=dict)

    def _hasil(self, row: int, quarter: int) -> IndicatorResult | None:
        """The indicator of Kinerja's ``row`` computed as the report of ``quarter`` computes it; None when
        that quarter holds no figure or its capaian is not computed."""
        if (row, quarter) not in self._cache:
            item = next((i for i in self.items if i.row == row), None)
            hasil = None
            if (
                item is not None
                and quarter <= len(item.realisasi_tw)
                and item.realisasi_tw[quarter - 1].exact is not None
            ):
                log = FindingLog([], self.columns)  # (its findings dropped: the report says its own)
                settings = seperti(self.settings, quarter)
                hasil = self.hitung(item, settings, quarter, log)
                if hasil.capaian_exact is None or hasil.galat:
                    hasil = None
                elif item.target_perubahan.filled:
                    # the Target Perubahan may have come after that report, which had the PK's: either
                    pk = self.hitung(
                        dataclasses.replace(item, target_perubahan=Value()), settings, quarter, log
                    )
                    self._pk[row, quarter] = boleh("capaian", [pk], None) or []
            self._cache[row, quarter] = hasil
        return self._cache[row, quarter]

    def _boleh(
        self,
        quarter: int,
        hasil: tuple[list[IndicatorResult], Node | None, Settings],
        indicators: Sequence[IndicatorResult],
    ) -> list[Fraction]:
        """The capaian of ``quarter`` a figure may be: :meth:`hasil`'s, and against the PK's Target."""
        pk = [x for i in indicators for x in self._pk.get((i.row, quarter), [])]
        return [*(boleh("capaian", hasil[0], hasil[1]) or []), *pk]

    def hasil(
        self, quarter: int, indicators: Sequence[IndicatorResult], whole: Node | None
    ) -> tuple[list[IndicatorResult], Node | None, Settings] | None:
        """``indicators`` (and their node ``whole``, its mean) as the report of ``quarter`` computes them,
        with its settings; None when one of them cannot be computed there."""
        earlier = [self._hasil(i.row, quarter) for i in indicators]
        if not earlier or any(e is None for e in earlier):
            return None
        found = [e for e in earlier if e is not None]
        settings = seperti(self.settings, quarter)
        node = None
        if whole is not None:
            node = dataclasses.replace(whole, indicators=found, children=[])
            node_capaian(node, settings.skala)
        return found, node, settings

    def banding(
        self,
        match: re.Match[str],
        indicators: Sequence[IndicatorResult],
        whole: Node | None,
        awal: int,
        lain: Callable[[re.Match[str]], bool],
    ) -> None:
        """``match``'s figure, another period's, compared with that period's capaian when it is an earlier
        period's of this year (:func:`periode`; ``awal``, ``lain``: its), into :attr:`said` when wrong."""
        kata = match["kata"].lower()
        if kata not in ("capaian", "realisasi") or _TARGET_NOUN.search(match.string, 0, match.start()):
            return
        if (found := periode(match, self.settings, awal, lain, semua=True)) is None:
            return
        quarter, nama = found
        if kata == "realisasi" and ANGGARAN.search(kalimat_angka(match)):
            return  # (narasi63) the budget's realisasi, "... dari pagu", "dibandingkan realisasi anggaran ..."
        if (hasil := self.hasil(quarter, indicators, whole)) is not None:
            said = self.said.setdefault(quarter, [])
            boleh_ = self._boleh(quarter, hasil, indicators)
            if kata == "realisasi":
                # (rev_narasi63) "s.d. TW II", "Semester I": up to it only, never the quarter's own share
                sendiri = nama.startswith("Triwulan")
                boleh_ = self._boleh_realisasi(quarter, hasil, indicators, boleh_, sendiri)
            banding(f"{kata} {nama} sebesar", match, boleh_, said, set())

    def _boleh_realisasi(
        self,
        quarter: int,
        hasil: tuple[list[IndicatorResult], Node | None, Settings],
        indicators: Sequence[IndicatorResult],
        capaian: list[Fraction],
        kuartal: bool,
    ) -> list[Fraction]:
        """(narasi63) The realisasi of ``quarter`` a figure may be: up to it as the engine computes it, the
        quarter's own as typed when the text names the quarter alone (``kuartal``: staff write either,
        "realisasi TW II" of a Kumulatif is its share or the sum), and its ``capaian`` ("85% dari target" of
        a count is its share reached, as :func:`boleh`)."""
        rows = {i.row for i in indicators}
        sendiri = [
            item.realisasi_tw[quarter - 1].exact
            for item in self.items
            if item.row in rows and is_percent_unit(item.satuan) and quarter <= len(item.realisasi_tw)
        ]
        if not kuartal:
            sendiri = []
        known = [
            to_fraction(i.realisasi)
            for i in hasil[0]
            if is_percent_unit(i.satuan) and i.realisasi is not None
        ]
        return [*known, *(x for x in sendiri if x is not None), *capaian]

    def lanjut(
        self,
        match: re.Match[str],
        sebelumnya: re.Match[str] | None,
        lihat: tuple[Sequence[IndicatorResult], Node | None, int, Callable[[re.Match[str]], bool]],
    ) -> None:
        """``match``'s capaian continuing the clause of ``sebelumnya``'s figure, another period's ("Realisasi TW
        I sebesar 30% dan capaian 69%", "Realisasi tahun lalu 60% dan capaian 69%"): read with its own word
        too, the report's own. Told when it is neither that one's nor that period's, an earlier quarter's as
        the engine computes it (into :attr:`said`); after last year's realisasi quiet (last year's target is
        in no column). ``lihat``: the indicators, their node, angka_teks._awal and _lain."""
        if match["kata"].lower() != "capaian" or sebelumnya is None:
            return
        indicators, whole, awal, lain = lihat
        sendiri = boleh("capaian", indicators, whole) or []
        if (found := periode(sebelumnya, self.settings, awal, lain, semua=True)) is not None:
            quarter, nama = found
            if (hasil := self.hasil(quarter, indicators, whole)) is not None:
                said = self.said.setdefault(quarter, [])
                banding(
                    f"capaian {nama} sebesar",
                    match,
                    [*self._boleh(quarter, hasil, indicators), *sendiri],
                    said,
                    set(),
                )
        # (the lead, stop 52) after last year's realisasi, "Realisasi tahun lalu 60% dengan capaian 80%" reads
        # as last year's capaian against last year's target, which no column holds: quiet, as narasi61 left it


def periode(
    match: re.Match[str],
    settings: Settings,
    awal: int,
    lain: Callable[[re.Match[str]], bool],
    semua: bool = False,
) -> tuple[int, str] | None:
    """The earlier quarter (1-3) whose capaian ``match``'s figure (angka_teks._DISEBUT's) states, and the
    period as the text names it ("Triwulan II", "s.d. Semester I"); None when it states none so. ``awal``:
    angka_teks._awal; ``lain``: angka_teks._lain, asked of the figure with its period left out."""
    if match["kata"].lower() != "capaian" and not semua:
        return None  # (``semua``: any noun's, the period of a figure another continues)
    text = match.string
    ends = akhir_kalimat(text, match.start())
    start = ends[-1] if ends else 0
    named = [
        (match.start("sela") + f.start(), match.start("sela") + f.end(), f)
        for f in pola.PERIODE.finditer(match["sela"])
    ]
    for f in pola.PERIODE.finditer(text, start, match.start("kata")):  # ("Pada TW II, capaian sebesar 69%")
        head = text[start : f.start()].rpartition(",")[2]
        if _PEMBUKA.fullmatch(head) and re.fullmatch(r"\s*,?\s*", text[f.end() : match.start()]):
            named.append((f.start(), f.end(), f))
    at = _PADA.match(text, match.end())  # ("Capaian sebesar 69% pada TW II")
    if (after := pola.PERIODE.match(text, at.end() if at else match.end())) is not None:
        named.append((after.start(), after.end(), after))
    if any(pola.DAN_LAIN.match(text, e) for _, e, _ in named):
        return None  # ("TW II dan III sebesar 69%": both quarters')
    lainnya = [(s, e, f) for s, e, f in named if not pola.periode_sendiri(f, settings, awal)]
    if not lainnya or len(lainnya) < len(named) or len({_nama(f) for _, _, f in lainnya}) != 1:
        return None  # (the report's own period beside it, "TW I / Semester I" in Semester I's: as before)
    found = lainnya[0][2]
    if not lebih_awal(found, settings):
        return None
    mulai, selesai = _kuartal(found)
    if found["tw"] and not found["sd"] and mulai > awal:
        return None  # (a quarter alone after a summed figure: perhaps the quarter's own share)
    polos = text
    # (narasi63) and the report's own period of a figure after it: "Capaian TW II 69% dan TW IV 96%" in
    # Triwulan IV, the next figure's own period made this one "another" (angka_teks._lain), never TW II's
    sesudah = [(f.start(), f.end(), f) for f in pola.PERIODE.finditer(text, match.end())]
    for s, e, _ in [*lainnya, *((s, e, f) for s, e, f in sesudah if pola.periode_sendiri(f, settings, awal))]:
        polos = polos[:s] + " " * (e - s) + polos[e:]
    again = match.re.match(polos, match.start())
    if again is None or again.end() != match.end() or lain(again):
        return None
    return selesai, _nama(found)


def _kuartal(found: re.Match[str]) -> tuple[int, int]:
    """The first and last quarter of ``found`` (:data:`angka_pola.PERIODE`, a quarter or a half year)."""
    if found["smt"]:
        half = number_named(found["smt"])
        return 2 * half - 1, 2 * half
    quarter = number_named(found["tw"])
    return quarter, quarter


def _nama(found: re.Match[str]) -> str:
    """The period as said: "Triwulan II", "s.d. Triwulan II", "Semester I"."""
    sd = "s.d. " if found["sd"] else ""
    if found["smt"]:
        return f"{sd}Semester {c.roman(number_named(found['smt']))}"
    if found["tw"]:
        return f"{sd}Triwulan {c.roman(number_named(found['tw']))}"
    return found.group()  # ("triwulan ini": never earlier, lebih_awal tells it)


def pesan(header: str, kode: str, said: list[str], quarter: int, dihitung: str) -> str:
    """The peringatan at the cell (angka_teks adds its ending): the figures said for an earlier period
    (``said``: "capaian Triwulan II sebesar 69%") and that period's computed ones (``dihitung``)."""
    return (
        f"{header} menyebut {' dan '.join(said)}, padahal yang dihitung untuk {kode} "
        f"{c.periode(quarter, None)}: {dihitung}; perbaiki teksnya"
    )
