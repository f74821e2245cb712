__glossarySearchShard("n/7a-65",[["zebra",[4,0]]]);
