"""lkj-xl inside Excel, through xlwings: the Hitung Ulang button and the LKJ.* worksheet functions.

- :mod:`lkj_xl.xl.inputs`: reads an ``xw.Book``'s input sheets into lkj-xl's grids.
- :mod:`lkj_xl.xl.book`: writes output sheet layouts into an ``xw.Book`` in bulk (and counts the calls).
- :mod:`lkj_xl.xl.plan`: the whole output of a press as one plan the task pane applies in a few
  round trips (xlwings' ``runMacro`` action calling the task pane's ``lkjTerapkan``).
- :mod:`lkj_xl.xl.scripts`: ``hitung_ulang(book)`` and the ``@func`` worksheet functions.
- :mod:`lkj_xl.xl.server`: ``serve(...)``, xlwings Server with lkj-xl's scripts and functions; the task
  pane's page and scripts are package data in ``lkj_xl/xl/static/``.
- :mod:`lkj_xl.xl.desktop`: the macro-enabled workbook for desktop Excel (RunPython), its check and
  ``lkj-xl pair``.

Nothing here is imported by ``lkj_xl`` itself: xlwings, FastAPI and xlwings Server are only needed
when one of these modules is used (``pip install lkj-xl[server]``).

Licences: xlwings (the open-source core, BSD) drives desktop Excel; the remote engine behind
``xw.Book(json=...)`` and xlwings Server are dual-licensed, PolyForm Noncommercial 1.0.0 (free for
non-commercial use, which includes government institutions) or a paid xlwings PRO licence.
Set ``XLWINGS_LICENSE_KEY=noncommercial`` to use them under PolyForm.
"""
