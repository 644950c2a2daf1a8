"""Speed cuts of stop 48 (docs/speed.md): the rekap's own work. Each cut writes exactly what the code
before it wrote, on random tables typed the way staff type them; the code as it was (10f706dd) is
kept here as the oracle."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_xl.core import rekap as core
from lkj_xl.core.desimal_ketik import typed_places
from lkj_xl.core.layout import LINE_HEIGHT, MAX_ROW_HEIGHT
from lkj_xl.core.rekap_desimal import capaian_decimals
from lkj_xl.core.textwidth import column_characters, estimate_lines
from lkj_xl.xlsx import rekap_rows
from lkj_xl.xlsx.rekap_rows import Body, rows
from lkj_xl.xlsx.render import exact_number

# --- cut 1: Semua Indikator's and Semua Program's rows made a column at a time --------------------


def _old_row_height(wrap: dict[int, float]) -> Callable[[Sequence[object]], float | None]:
    """rekap_rows._row_height as it was (a row at a time)."""
    fits = {col: column_characters(width) for col, width in wrap.items()}
    seen: dict[tuple[int, str], int] = {}

    def height(values: Sequence[object]) -> float | None:
        lines = 1
        for col, width in wrap.items():
            value = values[col]
            if isinstance(value, str) and (len(value) > fits[col] or "\n" in value):
                key = (col, value)
                if key not in seen:
                    seen[key] = estimate_lines(value, width)
                lines = max(lines, seen[key])
        return min(LINE_HEIGHT * lines, MAX_ROW_HEIGHT) if lines > 1 else None

    return height


def _figure_style(body: Body, value: object, decimals: int, column_style: int) -> int:
    """The style of a target or realisasi in a row shown with ``decimals``: the decimals the figure was
    typed with (desimal_ketik.typed_places) when fewer, the column's own at 2; anything not a finite
    number the row's."""
    finite = type(value) in (int, float) and math.isfinite(value)
    places = typed_places(value, decimals) if finite else decimals
    return body.figure_styles[places] if places > body.decimals else column_style


def _old_sheetrows(body: Body) -> Iterator[str]:
    """rekap_rows._sheetrows as it was (a cell at a time)."""
    letters = rekap_rows._column_letters(len(body.columns))
    kriteria = [spec.kind == "kriteria" for spec in body.columns]
    styles, bands, shown, figures = body.styles, body.bands, body.shown, body.figures
    height = _old_row_height(body.wrap)
    for r, values in enumerate(rows(body.frame), start=2):
        cells, row_styles = [], styles
        if figures:
            decimals = body.more_decimals.get(r - 2, body.decimals)
            if decimals > body.decimals:
                shown_as_target = (*figures[:2], *figures[4:])
                # output64: a figure typed with fewer decimals keeps its own, at least 2 (a target
                # 100 beside a realisasi 90,004: 100,00, the column's style), as the agency's sheets
                row_styles = [
                    _figure_style(body, values[col], decimals, s) if col in shown_as_target else s
                    for col, s in enumerate(styles)
                ]
        for col, value in enumerate(values):
            s = bands.get(value, row_styles[col]) if kriteria[col] else row_styles[col]
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                cells.append(f'<c r="{letters[col]}{r}" s="{s}"/>')
            elif isinstance(value, str):
                cells.append(
                    f'<c r="{letters[col]}{r}" s="{s}" t="inlineStr"><is><t xml:space="preserve">'
                    f"{rekap_rows._xml_text(value)}</t></is></c>"
                )
            else:
                if col in shown:
                    decide, by_decimals = shown[col]
                    s = by_decimals[decide(value, body.decimals)]
                cells.append(f'<c r="{letters[col]}{r}" s="{s}"><v>{exact_number(value)}</v></c>')
        ht = height(values)
        attributes = f' ht="{ht}" customHeight="1"' if ht else ""
        yield f'<row r="{r}"{attributes}>{"".join(cells)}</row>'


# Texts as they reach Semua Indikator: names, Kode, Uraian as typed (long ones wrap, a line break, XML
# characters, a control character pasted from a PDF, a literal _x0041_), statuses, kriteria.
TEXTS = [
    "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
    "Kabupaten Lumajang",
    "1.01.02",
    "Persentase koperasi aktif & sehat (<= 5 tahun)",
    "Meningkatnya kualitas usaha mikro yang berdaya saing di seluruh kecamatan Kabupaten Lumajang",
    "Menunggu data BPS",
    "direkap diakhir periode",
    "Realisasi\ndiisi TW IV",
    "nihil",
    "-",
    "",
    "Rp 1.491.388.500.000",
    "5.984,04 milyar",
    "40,71%",
    "Sangat Tinggi",
    "Tinggi",
    "Sedang",
    "Rendah",
    "Sangat Rendah",
    "Galat (Kinerja!J7)",
    "teks\x07bel",
    "kode _x0041_ asli",
]
values = st.one_of(
    st.sampled_from(TEXTS),
    st.none(),
    st.just(float("nan")),
    st.sampled_from([0.0, -0.0, 0, 1, 1.0, 100.0, 90.0, 90.004, 50.995, 89.996, 75.0, 1e16, 1e-7]),
    st.sampled_from([float("inf"), float("-inf")]),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e13, max_value=1e13),
    st.integers(min_value=-(2**60), max_value=2**60),
)


