"""Time: when a figure happened; time expressions resolved against the publication date, datelines
and stamps."""
