__glossarySearchShard("x/73-6f",[["so",[4]]]);
