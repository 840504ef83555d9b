"""Controllers that wire engine actions into the window: lock, handover, damage."""
