__glossarySearchShard("x/70-72",[["programming",[2]],["programs",[1]]]);
