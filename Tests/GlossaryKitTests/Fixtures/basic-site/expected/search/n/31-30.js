__glossarySearchShard("n/31-30",[["1099",[0,0]]]);
