__glossarySearchShard("x/6d-65",[["means",[3]]]);
