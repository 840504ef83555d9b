"""The Qt layer of Samtaleduk."""

from ui.tools.pyside_fix import keep_singletons_alive

keep_singletons_alive()
