"""Speed cuts of stop 52 (docs/speed.md, speed62) in the rekap's own work around the engine: each fast
form gives what the form before it gave, value for value, type for type and in the same order. The old
forms are kept here as oracles (the code as it was before the cut, a632ad2f)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from bench_rekap import agency_workbook
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_xl.core import rekap_ganda, rekap_revisi
from lkj_xl.core.pemda_kembar import provinsi_words
from lkj_xl.core.rekap_nama import name_words

# --- rekap_revisi.shown_name and rekap_ganda.pemda_words: each distinct name worked out once ----------


def old_shown_name(name: object) -> object:  # a632ad2f
    if not isinstance(name, str):
        return name
    text = name
    for start, end, _ in reversed(rekap_revisi._mark_runs(text)):
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in f"([{{_{rekap_revisi._DASH}"):
            start -= 1
        closed = len(text) - len(text[end:].lstrip())
        if closed < len(text) and text[closed] in ")]}":
            end = closed
        while end < len(text) and text[end] in ")]}.":
            end += 1
        text = text[:start] + " " + text[end:]
    stripped = rekap_revisi.without_revision(rekap_revisi._INNER.sub("", text))
    shown = " ".join(str(stripped).split()) if stripped != name else name
    return shown if isinstance(shown, str) and shown.strip() else name


def old_pemda_words(name: object) -> list[str]:  # a632ad2f
    words = rekap_revisi.without_revision_words(name_words(rekap_revisi.without_revision(name)))
    if words[:1] == ["pemerintah"]:
        words = words[1:]
        if words[:1] == ["daerah"] and provinsi_words(words) is None:
            words = words[1:]
    elif words[:1] == ["pemda"]:
        words = words[1:]
    return provinsi_words(words) or words


# Names as staff type them: revision marks in and around brackets, a year, a month, case and spaces,
# "Pemerintah", "Pemkab", a Provinsi by its status; blanks; and values no name should be (numbers, NaN,
# numpy's str_, which the cache must not turn into a plain str).
_WORDS = st.sampled_from(
    [
        "Dinas Kesehatan",
        "Dinas Sosial",
        "(Revisi)",
        "( Revisi )",
        "REVISI",
        "Revisi II",
        "revisi 2",
        "TW II",
        "Juni 2025",
        "2025",
        "Final",
        "-",
        "_",
        "Kabupaten Lumajang",
        "Kab. Lumajang",
        "Pemerintah",
        "Pemerintah Daerah",
        "Pemkab Lumajang",
        "Pemda",
        "Daerah Istimewa Yogyakarta",
        "Provinsi DIY",
        "Kota Malang",
        "[draft]",
        "  ",
    ]
)
_NAMES = st.one_of(
    st.lists(_WORDS, max_size=5).map(" ".join),
    st.text(max_size=20),
    st.none(),
    st.just(float("nan")),
    st.integers(-3, 2025),
    st.lists(_WORDS, min_size=1, max_size=3).map(lambda w: np.str_(" ".join(w))),
)


def _same(got: object, want: object) -> None:
    assert type(got) is type(want)
    assert got == want or (isinstance(want, float) and math.isnan(want) and math.isnan(got))  # type: ignore[arg-type]


@settings(max_examples=300)
@given(st.lists(_NAMES, max_size=12), st.randoms())
@example(["Dinas Sosial ( Revisi )", "Dinas Sosial ( Revisi )"], None)
@example([np.str_("Dinas Kesehatan"), "Dinas Kesehatan", np.str_("Dinas Kesehatan")], None)
@example(["Dinas Kesehatan", np.str_("Dinas Kesehatan (Revisi)"), "Dinas Kesehatan (Revisi)"], None)
def test_shown_name_as_before_asked_again_and_again(names, rnd):
    rekap_revisi._shown_text.cache_clear()
    asked = names * 2  # each name asked again, after the others: the second answer from the cache
    if rnd is not None:
        rnd.shuffle(asked)
    for name in asked:
        _same(rekap_revisi.shown_name(name), old_shown_name(name))


@settings(max_examples=300)
@given(st.lists(_NAMES, max_size=12), st.randoms())
@example(["Pemerintah Kabupaten Lumajang", "Pemerintah Kabupaten Lumajang"], None)
@example(["Pemerintah Daerah Istimewa Yogyakarta", "Provinsi DIY (Revisi)"], None)
@example([np.str_("Kab. Lumajang"), "Kab. Lumajang"], None)
# a random draw's: "²".isdigit() is True, int("²") a ValueError (tests/test_rekap_superscript_digit.py)
@example(["²"], None)
def test_pemda_words_as_before_and_a_new_list_each_time(names, rnd):
    rekap_ganda._text_pemda_words.cache_clear()
    asked = names * 2
    if rnd is not None:
        rnd.shuffle(asked)
    for name in asked:
        got, want = rekap_ganda.pemda_words(name), old_pemda_words(name)
        assert type(got) is list and got == want
        got.append("dinas")  # a caller changing its list changes no later answer
        got.clear()
    for name in names:
        assert rekap_ganda.pemda_words(name) == old_pemda_words(name)
    assert rekap_ganda.pemda_key("Pemerintah Kab. Lumajang") == "kabupaten lumajang"


# --- agencies.rekap: the parent's pass with the collector paused -----------------------------------


def test_rekap_gives_the_collector_back(tmp_path, monkeypatch):
    import gc

    import lkj_xl
    from lkj_xl import agencies

    agency_workbook(tmp_path / "dinas.xlsx", opd="Dinas Kesehatan", indicators=6, variant=1)
    assert gc.isenabled()
    result = lkj_xl.rekap([tmp_path], jobs=1)
    assert gc.isenabled() and list(result.perangkat_daerah["perangkat_daerah"]) == ["Dinas Kesehatan"]

    def broken(rows):
        assert not gc.isenabled()  # paused over the parent's pass
        raise RuntimeError("choose")

    monkeypatch.setattr(agencies.core, "choose", broken)
    with pytest.raises(RuntimeError, match="choose"):
        lkj_xl.rekap([tmp_path], jobs=1)
    assert gc.isenabled()  # given back when the pass stops half-way too
    gc.disable()
    try:
        monkeypatch.undo()
        lkj_xl.rekap([tmp_path], jobs=1)
        assert not gc.isenabled()  # a caller's paused collector stays paused
    finally:
        gc.enable()
