"""The domain: cases, meetings and what is written on a duk, in plain values."""
