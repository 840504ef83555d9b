"""How the program looks: theme colours and fonts."""
