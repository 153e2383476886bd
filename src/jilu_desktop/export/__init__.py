"""PDF export: plain data in (export.data), a file out. No Qt, no database.

The export service (services/export.py) gathers the data and writes atomically; these are the builders
(export.record_book, export.pledge_form). Nothing is imported with the package itself, so that the file names
(export.file_names) cost no reportlab.
"""
