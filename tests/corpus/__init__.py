"""Test corpus: real-looking user workbooks, built at test time (nothing binary is committed)."""
