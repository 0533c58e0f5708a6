"""Two modules export a function of one name: one library cannot hold both."""
