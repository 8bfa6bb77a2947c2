"""Renderers: pure functions from diagnostics (and source) to text for a face to print."""
