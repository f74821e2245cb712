__glossarySearchShard("x/62-72",[["brackets",[1]]]);
