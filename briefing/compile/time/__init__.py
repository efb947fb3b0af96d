"""Time: temporal expressions, their TimeML values, and the timeline of dated events."""
