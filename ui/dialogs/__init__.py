"""Dialogs: each asks, calls the engine (through the job runner when slow) and shows."""
