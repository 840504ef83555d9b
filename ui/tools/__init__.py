"""Plumbing: the job runner, languages, the clipboard guard, snapshots, self-test."""
