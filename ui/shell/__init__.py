"""The application and its main window: what holds the pages, menus and side windows."""
