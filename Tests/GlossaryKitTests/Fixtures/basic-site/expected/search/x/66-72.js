__glossarySearchShard("x/66-72",[["french",[3]]]);
