"""Themes engine: combine several groups' points into shared and group-specific themes.

Pure Python (no Django). Entry points: engine.combine() and cli.run() (`minutebook combine`).
Imports stay light here so `--help` and input errors never load NumPy models.
"""
