"""Benchmarks for mangopy (run them as scripts; see bench/README.md)."""
