"""Case files between facilitators, and the family's right of access."""
