__glossarySearchShard("n/73-63",[["script",[4,2,0,9]]]);
