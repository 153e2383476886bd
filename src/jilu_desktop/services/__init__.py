"""Use cases shared by the GUI and the CLI. Every change to the records goes through here."""

from jilu_desktop.services.container import AppServices

__all__ = ["AppServices"]
