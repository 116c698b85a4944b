"""dispatch-intake: every emergency call becomes a provisional dispatch record at once."""

__version__ = "0.1.0"
