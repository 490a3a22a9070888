"""Policies: what makes candidates (the compiler, an assembly search, a language model)."""
