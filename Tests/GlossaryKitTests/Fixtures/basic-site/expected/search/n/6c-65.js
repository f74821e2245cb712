__glossarySearchShard("n/6c-65",[["letter",[2,259]]]);
