"""Shared widgets and helpers used by pages and dialogs (form rows, date field, pupil picker,
the record list page frame, the form dialog base). Import neither pages nor dialogs."""
