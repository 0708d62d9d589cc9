"""Work off the GUI thread and on timers: workers, the sync service, the backup scheduler.
No widgets of their own beyond what Qt needs; import no page, dialog or widget."""
