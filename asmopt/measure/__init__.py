"""Measuring how much faster a candidate binary is than its baseline."""
