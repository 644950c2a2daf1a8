"""The OOXML side: the workbook package (safety limits, graft), reading, rendering, the
template and safe writing of the file on disk.
"""
