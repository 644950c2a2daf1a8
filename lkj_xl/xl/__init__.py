"""lkj-xl inside Excel, through xlwings: the Hitung Ulang button and the LKJ.* worksheet functions.

- :mod:`lkj_xl.xl.book`: adapter between an ``xw.Book`` and lkj-xl's plain data: reads the input
  sheets into grids and writes output sheet layouts in bulk.
- :mod:`lkj_xl.xl.plan`: the whole output of a press as one plan the task pane applies in a few
  round trips (xlwings' ``runMacro`` action calling the task pane's ``lkjTerapkan``).
- :mod:`lkj_xl.xl.scripts`: ``hitung_ulang(book)`` and the ``@func`` worksheet functions.
- :mod:`lkj_xl.xl.server`: ``serve(...)``, xlwings Server with lkj-xl's scripts and functions.
- :mod:`lkj_xl.xl.desktop`: the macro-enabled workbook for desktop Excel (RunPython) and its check.

Nothing here is imported by ``lkj_xl`` itself: xlwings, FastAPI and xlwings Server are only needed
when one of these modules is used (``pip install lkj-xl[server]``).

Licences: xlwings (the open-source core, BSD) drives desktop Excel; the remote engine behind
``xw.Book(json=...)`` and xlwings Server are dual-licensed, PolyForm Noncommercial 1.0.0 (free for
non-commercial use, which includes government institutions) or a paid xlwings PRO licence.
Set ``XLWINGS_LICENSE_KEY=noncommercial`` to use them under PolyForm.
"""
