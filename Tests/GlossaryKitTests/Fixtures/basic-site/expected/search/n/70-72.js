__glossarySearchShard("n/70-72",[["programming",[1,130]]]);
