__glossarySearchShard("x/63-6f",[["code",[1]],["compare",[2]]]);
