"""The qorgau command line."""
