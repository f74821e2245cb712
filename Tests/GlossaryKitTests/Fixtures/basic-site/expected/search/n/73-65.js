__glossarySearchShard("n/73-65",[["second",[2,256]]]);
