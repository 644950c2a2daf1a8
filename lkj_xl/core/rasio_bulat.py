"""A ratio's advised figure rounded so that its row, followed, keeps the kriteria of the ratios typed.

The ratio galat advises a figure in place of "1:X" (rasio_teks, rasio_ketik): 1 / X to four significant
digits, 1 / X x 100 or a rate 1.000 / X to two decimals (a share "10 dari 12" alike, 10 / 12 x 100).
Rounded, the figures a row's cells are advised may give a capaian on the other side of a kriteria edge,
or of 100 %, than the ratios typed: target 1:3, realisasi 1:4 is 3 / 4 = 75 %, exactly 75, Sedang, where
0,25 / 0,3333 x 100 = 75,0075 % is Tinggi (1:9 and 1:10 at 90, 1:3 and 1:6 at 50, 1:13 and 1:20 at 65,
found by exact arithmetic over the edges). More decimals never mend a ratio exactly on an edge, so the
row's figures take up to two decimals more, else one of them is rounded the other way (1 / 3 = 0,3334:
74,985 %, Sedang); the galat says why, with the capaian the plain rounding gave. Each pair of the
row's target in force and a realisasi (a quarter, and the s.d. figure of its Jenis Realisasi) is weighed
on both scales (PermenPANRB and Permendagri 86/2017: Pengaturan's is not known while cells are read),
under the Polaritas chosen (blank: Positif, and Negatif too where the advice may lead to it). Pure."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from lkj_xl.core import contract as c
from lkj_xl.core.cell_reader import CellReader
from lkj_xl.core.formulas import capaian_decimals, capaian_exact, kriteria, round_half_up
from lkj_xl.core.model import GALAT, Value
from lkj_xl.core.number_format import format_number, plain_fraction

_NUMBER = r"[0-9][0-9.]*(?:,[0-9]+)?"
# An advised figure: "1 / 3 = 0,3333", "1 / 3 x 100 = 33,33", "1.000 / 13 = 76,92", "10 / 12 x 100 = 83,33".
_ADVICE = re.compile(rf"(?<![0-9.,])(({_NUMBER}) / ({_NUMBER})( x 100)?) = ({_NUMBER})")
# The galat texts that advise such a figure (rasio_teks, rasio_ketik): none other is weighed.
_RATIO_GALAT = ("berupa perbandingan", "bagian dari jumlah")
_HEADERS = ("Target", *(h.removeprefix("Realisasi ") for h in c.REALISASI_TW_HEADERS))
_UNKNOWN = object()  # a cell whose figure is not known (a status, another galat): no capaian with it
_MORE_DECIMALS, _TURNED_DECIMALS = 2, 4


@dataclass(frozen=True)
class _Advice:
    at: int  # the finding's index
    said: str  # "1 / 3 = 0,3333"
    head: str  # "1 / 3"
    exact: Fraction
    decimals: int  # of the figure as said
    shown: Fraction  # the figure as said now (as rounded by keep_kriteria, when it said it anew)


def keep_kriteria(
    reader: CellReader, since: int, values: Sequence[Value], chosen: tuple[str | None, str]
) -> None:
    """The ratio galats said from ``since`` on of ``values`` (Target, Target Perubahan, TW I-IV) with
    their advised figures rounded so that the row keeps the ratios' kriteria (see above); ``chosen``: the
    Polaritas chosen (None when blank) and the Jenis Realisasi in force."""
    if since == len(reader.findings) or chosen[0] == "":
        # (nothing said of the row: asked of every row, most of them; or a Polaritas unknown, "Kumulatif"
        # typed there: its galat says no capaian is computed, so no kriteria to keep)
        return
    advices = _advices(reader, since, values)
    if not advices:
        return
    target, target_p, *tws = range(len(values))
    applied = target_p if values[target_p].filled else target
    for kind in {_kind(a) for cell in advices.values() for a in cell}:
        row = [_figure(values[i], advices.get(i, []), kind) for i in (applied, *tws)]
        if not isinstance(row[0], (Fraction, _Advice)):
            continue  # (no target in force: no capaian to keep)
        labels = ("Target Perubahan" if applied == target_p else "Target", *_HEADERS[1:])
        polarities = _polarities(chosen[0], kind)
        if fitted := _fit(row, chosen[1], polarities):
            _reword(reader, row, fitted, _why(row, chosen[1], polarities, labels))


def _advices(reader: CellReader, since: int, values: Sequence[Value]) -> dict[int, list[_Advice]]:
    """Each value's advised figures, by its index among ``values``."""
    where = {v.galat: i for i, v in enumerate(values) if v.galat}
    found: dict[int, list[_Advice]] = {}
    for at in range(since, len(reader.findings)):
        f = reader.findings[at]
        i = where.get(f"{f.sheet}!{f.sel}")
        if i is None or f.severity != GALAT or not any(word in f.pesan for word in _RATIO_GALAT):
            continue
        for m in _ADVICE.finditer(f.pesan):
            part, whole, figure = plain_fraction(m[2]), plain_fraction(m[3]), m[5]
            if part is None or not whole or plain_fraction(figure) is None:
                continue
            exact = part / whole * (100 if m[4] else 1)
            decimals = len(figure.split(",")[1]) if "," in figure else 0
            shown = plain_fraction(figure) or Fraction(0)
            found.setdefault(i, []).append(_Advice(at, m[0], m[1], exact, decimals, shown))
    return found


