"""The main window's pages: unlock, the case list, one case, one meeting."""
