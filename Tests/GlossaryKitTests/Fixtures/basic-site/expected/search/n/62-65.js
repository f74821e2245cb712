__glossarySearchShard("n/62-65",[["beta",[2,1]]]);