def _kind(a: _Advice) -> str:
    """What ``a``'s figure counts: a percentage ("x 100", a share's or a ratio's alike), or a count per
    its numerator ("1" per one, "1.000" a rate per 1.000)."""
    return "x 100" if a.head.endswith("x 100") else a.head.split(" / ")[0]


def _figure(value: Value, advices: list[_Advice], kind: str) -> object:
    """A cell as the row's capaian takes it: its figure typed, its advice of ``kind``, None when blank,
    or _UNKNOWN."""
    for a in advices:
        if _kind(a) == kind:
            return a
    if value.galat or value.status or value.rentang is not None:
        return _UNKNOWN
    return value.exact if value.exact is not None else None


def _polarities(chosen: str | None, kind: str) -> tuple[str, ...]:
    """The Polaritas the row is weighed under: the one chosen; blank, Positif (computed so) and, but for
    1 / X (advised for higher is better), Negatif, which the galat may advise choosing."""
    if chosen is not None:
        return (chosen,)
    return (c.POSITIF,) if kind == "1" else (c.POSITIF, c.NEGATIF)


# A realisasi the row's capaian may take: its quarters' positions, and how they are taken.
_Taken = tuple[tuple[int, ...], str]


def _realisasi(row: list[object], jenis: str) -> list[_Taken]:
    """Each quarter alone (Nilai Akhir at each report), and the s.d. figure of the Jenis Realisasi in
    force at each quarter (Kumulatif's sum, Rata-rata's mean) where every quarter up to it is known."""
    quarters = [i for i in range(1, len(row)) if row[i] is not None]
    taken: list[_Taken] = [((i,), c.NILAI_AKHIR) for i in quarters if row[i] is not _UNKNOWN]
    if jenis == c.NILAI_AKHIR:
        return taken
    for n in range(2, len(quarters) + 1):
        upto = tuple(quarters[:n])
        if all(row[i] is not _UNKNOWN for i in upto):
            taken.append((upto, jenis))
    return taken


def _capaians(
    figures: list[Fraction | None], taken: list[_Taken], polarities: tuple[str, ...]
) -> list[Fraction | None]:
    """Each realisasi's capaian against the target (``figures[0]``) under each Polaritas (None of a
    target of nought)."""
    target = figures[0]
    out: list[Fraction | None] = []
    for positions, jenis in taken:
        parts = [x for i in positions if (x := figures[i]) is not None]
        r = sum(parts, Fraction(0)) / (len(parts) if jenis == c.RATA_RATA else 1)
        out.extend(capaian_exact(r, target, p) if target else None for p in polarities)
    return out


def _reading(capaian: Fraction | None) -> tuple:
    """What a reader takes from a capaian: its kriteria on either scale and its side of 100 %."""
    if capaian is None:
        return ()
    return kriteria(capaian, c.SKALA_PERMENPANRB), kriteria(capaian, c.SKALA_PERMENDAGRI), capaian >= 100


def _rounded(a: _Advice, decimals: int, turned: bool) -> Fraction:
    """``a``'s figure to ``decimals``, half up, or the other way when ``turned``."""
    near = round_half_up(a.exact, decimals)
    if not turned or near == a.exact:
        return near
    scale = 10**decimals
    down = Fraction(math.floor(a.exact * scale), scale)
    return down + Fraction(1, scale) if near == down else down