def _body(data: st.DataObject, columns: Sequence[core.Column], n: int) -> Body:
    frame = pd.DataFrame(
        {spec.key: pd.Series([data.draw(values) for _ in range(n)], dtype=object) for spec in columns}
    )
    if n and data.draw(st.booleans()):  # a float column as the rekap's, NaN where unknown
        key = data.draw(
            st.sampled_from([k for k in ("target", "realisasi", "capaian", "pagu") if k in frame])
        )
        frame[key] = [data.draw(st.floats(allow_nan=True, width=64)) for _ in range(n)]
    figures = core.figure_columns(columns)
    wrap = {
        col: data.draw(st.sampled_from([9.0, 18.0, 40.0]))
        for col, spec in enumerate(columns)
        if spec.kind == "text"
    }
    more = {i: data.draw(st.integers(3, 6)) for i in range(n) if data.draw(st.booleans()) and figures}
    return Body(
        part="xl/worksheets/sheet2.xml",
        table="SemuaIndikator",
        frame=frame,
        columns=columns,
        styles=[10 + col for col in range(len(columns))],
        bands={k: 40 + i for i, k in enumerate(("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"))},
        shown={col: (capaian_decimals, {d: 50 + d for d in range(2, 9)}) for col, spec in enumerate(columns) if spec.key == "capaian"},
        decimals=2,
        figures=figures,
        figure_styles={d: 60 + d for d in range(3, 7)},
        wrap=wrap,
        more_decimals=more,
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.data(), st.sampled_from([core.INDICATOR_COLUMNS, core.PROGRAM_COLUMNS]), st.integers(0, 12))
def test_table_rows_as_before(data, columns, n):
    body = _body(data, columns, n)
    assert list(rekap_rows._sheetrows(body)) == list(_old_sheetrows(body))


def test_table_rows_as_before_over_chunks():
    """More rows than a chunk (5.000): the row numbers, the styles of the rows with more decimals
    and the texts remembered go on across chunks."""
    columns = core.INDICATOR_COLUMNS
    n = 10_007
    frame = pd.DataFrame(
        {spec.key: pd.Series([TEXTS[(i * 7 + col) % len(TEXTS)] for i in range(n)], dtype=object) for col, spec in enumerate(columns)}
    )  # fmt: skip
    frame["capaian"] = [(i % 400) * 0.2505 if i % 13 else float("nan") for i in range(n)]
    frame["target"] = [100.0 if i % 3 else -0.0 for i in range(n)]
    figures = core.figure_columns(columns)
    body = Body(
        "xl/worksheets/sheet2.xml", "SemuaIndikator", frame, columns, list(range(len(columns))),
        {"Tinggi": 99}, {list(frame.columns).index("capaian"): (capaian_decimals, {d: 50 + d for d in range(2, 9)})},
        2, figures, {3: 63, 4: 64}, {col: 18.0 for col, spec in enumerate(columns) if spec.kind == "text"},
        {4999: 3, 5000: 4, 10_006: 3},
    )  # fmt: skip
    assert list(rekap_rows._sheetrows(body)) == list(_old_sheetrows(body))


# --- cut 3: Rencana sama's abbreviation pairs of names sharing their last words ---------------------

