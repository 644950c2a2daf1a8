"""The pure core: contract, model, numbers, parse, engine, layout, tables, export.

No spreadsheet library (openpyxl, xlsxwriter, xlwings) is imported here: a test checks it.
"""
