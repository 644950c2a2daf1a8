"""The words staff type for "Jumlah" (a count) in an indicator's name, one list for every reader: the
count named before a Satuan's score word (pasted), the measure before a lower-is-better thing
(nama_negatif: "Jlh kasus DBD"), a count's level named (satuan_utuh), a total row's label (rowkinds,
note_rows: "Jmlh", "Jlh."). Pure."""

from __future__ import annotations

# "Jumlah" and its shortenings staff type in a long name ("Jml.", "Jmlh", "Jlh"), not a word they begin
# ("Jmlx").
COUNT_WORDS = frozenset({"jumlah", "jml", "jmlh", "jlh"})
# The name begins with one (casefolded, matched at its start): "jumlah" as a word's start too ("Jumlahnya"),
# a shortening as a word whole.
COUNT_FIRST = rf"jumlah|(?:{'|'.join(sorted(COUNT_WORDS - {'jumlah'}, key=len, reverse=True))})(?![^\W\d_])"
# A total row's word as a label (rowkinds, note_rows: "JUMLAH", "Jml.", "Jmlh", "Jlh."), its dot kept off:
# each word whole, the row's label matched whole by its reader.
TOTAL_WORD = rf"(?:{'|'.join(sorted(COUNT_WORDS, key=len, reverse=True))})\.?"