# A province's branch offices and units as staff type them: one template's names differing by a number or
# a place, some abbreviated ("Cabdin", "Cab. Dinas", "Wil."), with "&", brackets, upper case, and the
# names of the earlier tests (DP3A, Disdikpora, Dinas P2KB ...) among them.
_CABANG = [
    "Cabang Dinas Pendidikan Wilayah {i} Kabupaten Lumajang",
    "Cabang Dinas Pendidikan {i} Kabupaten Lumajang",
    "Cabang Dinas Pendidikan (Wilayah) {i} Kabupaten Lumajang",
    "CABANG DINAS PENDIDIKAN WILAYAH {i} KAB. LUMAJANG",
    "Cabdin Pendidikan Wil. {i} Kabupaten Lumajang",
    "Cab. Dinas Pendidikan Wilayah {i} Kab Lumajang",
    "Cabang Dinas Pendidikan & Kebudayaan Wilayah {i} Kabupaten Lumajang",
    "UPT Pelatihan Kerja {i} Kabupaten Lumajang",
    "SMA Negeri {i} Lumajang",
    "Cabang Dinas Kehutanan Wilayah {i}",
    "Dinas Pendidikan Kabupaten Lumajang",
    "Cabang Dinas Pendidikan Wilayah Jember",
    "Cabang Dinas Pendidikan Wilayah Malang Batu",
    "CDP {i} Kabupaten Lumajang",
    "CDPW {i} Kabupaten Lumajang",
    # (review) a Wilayah's number in Roman numerals, "Wil." and the abbreviation of three words or more
    # ("CDP Wilayah 5": the gate of may_spell asked, its single-character word "5" one of the longer's)
    "Cabang Dinas Pendidikan Wilayah {r}",
    "Cab. Dinas Pendidikan Wil. {r}",
    "Cabang Dinas Pendidikan Wil. {r} Kabupaten Lumajang",
    "CDP Wilayah {i}",
    "CDP Wil. {r}",
    "CDP Wilayah {r} Kabupaten Lumajang",
    "Cabdin Pendidikan Wilayah {r}",
    "UPTD Pendidikan Wilayah {r}",
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "IX", "X", "XI", "XII", "XVI"]


def _staff_names(data: st.DataObject) -> list[str]:
    from tests.test_rekap_isi_singkat import _ALL
    from tests.test_revrekap54 import _NAMES

    template = st.builds(
        lambda form, i, r: form.format(i=i, r=r), st.sampled_from(_CABANG), st.sampled_from([1, 2, 5, 6, 12, 16, 21, 61, 126, 216, 1026]),
        st.one_of(st.sampled_from(_ROMAN), st.sampled_from(["1", "5", "16"])),
    )  # fmt: skip
    from tests.test_rekap_rencana_sama_singkatan import ONE_AGENCY
    from tests.test_revrekap54 import ONE_AGENCY as WITH_NUMBERS

    # a revision under an abbreviated name beside its full name: pairs the rule joins, among the others
    revised = data.draw(st.lists(st.sampled_from(ONE_AGENCY + WITH_NUMBERS), max_size=3))
    names = data.draw(st.lists(st.one_of(template, st.sampled_from(_NAMES + _ALL)), min_size=1, max_size=40))
    return data.draw(st.permutations(names + [name for pair in revised for name in pair]))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_abbreviation_pairs_of_names_sharing_last_words_are_the_rules(data):
    """The pairs abbreviation_pairs finds are those of the rule asked of every pair (the oracle of
    tests/test_rekap_isi_singkat.py), on random sets of names sharing their last words."""
    from tests.test_rekap_isi_singkat import _oracle, _pairs
    from tests.test_rekap_rencana_sama_singkatan import _words

    words = [_words(name) for name in _staff_names(data)]
    assert _pairs(words) == _oracle(words)


def test_the_oracle_of_such_names_is_not_empty():
    # a Cabang Dinas's revision typed with an abbreviation is one agency by the rule: "Cabdin" is not
    # spelt from "Cabang Dinas", but "CDP" spells Cabang Dinas Pendidikan, the same number and place after
    from tests.test_rekap_isi_singkat import _oracle, _pairs
    from tests.test_rekap_rencana_sama_singkatan import _words

    words = [_words(name.format(i=5, r="V")) for name in _CABANG]
    assert _oracle(words)
    assert _pairs(words) == _oracle(words)


def test_cdp_wilayah_abbreviates_its_cabang_dinas():
    # (review) a name of three words spelling a longer one, its last word a single character: "CDP
    # Wilayah 5" is Cabang Dinas Pendidikan Wilayah 5 (C-D-P, then Wilayah and 5 as typed), "CDP Wil.
    # II" the Cab. Dinas Pendidikan Wil. II; "CDP Wilayah 5" is not Wilayah 6's
    from tests.test_rekap_isi_singkat import _oracle, _pairs
    from tests.test_rekap_rencana_sama_singkatan import _words

    names = ["CDP Wilayah 5", "Cabang Dinas Pendidikan Wilayah 5", "Cabang Dinas Pendidikan Wilayah 6"]
    names += ["CDP Wil. II", "Cab. Dinas Pendidikan Wil. II", "Cabang Dinas Pendidikan Wil. III"]
    words = [_words(name) for name in names]
    expected = {frozenset((words[0], words[1])), frozenset((words[3], words[4]))}
    assert _oracle(words) == expected
    assert _pairs(words) == expected


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_gate_keeps_exactly_the_names_may_spell_lets_through(data):
    """(review) The gate itself (rekap_isi_singkat._Spellable.among): of a name's candidate sets, the
    names rekap_singkatan.may_spell lets its words through for, no fewer and no more; asked pair by
    pair here."""
    from lkj_xl.core import rekap_isi_singkat as ris
    from lkj_xl.core.rekap_singkatan import may_spell, spelling_letters, spelling_tokens
    from tests.test_rekap_rencana_sama_singkatan import _words

    names = list(dict.fromkeys(name for name in map(_words, _staff_names(data)) if name))
    letters = {name: spelling_letters(name) for name in names}
    gate = ris._Spellable(letters)
    index = ris._index(dict.fromkeys(names, 0))
    for name in names:
        tokens = spelling_tokens(name)
        sets = ris._candidate_sets(name, index)
        every = set().union(*sets)
        assert gate.among(tokens, sets) == {other for other in every if may_spell(tokens, letters[other])}


