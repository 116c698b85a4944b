"""`dispatch-intake take-call`: a line-based terminal program for a call-taker."""
