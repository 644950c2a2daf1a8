"""Delivering a report: the PDF through LibreOffice, the e-mail, and the batch run."""
