__glossarySearchShard("x/74-6f",[["to",[1]]]);
