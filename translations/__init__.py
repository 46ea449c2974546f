"""Qt Linguist translations of the user interface."""
