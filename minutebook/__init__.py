"""minutebook: secretariat software for forums, boards and committees."""
