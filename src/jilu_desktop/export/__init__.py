"""PDF export: plain data in (export.data), a file out. No Qt, no database.

The export service (services/export.py) gathers the data and writes atomically; these are the builders.
"""

from jilu_desktop.export.file_names import pledge_file_name, record_book_file_name
from jilu_desktop.export.pledge_form import build_pledge_form
from jilu_desktop.export.record_book import build_record_book

__all__ = ["build_pledge_form", "build_record_book", "pledge_file_name", "record_book_file_name"]
