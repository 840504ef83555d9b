"""Comparing meetings on screen: what changed, the journey, the review."""
