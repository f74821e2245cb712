__glossarySearchShard("x/6f-74",[["other",[1]]]);
