"""briefer: compile ministerial briefings from consultations and statements."""
