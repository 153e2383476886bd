"""Qt item models fed plain rows from the services."""
