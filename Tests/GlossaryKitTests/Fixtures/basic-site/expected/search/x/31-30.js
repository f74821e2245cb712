__glossarySearchShard("x/31-30",[["1099",[1]]]);
