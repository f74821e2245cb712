__glossarySearchShard("x/6e-6f",[["not",[1]]]);
