"""Benchmarks for Samtaleduk: each figure timed against a baseline from the same run.

Run `python benchmarks/run.py [--quick] [--json FILE]`. Every figure is a small
function in one of this package's modules, listed in `registry.FIGURES`.
"""
