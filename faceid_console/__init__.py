"""FaceID Console: a reviewer's desktop window for face-based identity checks."""

__version__ = "0.1.0"
