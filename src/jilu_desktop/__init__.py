"""jilu-desktop (记录本): an offline record book for the “168” love-students campaign."""

__version__ = "0.1.0"
