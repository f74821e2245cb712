__glossarySearchShard("x/7a-65",[["zebra",[2]]]);
