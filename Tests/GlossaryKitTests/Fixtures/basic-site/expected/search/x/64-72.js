__glossarySearchShard("x/64-72",[["dropped",[4]]]);