def _figures(row: list[object], shown: dict[int, Fraction] | None) -> list[Fraction | None]:
    """The row's figures typed, with each advice at its exact value (``shown`` None) or as shown."""
    out: list[Fraction | None] = []
    for i, x in enumerate(row):
        if isinstance(x, _Advice):
            out.append(x.exact if shown is None else shown[i])
        else:
            out.append(x if isinstance(x, Fraction) else None)
    return out


def _fit(
    row: list[object], jenis: str, polarities: tuple[str, ...]
) -> dict[int, tuple[Fraction, str]] | None:
    """The advised figures to say (index: figure, how rounded) where those said move a capaian across
    an edge; None when they move none (or none of up to four more decimals, either way, keeps them)."""
    taken = _realisasi(row, jenis)
    wanted = [_reading(x) for x in _capaians(_figures(row, None), taken, polarities)]
    advised = {i: x for i, x in enumerate(row) if isinstance(x, _Advice)}

    def kept(extra: int, turned: frozenset[Fraction]) -> dict[int, Fraction] | None:
        shown = {i: _rounded(a, a.decimals + extra, a.exact in turned) for i, a in advised.items()}
        got = [_reading(x) for x in _capaians(_figures(row, shown), taken, polarities)]
        return shown if got == wanted else None

    if kept(0, frozenset()) is not None:
        return None
    inexact = sorted({a.exact for a in advised.values() if round_half_up(a.exact, a.decimals) != a.exact})
    tries = [(extra, frozenset[Fraction]()) for extra in range(1, _MORE_DECIMALS + 1)]
    tries += [
        (extra, frozenset(turned))
        for extra in range(_TURNED_DECIMALS + 1)
        for k in range(1, len(inexact) + 1)
        for turned in itertools.combinations(inexact, k)
    ]
    for extra, turned in tries:
        if (shown := kept(extra, turned)) is not None:
            return {i: (x, _how(advised[i], x, extra)) for i, x in shown.items() if x != _said(advised[i])}
    return {i: (_said(a), "dibulatkan") for i, a in advised.items() if _said(a) != a.exact}


def _said(a: _Advice) -> Fraction:
    return round_half_up(a.exact, a.decimals)


def _how(a: _Advice, x: Fraction, extra: int) -> str:
    """How the figure ``x`` said of ``a`` is rounded, against the half up one it had."""
    if x == round_half_up(a.exact, a.decimals + extra):
        return "lebih teliti"
    return "dibulatkan ke atas" if x > a.exact else "dibulatkan ke bawah"


def _why(row: list[object], jenis: str, polarities: tuple[str, ...], labels: Sequence[str]) -> str:
    """The first capaian the figures first said moved across an edge, with the ratios' own."""
    taken = _realisasi(row, jenis)
    advised = {i: _said(x) for i, x in enumerate(row) if isinstance(x, _Advice)}
    exact = _capaians(_figures(row, None), taken, polarities)
    said = _capaians(_figures(row, advised), taken, polarities)
    return _moved(exact, said, (taken, polarities), labels)


