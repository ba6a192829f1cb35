"""WIsH Desk: plan, run and document a WIsH-style classroom resilience programme."""

__version__ = "0.1.0"
