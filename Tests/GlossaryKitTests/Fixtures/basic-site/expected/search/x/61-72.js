__glossarySearchShard("x/61-72",[["are",[4]]]);
