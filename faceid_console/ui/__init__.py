"""The Qt user interface. Only this package imports PySide6."""

from .pyside_import_hook import lighten_feature_scan

lighten_feature_scan()  # before the window's modules load: each one would cost PySide's slow source scan
