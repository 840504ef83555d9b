"""Duk templates: their schema, loading and checking, identity and continuation."""
