"""The dispatcher console: a browser page over the intake API, served by the service itself."""