def test_three_thousand_branch_offices_are_not_asked_pair_by_pair(monkeypatch):
    # 3.000 "Cabang Dinas Pendidikan (Wilayah) {i} Kabupaten Lumajang": two lengths sharing their last two
    # words, 1.500 x 1.500 pairs across the lengths; rekap_singkatan.may_spell is asked only of the names
    # whose words it may let through (each number's digits among the other's letters), not of every pair
    from lkj_xl.core import rekap_isi, rekap_isi_singkat

    asked = []
    real = rekap_isi_singkat.may_spell

    def counted(tokens, letters):
        asked.append(tokens)
        return real(tokens, letters)

    monkeypatch.setattr(rekap_isi_singkat, "may_spell", counted)
    # (review) a province's branch offices: under Pemda Provinsi Jawa Timur "Kabupaten Lumajang" stays
    # their last words, so every name shares its keys with every other (under Pemda Kabupaten Lumajang
    # the number is the last word, and main asked 251.475, not 2.250.000)
    names = [
        rekap_isi._name_words(
            {
                "pemerintah_daerah": "Provinsi Jawa Timur",
                "perangkat_daerah": f"Cabang Dinas {'Pendidikan' if i % 2 else 'Pendidikan Wilayah'} {i} "
                "Kabupaten Lumajang",
            }
        )
        for i in range(3000)
    ]
    assert names[1][-2:] == ("kabupaten", "lumajang")
    pairs = list(rekap_isi_singkat.abbreviation_pairs(names, rekap_isi._PER_PLACE, rekap_isi._abbreviated))
    assert pairs == []  # each its own agency
    # 1.500 shorter names x 1.500 longer = 2.250.000 asked before; fewer than 10 a name now
    assert len(asked) < 3000 * 10


def test_a_provinces_agencies_of_their_own_places_build_no_gate(monkeypatch):
    # (review) 3.000 agencies of a province named by places of their own ("Cabang Dinas Pendidikan
    # Wilayah Sukodono", "Balai Pengelolaan Hutan Wilayah Tempeh"): few names share each one's keys
    # (a few hundred), so each is asked may_spell as on main; the gate's per-word sets (every name with
    # the word's letters: thousands a word, a word of its own per agency) made 6.000 such agencies
    # 1,99 -> 4,52 s CPU and 52 -> 276 MB traced. Built now only for a name sharing its keys with a
    # quarter of the names or more (the template's branch offices above).
    import random

    from lkj_xl.core import rekap_isi, rekap_isi_singkat

    built = []
    real = rekap_isi_singkat._Spellable.of

    def counted(self, word):
        if word not in self.cache:
            built.append(len(real(self, word)))
        return real(self, word)

    monkeypatch.setattr(rekap_isi_singkat._Spellable, "of", counted)
    rng = random.Random(7)
    syllables = ["su", "ko", "do", "no", "tem", "peh", "ya", "sa", "ra", "ma", "ja", "ba", "ru", "wo", "gan"]
    forms = [
        "Cabang Dinas Pendidikan Wilayah {p}",
        "Cabang Dinas Kehutanan {p} {q}",
        "Balai Pengelolaan Hutan {p} Wilayah {q}",
        "Cabang Dinas Peternakan {p}",
        "Badan Koordinasi Wilayah {p} {q}",
    ]

    def place():
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()

    names = [
        rekap_isi._name_words(
            {"pemerintah_daerah": "Provinsi Jawa Timur", "perangkat_daerah": rng.choice(forms).format(p=place(), q=place())}
        )
        for _ in range(3000)
    ]  # fmt: skip
    list(rekap_isi_singkat.abbreviation_pairs(names, rekap_isi._PER_PLACE, rekap_isi._abbreviated))
    # no name shares its keys with 750 (a quarter) of the others: no set built
    assert sum(built) == 0