def _moved(
    exact: list[Fraction | None],
    said: list[Fraction | None],
    weighed: tuple[list[_Taken], tuple[str, ...]],
    labels: Sequence[str],
) -> str:
    """The first capaian of ``said`` whose reading is not ``exact``'s, said with it ("" when none);
    ``weighed``: the realisasi taken and the Polaritas, as :func:`_capaians` made them."""
    taken, polarities = weighed
    for k, (e, s) in enumerate(zip(exact, said)):
        if e is None or s is None or _reading(e) == _reading(s):
            continue
        positions, how = taken[k // len(polarities)]
        polaritas = polarities[k % len(polarities)]
        skala = c.SKALA_PERMENPANRB if _reading(e)[0] != _reading(s)[0] else c.SKALA_PERMENDAGRI
        realisasi = _HEADERS_JOINED[how].join(labels[i] for i in positions)
        if how == c.RATA_RATA:
            realisasi = f"rata-rata {realisasi}"
        bila = " bila Polaritas Negatif" if polaritas == c.NEGATIF and len(polarities) > 1 else ""
        menurut = f" menurut {skala}" if skala == c.SKALA_PERMENDAGRI else ""
        return (
            f"capaian {realisasi} terhadap {labels[0]}{bila} menjadi {_capaian(s, skala)}, padahal "
            f"hitungan tepatnya {_capaian(e, skala)}{menurut}"
        )
    return ""


_HEADERS_JOINED = {c.NILAI_AKHIR: "", c.KUMULATIF: " + ", c.RATA_RATA: "-"}


def _capaian(value: Fraction, skala: str) -> str:
    """A capaian as the findings say it, "75,01% (Tinggi)"."""
    return f"{format_number(value, capaian_decimals(value, skala, 2))}% ({kriteria(value, skala)})"


def _shown(value: Fraction) -> str:
    """A figure to type with the decimals it has (a multiple of a power of ten): 0,3334, 76,923."""
    decimals = next(d for d in itertools.count() if (value * 10**d).denominator == 1)
    return format_number(value, decimals)


def _reword(reader: CellReader, row: list[object], fitted: dict[int, tuple[Fraction, str]], why: str) -> None:
    """Each advised figure of ``fitted`` said anew in its galat, with why."""
    for i, (x, how) in fitted.items():
        a = row[i]
        assert isinstance(a, _Advice)
        old = format_number(_said(a), a.decimals)
        if how == "dibulatkan":  # (none kept it: said so, the figure as it was)
            new = f"{a.said} ({how}: dengan {old} {why}; periksa kriterianya setelah diisi)"
        else:
            new = f"{a.head} = {_shown(x)} ({how}: dengan {old} {why})"
        f = reader.findings[a.at]
        pesan = f.pesan.replace(a.said, new, 1)
        if a.head.endswith("x 100"):  # (the percentage's reading says its figure twice)
            pesan = pesan.replace(f"bila persentase, tulis {old};", f"bila persentase, tulis {_shown(x)};")
        reader.findings[a.at] = replace(f, pesan=pesan)


def keep_compared(
    reader: CellReader,
    since: int,
    compared: tuple[str, Value],
    quarters: Sequence[Value],
    chosen: tuple[str | None, str],
) -> None:
    """A comparison column's ratio galat said from ``since`` on (``compared``: Target Akhir Renstra or
    Standar Nasional and its value, "1:3"), its advised figure rounded so that the row's realisasi
    against it keeps the exact ratios' kriteria, as the Target's is (see above): ``quarters`` the row's
    TW I-IV, taken as their own galats advise them now (or as typed), ``chosen`` as keep_kriteria's. Its
    capaian against the column is printed in Perbandingan Kinerja and the sentences, as the Target's."""
    label, value = compared
    if since == len(reader.findings) or not value.galat:
        return
    said_now = _advices(reader, 0, quarters) if any(v.galat for v in quarters) else {}
    for a in _advices(reader, since, [value]).get(0, []):
        kind = _kind(a)
        tws = [_figure(v, said_now.get(i, []), kind) for i, v in enumerate(quarters)]
        exact = [a.exact, *(x.exact if isinstance(x, _Advice) else x for x in tws)]
        shown = [*(x.shown if isinstance(x, _Advice) else x for x in tws)]
        weighed = (_realisasi(exact, chosen[1]), _polarities(chosen[0], kind))
        if fitted := _compared_fit(a, (exact, shown), weighed, label):
            _reword(reader, [a], {0: fitted[0]}, fitted[1])


def _compared_fit(
    a: _Advice,
    rows: tuple[list[object], list[object]],
    weighed: tuple[list[_Taken], tuple[str, ...]],
    label: str,
) -> tuple[tuple[Fraction, str], str] | None:
    """The figure to say of ``a`` and how rounded, with why; None when the one said keeps every
    kriteria. ``rows``: the row with its figures exact (``a``'s first) and its quarters as said now."""
    exact, shown = rows
    taken, polarities = weighed
    wanted = _capaians(_plain(exact), taken, polarities)
    readings = [_reading(y) for y in wanted]

    def moved(x: Fraction) -> list[Fraction | None]:
        return _capaians(_plain([x, *shown]), taken, polarities)

    why = _moved(wanted, moved(_said(a)), weighed, (label, *_HEADERS[1:]))
    if not why:
        return None
    tries = [(extra, False) for extra in range(_MORE_DECIMALS + 1)]
    tries += [(extra, True) for extra in range(_TURNED_DECIMALS + 1)]
    for extra, turned in tries:
        x = _rounded(a, a.decimals + extra, turned)
        if [_reading(y) for y in moved(x)] == readings:
            return (x, _how(a, x, extra)), why
    return (_said(a), "dibulatkan"), why


def _plain(row: list[object]) -> list[Fraction | None]:
    """``row``'s figures, None for a blank or unknown cell."""
    return [x if isinstance(x, Fraction) else None for x in row]
