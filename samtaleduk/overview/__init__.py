"""My cases now ("Oversikt"): what needs the facilitator's attention over every open
case, built from the store's read model (`store.due`) without reading meetings."""
