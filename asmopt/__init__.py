"""asmopt: faster assembly for C programs, verified in a sandbox and measured honestly."""

__version__ = "0.1.0"
