"""Fixtures of the replay tests: a scripted stand-in for the service and a client per role."""

from .scripted_service import clients, scripted

__all__ = ["clients", "scripted"]
